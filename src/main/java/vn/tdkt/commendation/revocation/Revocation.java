package vn.tdkt.commendation.revocation;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.tdkt.commendation.official.OfficialTexts.SignerTitle;

/**
 * The record of one revocation ("hủy bỏ quyết định khen thưởng") of an awarded case: its legal ground and
 * evidence, the Board head's proposal, the Chairman's decision and its document, the recovery of the certificate
 * and the money.
 */
@Entity
@Table(name = "revocation")
public class Revocation {

  public enum Status { PROPOSING, DECIDING, RECOVERING, CLOSED, DISMISSED, REFUSED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 20)
  private String caseNumber;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 30)
  private Ground ground;

  @Column(nullable = false, length = 4000)
  private String evidence;

  /** The money the award paid, to be recovered (đồng). */
  private long bonusAmount;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 12)
  private Status status;

  @Column(nullable = false, length = 64)
  private String openedBy;

  @Column(nullable = false)
  private Instant openedAt;

  @Column(length = 64)
  private String proposedBy;

  @Column(length = 2000)
  private String proposalComment;

  @Column(length = 64)
  private String decidedBy;

  @Column(length = 2000)
  private String decisionComment;

  @Column(length = 50)
  private String decisionNumber;

  private LocalDate decisionDate;

  @Column(length = 200)
  private String signerName;

  /** The Chairman in person, or a Vice-Chairman signing for the Chairman (official.OfficialTexts.SignerTitle). */
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(length = 20)
  private SignerTitle signerTitle;

  /** The UBND office's clerk who gave the number from the register (register numbering), or null. */
  @Column(length = 64)
  private String numberedBy;

  private long amountRecovered;

  private boolean certificateRecovered;

  @Column(length = 2000)
  private String recoveryNote;

  private Instant recoveredAt;

  /** The central proposals built on the award, flagged when it was revoked (their ids, comma-separated). */
  @Column(length = 500)
  private String flaggedProposals;

  @Column(length = 64)
  private String processInstanceId;

  @Column(nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  protected Revocation() {
  }

  Revocation(String caseNumber, Ground ground, String evidence, long bonusAmount, String openedBy, Instant now) {
    this.caseNumber = caseNumber;
    this.ground = ground;
    this.evidence = evidence;
    this.bonusAmount = bonusAmount;
    this.openedBy = openedBy;
    this.openedAt = now;
    this.status = Status.PROPOSING;
    this.updatedAt = now;
  }

  boolean isOpen() {
    return status == Status.PROPOSING || status == Status.DECIDING;
  }

  void linkProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void proposed(String by, String comment, Instant now) {
    this.proposedBy = by;
    this.proposalComment = comment;
    this.status = Status.DECIDING;
    this.updatedAt = now;
  }

  void dismissed(String by, String comment, Instant now) {
    this.proposedBy = by;
    this.proposalComment = comment;
    this.status = Status.DISMISSED;
    this.updatedAt = now;
  }

  void refused(String by, String comment, Instant now) {
    this.decidedBy = by;
    this.decisionComment = comment;
    this.status = Status.REFUSED;
    this.updatedAt = now;
  }

  void decided(String by, String comment, String signerName, SignerTitle signerTitle, Instant now) {
    this.decidedBy = by;
    this.decisionComment = comment;
    this.signerName = signerName;
    this.signerTitle = signerTitle;
    this.updatedAt = now;
  }

  void numbered(String number, LocalDate date, String clerk, Instant now) {
    this.decisionNumber = number;
    this.decisionDate = date;
    this.numberedBy = clerk;
    this.updatedAt = now;
  }

  void issued(String flaggedProposals, Instant now) {
    this.flaggedProposals = flaggedProposals;
    this.status = Status.RECOVERING;
    this.updatedAt = now;
  }

  void recovery(boolean certificate, long amount, String note, Instant now) {
    this.certificateRecovered |= certificate;
    this.amountRecovered += amount;
    if (note != null) {
      this.recoveryNote = note;
    }
    this.updatedAt = now;
    if (recovered()) {
      this.status = Status.CLOSED;
      this.recoveredAt = now;
    }
  }

  /** The certificate is back and the whole bonus is repaid. */
  boolean recovered() {
    return certificateRecovered && amountRecovered >= bonusAmount;
  }

  public long outstanding() {
    return Math.max(0, bonusAmount - amountRecovered);
  }

  public Long getId() {
    return id;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public Ground getGround() {
    return ground;
  }

  public String getEvidence() {
    return evidence;
  }

  public long getBonusAmount() {
    return bonusAmount;
  }

  public Status getStatus() {
    return status;
  }

  public String getOpenedBy() {
    return openedBy;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public String getProposalComment() {
    return proposalComment;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getDecisionComment() {
    return decisionComment;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public String getSignerName() {
    return signerName;
  }

  public SignerTitle getSignerTitle() {
    return signerTitle;
  }

  public String getNumberedBy() {
    return numberedBy;
  }

  /** Issued: numbered and in effect (the document is kept with the issued documents). */
  public boolean isIssued() {
    return status == Status.RECOVERING || status == Status.CLOSED;
  }

  public long getAmountRecovered() {
    return amountRecovered;
  }

  public boolean isCertificateRecovered() {
    return certificateRecovered;
  }

  public String getRecoveryNote() {
    return recoveryNote;
  }

  public Instant getRecoveredAt() {
    return recoveredAt;
  }

  public String getFlaggedProposals() {
    return flaggedProposals;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
