package vn.tdkt.commendation.document;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

  List<CaseDocument> findByCaseNumberOrderById(String caseNumber);
}
