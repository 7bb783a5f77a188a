package vn.tdkt.commendation.movement;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

/**
 * An emulation movement ("phong trào thi đua") launched by the province's Board or a cluster's leader: what
 * it is about, its criteria, its period, its launching document. Public once launched; thematic commendation
 * campaigns point at it.
 */
@Entity
@Table(name = "movement")
public class Movement {

  /** Who it is launched for: the whole province, or one cluster. */
  public enum Scope { PROVINCE, CLUSTER }

  /** Regular (yearly, "thường xuyên") or thematic ("theo chuyên đề"), as the statistics count them. */
  public enum Method { REGULAR, THEMATIC }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 300)
  private String name;

  @Column(nullable = false, length = 4000)
  private String content;

  @Column(length = 4000)
  private String criteria;

  @Column(nullable = false)
  private LocalDate startsOn;

  @Column(nullable = false)
  private LocalDate endsOn;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private Scope scope;

  @Column(length = 32)
  private String clusterCode;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private Method method;

  /** The launching document as cited, e.g. "Kế hoạch số 130/KH-UBND ngày 27/6/2025". */
  @Column(length = 300)
  private String launchingDocument;

  @Column(length = 255)
  private String fileName;

  @Column(length = 100)
  private String contentType;

  @JdbcTypeCode(SqlTypes.VARBINARY)
  @Basic(fetch = FetchType.LAZY)
  @Column(columnDefinition = "bytea")
  private byte[] fileContent;

  @Column(nullable = false, length = 64)
  private String launchedBy;

  @Column(nullable = false)
  private Instant launchedAt;

  protected Movement() {
  }

  Movement(String name, String content, String criteria, LocalDate startsOn, LocalDate endsOn, Scope scope,
      String clusterCode, Method method, String launchingDocument, String launchedBy, Instant now) {
    this.name = name;
    this.content = content;
    this.criteria = criteria;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.scope = scope;
    this.clusterCode = clusterCode;
    this.method = method;
    this.launchingDocument = launchingDocument;
    this.launchedBy = launchedBy;
    this.launchedAt = now;
  }

  void attach(String fileName, String contentType, byte[] content) {
    this.fileName = fileName;
    this.contentType = contentType;
    this.fileContent = content;
  }

  /** Running on that day. */
  public boolean runsOn(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getContent() {
    return content;
  }

  public String getCriteria() {
    return criteria;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public Scope getScope() {
    return scope;
  }

  public String getClusterCode() {
    return clusterCode;
  }

  public Method getMethod() {
    return method;
  }

  public String getLaunchingDocument() {
    return launchingDocument;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getFileContent() {
    return fileContent;
  }

  public String getLaunchedBy() {
    return launchedBy;
  }

  public Instant getLaunchedAt() {
    return launchedAt;
  }
}
