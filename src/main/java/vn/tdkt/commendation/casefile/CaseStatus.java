package vn.tdkt.commendation.casefile;

/**
 * Where a case stands as a whole; the {@link CaseStage} says which step it is at. REVOKED: the award was
 * cancelled by a revocation decision (Law on Emulation and Commendation, Art. 93(2); revocation package).
 */
public enum CaseStatus {
  IN_PROGRESS, UNDER_NOTICE, AWAITING_COUNCIL, IN_COUNCIL, AWARDED, REJECTED, WITHDRAWN, REVOKED;

  public boolean isFinal() {
    return this == AWARDED || this == REJECTED || this == WITHDRAWN || this == REVOKED;
  }
}
