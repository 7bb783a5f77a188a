package vn.tdkt.commendation.announcement;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.casefile.CasePageSection;

/** The complaints lodged against a case, on the case's page. */
@Component
class ComplaintsOnCasePage implements CasePageSection {

  private final ComplaintRepository complaints;

  ComplaintsOnCasePage(ComplaintRepository complaints) {
    this.complaints = complaints;
  }

  @Override
  public String name() {
    return "complaints";
  }

  @Override
  @Transactional(readOnly = true)
  public Object contentOf(String caseNumber) {
    return complaints.findByCaseNumberOrderById(caseNumber);
  }
}
