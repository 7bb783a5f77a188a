package vn.tdkt.commendation.council;

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
import vn.tdkt.commendation.official.OfficialTexts.SignerTitle;

/**
 * One award type's list of a session on its way to a decision: the Board's submission (tờ trình) that proposes it,
 * the signer's approval, the number and date from the register, and the decision it became.
 */
@Entity
@Table(name = "decision_draft", uniqueConstraints = @UniqueConstraint(columnNames = {"sessionId", "awardType"}))
public class DecisionDraft {

  public enum Status {
    /** Submitted: waiting for the signer. */
    SUBMITTED,
    /** Approved and signed: waiting for the number from the register. */
    APPROVED,
    /** Not approved by the signer. */
    REFUSED,
    ISSUED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long sessionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private AwardType awardType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(nullable = false, length = 50)
  private String proposalNumber;

  @Column(nullable = false)
  private LocalDate proposalDate;

  @Column(length = 64)
  private String proposedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SignerTitle signerTitle;

  @Column(length = 64)
  private String signingTaskId;

  @Column(length = 64)
  private String signerId;

  private LocalDate approvedOn;

  private Long registerNumber;

  private LocalDate registerDate;

  @Column(length = 64)
  private String numberedBy;

  @Column(length = 50)
  private String decisionNumber;

  protected DecisionDraft() {
  }

  DecisionDraft(Long sessionId, AwardType awardType, String proposalNumber, LocalDate proposalDate, String proposedBy,
      SignerTitle signerTitle) {
    this.sessionId = sessionId;
    this.awardType = awardType;
    this.proposalNumber = proposalNumber;
    this.proposalDate = proposalDate;
    this.proposedBy = proposedBy;
    this.signerTitle = signerTitle;
    this.status = Status.SUBMITTED;
  }

  void signingTask(String taskId) {
    this.signingTaskId = taskId;
  }

  void approved(String signerId, LocalDate on) {
    this.signerId = signerId;
    this.approvedOn = on;
    this.status = Status.APPROVED;
  }

  void refused(String signerId, LocalDate on) {
    this.signerId = signerId;
    this.approvedOn = on;
    this.status = Status.REFUSED;
  }

  void numbered(long number, LocalDate date, String clerk) {
    this.registerNumber = number;
    this.registerDate = date;
    this.numberedBy = clerk;
  }

  void issued(String decisionNumber) {
    this.decisionNumber = decisionNumber;
    this.status = Status.ISSUED;
  }

  public Long getId() { return id; }
  public Long getSessionId() { return sessionId; }
  public AwardType getAwardType() { return awardType; }
  public Status getStatus() { return status; }
  public String getProposalNumber() { return proposalNumber; }
  public LocalDate getProposalDate() { return proposalDate; }
  public String getProposedBy() { return proposedBy; }
  public SignerTitle getSignerTitle() { return signerTitle; }
  public String getSigningTaskId() { return signingTaskId; }
  public String getSignerId() { return signerId; }
  public LocalDate getApprovedOn() { return approvedOn; }
  public Long getRegisterNumber() { return registerNumber; }
  public LocalDate getRegisterDate() { return registerDate; }
  public String getNumberedBy() { return numberedBy; }
  public String getDecisionNumber() { return decisionNumber; }
}
