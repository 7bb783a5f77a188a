package vn.tdkt.commendation.official;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, Long> {

  Optional<IssuedDocument> findByKindAndYearAndReference(IssuedDocument.Kind kind, int year, String reference);
}
