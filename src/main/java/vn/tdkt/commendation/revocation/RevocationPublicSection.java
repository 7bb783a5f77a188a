package vn.tdkt.commendation.revocation;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.announcement.PublicPageSection;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.organisation.OrganisationService;

/** The public page's "Quyết định hủy bỏ khen thưởng": every issued revocation decision, newest first. */
@Component
class RevocationPublicSection implements PublicPageSection {

  /** One line of the list, ready to print. */
  record Row(long id, String number, java.time.LocalDate date, String awardDecision, String award, String nominee,
      String unit, String ground) {
  }

  private final RevocationService revocations;
  private final CaseService cases;
  private final OrganisationService organisation;

  RevocationPublicSection(RevocationService revocations, CaseService cases, OrganisationService organisation) {
    this.revocations = revocations;
    this.cases = cases;
    this.organisation = organisation;
  }

  @Override
  public String template() {
    return "revocation/public-section";
  }

  @Override
  public Object content() {
    List<Revocation> issued = revocations.issued();
    List<CommendationCase> revoked = cases.getAll(issued.stream().map(Revocation::getCaseNumber).distinct().toList());
    java.util.Map<String, CommendationCase> byNumber = new java.util.HashMap<>();
    revoked.forEach(c -> byNumber.put(c.getCaseNumber(), c));
    return issued.stream().map(r -> {
      CommendationCase c = byNumber.get(r.getCaseNumber());
      return new Row(r.getId(), r.getDecisionNumber(), r.getDecisionDate(), c.getDecisionNumber(),
          c.getAwardType().label(), c.getNomineeName(), organisation.unitName(c.getUnitCode()), r.getGround().label());
    }).toList();
  }

  @Override
  public int order() {
    return 20;
  }
}
