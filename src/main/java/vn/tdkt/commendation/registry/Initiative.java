package vn.tdkt.commendation.registry;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A recognised initiative ("sáng kiến") of a person: one initiative counts for one award only (CV
 * 5007/BNV-TĐKT). A nomination's eligibility reserves the ones it counts; the award uses them; a rejected or
 * withdrawn nomination frees them. A second use is refused.
 */
@Entity
@Table(name = "registry_initiative")
public class Initiative {

  /** Who recognised its effect and scope. */
  public enum Recognition { GRASSROOTS, PROVINCE, NATIONAL }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "awardee_id")
  private Awardee awardee;

  @Column(nullable = false, length = 500)
  private String title;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 12)
  private Recognition recognitionLevel;

  @Column(length = 100)
  private String documentNumber;

  private int recognisedYear;

  @Column(length = 20)
  private String reservedByCase;

  @Column(length = 20)
  private String usedByCase;

  /** The award that used it, as printed (title and decision number). */
  @Column(length = 200)
  private String usedFor;

  private Instant usedAt;

  @Column(nullable = false, length = 64)
  private String enteredBy;

  @Column(nullable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected Initiative() {
  }

  Initiative(Awardee awardee, String title, Recognition level, String documentNumber, int year, String enteredBy,
      Instant now) {
    this.awardee = awardee;
    this.title = title;
    this.recognitionLevel = level;
    this.documentNumber = documentNumber;
    this.recognisedYear = year;
    this.enteredBy = enteredBy;
    this.createdAt = now;
  }

  /** Free for this case: not used, not held by another case. */
  boolean freeFor(String caseNumber) {
    return usedByCase == null && (reservedByCase == null || reservedByCase.equals(caseNumber));
  }

  void reserve(String caseNumber) {
    this.reservedByCase = caseNumber;
  }

  void release() {
    this.reservedByCase = null;
  }

  void use(String caseNumber, String usedFor, Instant at) {
    this.usedByCase = caseNumber;
    this.usedFor = usedFor;
    this.usedAt = at;
    this.reservedByCase = null;
  }

  public Long getId() {
    return id;
  }

  public Awardee getAwardee() {
    return awardee;
  }

  public String getTitle() {
    return title;
  }

  public Recognition getRecognitionLevel() {
    return recognitionLevel;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public int getRecognisedYear() {
    return recognisedYear;
  }

  public String getReservedByCase() {
    return reservedByCase;
  }

  public String getUsedByCase() {
    return usedByCase;
  }

  public String getUsedFor() {
    return usedFor;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}
