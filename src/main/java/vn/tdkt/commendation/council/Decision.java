package vn.tdkt.commendation.council;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.tdkt.commendation.casefile.AwardType;

/** A signed decision ("Quyết định Số …/QĐ-UBND"); its recipients are the cases carrying its number. */
@Entity
@Table(name = "award_decision")
public class Decision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 50)
  private String decisionNumber;

  /** The place in the year's register when the number was generated; null for a number typed in. */
  private Long sequenceInYear;

  @Column(nullable = false)
  private LocalDate decisionDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private AwardType awardType;

  @Column(nullable = false)
  private Long sessionId;

  @Column(nullable = false, length = 64)
  private String signedBy;

  @Column(nullable = false)
  private Instant signedAt;

  private int recipientCount;

  protected Decision() {
  }

  Decision(String decisionNumber, Long sequenceInYear, LocalDate decisionDate, AwardType awardType, Long sessionId,
      String signedBy, Instant signedAt, int recipientCount) {
    this.decisionNumber = decisionNumber;
    this.sequenceInYear = sequenceInYear;
    this.decisionDate = decisionDate;
    this.awardType = awardType;
    this.sessionId = sessionId;
    this.signedBy = signedBy;
    this.signedAt = signedAt;
    this.recipientCount = recipientCount;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public Long getSequenceInYear() {
    return sequenceInYear;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public AwardType getAwardType() {
    return awardType;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public int getRecipientCount() {
    return recipientCount;
  }
}
