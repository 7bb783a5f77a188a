package vn.tdkt.commendation.council;

import java.math.BigDecimal;
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
import jakarta.persistence.UniqueConstraint;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.official.OfficialTexts.SignerTitle;

/**
 * A signed decision ("Quyết định Số …/QĐ-UBND"); its recipients are the cases carrying its number and date. The
 * number is unique within the year of its date: the register starts again every 1 January. It keeps the bonus it
 * granted as computed on its date, so a later change of the base salary or a coefficient does not rewrite it.
 */
@Entity
@Table(name = "award_decision", uniqueConstraints = @UniqueConstraint(columnNames = {"decision_year", "decisionNumber"}))
public class Decision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 50)
  private String decisionNumber;

  @Column(name = "decision_year", nullable = false)
  private int decisionYear;

  /** The place in the year's register when the system gave the number; null for a number from the register. */
  private Long sequenceInYear;

  @Column(nullable = false)
  private LocalDate decisionDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private AwardType awardType;

  @Column(nullable = false)
  private Long sessionId;

  /** Who signed it (a user id, shown by name), and as what. */
  @Column(nullable = false, length = 64)
  private String signedBy;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private SignerTitle signerTitle;

  @Column(nullable = false)
  private Instant signedAt;

  /** The clerk who took the number from the register (null: the system's own count). */
  @Column(length = 64)
  private String numberedBy;

  @Column(length = 50)
  private String proposalNumber;

  private LocalDate proposalDate;

  private int recipientCount;

  private Long baseSalary;
  private Long bonusIndividual;
  private Long bonusCollective;
  private BigDecimal coefficientIndividual;
  private BigDecimal coefficientCollective;

  protected Decision() {
  }

  Decision(String decisionNumber, Long sequenceInYear, LocalDate decisionDate, AwardType awardType, Long sessionId,
      String signedBy, Instant signedAt, int recipientCount) {
    this.decisionNumber = decisionNumber;
    this.decisionYear = decisionDate.getYear();
    this.sequenceInYear = sequenceInYear;
    this.decisionDate = decisionDate;
    this.awardType = awardType;
    this.sessionId = sessionId;
    this.signedBy = signedBy;
    this.signedAt = signedAt;
    this.recipientCount = recipientCount;
    this.signerTitle = SignerTitle.CHAIRMAN;
  }

  void signer(SignerTitle title, String numberedBy, String proposalNumber, LocalDate proposalDate) {
    this.signerTitle = title;
    this.numberedBy = numberedBy;
    this.proposalNumber = proposalNumber;
    this.proposalDate = proposalDate;
  }

  void bonus(NomineeKind kind, BigDecimal coefficient, long baseSalary, long amount) {
    this.baseSalary = baseSalary;
    if (kind == NomineeKind.INDIVIDUAL) {
      this.coefficientIndividual = coefficient;
      this.bonusIndividual = amount;
    } else {
      this.coefficientCollective = coefficient;
      this.bonusCollective = amount;
    }
  }

  public Long getId() { return id; }
  public String getDecisionNumber() { return decisionNumber; }
  public int getDecisionYear() { return decisionYear; }
  public Long getSequenceInYear() { return sequenceInYear; }
  public LocalDate getDecisionDate() { return decisionDate; }
  public AwardType getAwardType() { return awardType; }
  public Long getSessionId() { return sessionId; }
  public String getSignedBy() { return signedBy; }
  public SignerTitle getSignerTitle() { return signerTitle == null ? SignerTitle.CHAIRMAN : signerTitle; }
  public Instant getSignedAt() { return signedAt; }
  public String getNumberedBy() { return numberedBy; }
  public String getProposalNumber() { return proposalNumber; }
  public LocalDate getProposalDate() { return proposalDate; }
  public int getRecipientCount() { return recipientCount; }
  public Long getBaseSalary() { return baseSalary; }
  public Long getBonusIndividual() { return bonusIndividual; }
  public Long getBonusCollective() { return bonusCollective; }
  public BigDecimal getCoefficientIndividual() { return coefficientIndividual; }
  public BigDecimal getCoefficientCollective() { return coefficientCollective; }

  /** The bonus of one recipient of this kind, as granted (null: none, or a decision from before bonuses were kept). */
  public Long bonusOf(NomineeKind kind) {
    return kind == NomineeKind.INDIVIDUAL ? bonusIndividual : bonusCollective;
  }

  public BigDecimal coefficientOf(NomineeKind kind) {
    return kind == NomineeKind.INDIVIDUAL ? coefficientIndividual : coefficientCollective;
  }
}
