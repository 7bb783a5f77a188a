package vn.tdkt.commendation.document;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A file attached to a case (achievement report, minutes…), kept in the database with the record. */
@Entity
@Table(name = "case_document", indexes = @Index(name = "ix_case_document_case", columnList = "caseNumber"))
public class CaseDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 20)
  private String caseNumber;

  @Column(nullable = false, length = 255)
  private String fileName;

  /** The type found in the content, not the one the browser claimed. */
  @Column(nullable = false, length = 100)
  private String contentType;

  private long sizeBytes;

  @Column(nullable = false, length = 64)
  private String uploadedBy;

  @Column(nullable = false)
  private Instant uploadedAt;

  /**
   * Plain bytes, no large-object handles to clean up: bytea on PostgreSQL and H2 (where it is an alias of
   * varbinary). Spelled out because Hibernate would pick blob on H2 and the migration serves both.
   */
  @JdbcTypeCode(SqlTypes.VARBINARY)
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, columnDefinition = "bytea")
  private byte[] content;

  protected CaseDocument() {
  }

  CaseDocument(String caseNumber, String fileName, String contentType, byte[] content, String uploadedBy,
      Instant uploadedAt) {
    this.caseNumber = caseNumber;
    this.fileName = fileName;
    this.contentType = contentType;
    this.content = content;
    this.sizeBytes = content.length;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return sizeBytes;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public byte[] getContent() {
    return content;
  }
}
