package vn.tdkt.commendation.official;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues a document: signs the rendered PDF and keeps it, in the transaction of the step that issues it. */
@Service
@Transactional
public class IssuedDocuments {

  private final IssuedDocumentRepository documents;
  private final DocumentSigner signer;
  private final Clock clock;

  IssuedDocuments(IssuedDocumentRepository documents, DocumentSigner signer, Clock clock) {
    this.documents = documents;
    this.signer = signer;
    this.clock = clock;
  }

  public IssuedDocument issue(IssuedDocument.Kind kind, int year, String reference, String fileName, byte[] pdf,
      String reason) {
    byte[] signed = signer.sign(pdf, reason);
    return documents.save(new IssuedDocument(kind, year, reference, fileName, signed, sha256(signed), signer.signs(),
        clock.instant()));
  }

  @Transactional(readOnly = true)
  public Optional<IssuedDocument> find(IssuedDocument.Kind kind, int year, String reference) {
    return documents.findByKindAndYearAndReference(kind, year, reference).map(d -> {
      d.getContent();
      return d;
    });
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
