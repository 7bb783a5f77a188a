package vn.tdkt.commendation.revocation;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.casefile.CasePageSection;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.security.CurrentUser;

/**
 * The case page's "Hủy bỏ khen thưởng": the revocations of the case (ground, decision, recovery, flagged central
 * proposals) and, for a Board officer on an awarded case with none open, the form that opens one.
 */
@Component
class RevocationCaseSection implements CasePageSection {

  /** What the section shows: nothing at all for a case never awarded. */
  record Content(List<Revocation> revocations, boolean canOpen, Ground[] grounds) {
  }

  private final RevocationService revocations;
  private final CaseService cases;

  RevocationCaseSection(RevocationService revocations, CaseService cases) {
    this.revocations = revocations;
    this.cases = cases;
  }

  @Override
  public String name() {
    return "revocation";
  }

  @Override
  public Object contentOf(String caseNumber) {
    CaseStatus status = cases.get(caseNumber).getStatus();
    if (status != CaseStatus.AWARDED && status != CaseStatus.REVOKED) {
      return null;
    }
    CurrentUser user = CurrentUser.get();
    boolean officer = user != null && (user.groups().contains(Roles.BOARD_OFFICERS) || user.groups().contains(Roles.ADMIN));
    return new Content(revocations.ofCase(caseNumber),
        officer && status == CaseStatus.AWARDED && !revocations.openFor(caseNumber), Ground.values());
  }
}
