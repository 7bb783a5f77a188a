package vn.tdkt.commendation.official;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An issued document as it went out, signed: the file is kept and served as it is, never rendered again, so what
 * the public and the recipients download is what was signed.
 */
@Entity
@Table(name = "issued_document", uniqueConstraints = @UniqueConstraint(columnNames = {"kind", "doc_year", "reference"}))
public class IssuedDocument {

  public enum Kind {
    DECISION, COUNCIL_MINUTES,
    /** A decision revoking an award (revocation package, issue 14). */
    REVOCATION,
    /** A cluster's signed covenant of a year (covenant package, issue 14). */
    COVENANT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Kind kind;

  @Column(name = "doc_year", nullable = false)
  private int year;

  /** The number the document carries ("05/QĐ-UBND"), or the session's number for minutes. */
  @Column(nullable = false, length = 60)
  private String reference;

  @Column(nullable = false, length = 200)
  private String fileName;

  @JdbcTypeCode(SqlTypes.VARBINARY)
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, columnDefinition = "bytea")
  private byte[] content;

  private long sizeBytes;

  @Column(nullable = false, length = 64)
  private String sha256;

  private boolean signed;

  @Column(nullable = false)
  private Instant issuedAt;

  protected IssuedDocument() {
  }

  IssuedDocument(Kind kind, int year, String reference, String fileName, byte[] content, String sha256, boolean signed,
      Instant issuedAt) {
    this.kind = kind;
    this.year = year;
    this.reference = reference;
    this.fileName = fileName;
    this.content = content;
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.signed = signed;
    this.issuedAt = issuedAt;
  }

  public Kind getKind() { return kind; }
  public int getYear() { return year; }
  public String getReference() { return reference; }
  public String getFileName() { return fileName; }
  public byte[] getContent() { return content; }
  public long getSizeBytes() { return sizeBytes; }
  public String getSha256() { return sha256; }
  public boolean isSigned() { return signed; }
  public Instant getIssuedAt() { return issuedAt; }
}
