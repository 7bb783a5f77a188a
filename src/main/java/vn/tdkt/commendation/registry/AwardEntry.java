package vn.tdkt.commendation.registry;

import java.time.Instant;
import java.time.LocalDate;

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

/**
 * One title, award or yearly rating of a person or collective: recorded by the system from its own decisions
 * (SYSTEM, with the case number), imported from a spreadsheet (IMPORTED) or entered on the registry page
 * (ENTERED), each with the deciding document. A revocation marks it, it is never deleted.
 */
@Entity
@Table(name = "registry_award")
public class AwardEntry {

  public enum Source { SYSTEM, IMPORTED, ENTERED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "awardee_id")
  private Awardee awardee;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private Title title;

  private int emulationYear;

  @Column(length = 50)
  private String decisionNumber;

  private LocalDate decisionDate;

  @Column(length = 200)
  private String decidedBy;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private Source source;

  @Column(length = 20)
  private String caseNumber;

  private boolean revoked;

  @Column(length = 50)
  private String revocationNumber;

  private LocalDate revokedOn;

  @Column(nullable = false, length = 64)
  private String enteredBy;

  @Column(nullable = false)
  private Instant createdAt;

  protected AwardEntry() {
  }

  AwardEntry(Awardee awardee, Title title, int emulationYear, String decisionNumber, LocalDate decisionDate,
      String decidedBy, Source source, String caseNumber, String enteredBy, Instant now) {
    this.awardee = awardee;
    this.title = title;
    this.emulationYear = emulationYear;
    this.decisionNumber = decisionNumber;
    this.decisionDate = decisionDate;
    this.decidedBy = decidedBy;
    this.source = source;
    this.caseNumber = caseNumber;
    this.enteredBy = enteredBy;
    this.createdAt = now;
  }

  void revoke(String revocationNumber, LocalDate on) {
    this.revoked = true;
    this.revocationNumber = revocationNumber;
    this.revokedOn = on;
  }

  public Long getId() {
    return id;
  }

  public Awardee getAwardee() {
    return awardee;
  }

  public Title getTitle() {
    return title;
  }

  public int getEmulationYear() {
    return emulationYear;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Source getSource() {
    return source;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public boolean isRevoked() {
    return revoked;
  }

  public String getRevocationNumber() {
    return revocationNumber;
  }

  public LocalDate getRevokedOn() {
    return revokedOn;
  }
}
