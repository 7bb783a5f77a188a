package vn.tdkt.commendation.casefile;

/**
 * Where a case stands as a whole; the {@link CaseStage} says which step it is at. REVOKED: the award was
 * cancelled by a revocation decision (Law on Emulation and Commendation, Art. 93(2); revocation package).
 */
public enum CaseStatus {
  IN_PROGRESS, UNDER_NOTICE, AWAITING_COUNCIL, IN_COUNCIL,
  /** Appraised, for an award the Council does not vote on: waits for the Chairman's decision list. */
  AWAITING_DECISION,
  AWARDED, REJECTED, WITHDRAWN,
  /** Awarded, then cancelled by a revocation decision (Law Art. 93(2); revocation package). */
  REVOKED;

  public boolean isFinal() {
    return this == AWARDED || this == REJECTED || this == WITHDRAWN || this == REVOKED;
  }
}
