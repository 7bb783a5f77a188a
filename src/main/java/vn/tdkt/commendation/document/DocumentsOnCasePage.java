package vn.tdkt.commendation.document;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.casefile.CasePageSection;

/** The files attached to a case, on the case's page. */
@Component
class DocumentsOnCasePage implements CasePageSection {

  private final CaseDocumentRepository documents;

  DocumentsOnCasePage(CaseDocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public String name() {
    return "documents";
  }

  @Override
  @Transactional(readOnly = true)
  public Object contentOf(String caseNumber) {
    return documents.findByCaseNumberOrderById(caseNumber);
  }
}
