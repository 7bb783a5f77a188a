package vn.tdkt.commendation.central;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The province's proposal of an awarded case for a central award: the record of the "central-award-
 * proposal" process (eligibility inputs and verdict, Chairman's submission, submission to the central
 * Board, its result).
 */
@Entity
@Table(name = "central_proposal", indexes = @Index(name = "ix_central_proposal_case", columnList = "caseNumber"))
public class CentralProposal {

  public enum Status { CHECKING, NOT_ELIGIBLE, PREPARING, AWAITING_SIGNATURE, SIGNED, SUBMITTED, AWARDED, REJECTED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 20)
  private String caseNumber;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 30)
  private CentralAward award;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(length = 64)
  private String processInstanceId;

  @Column(length = 64)
  private String proposedBy;

  private int consecutiveProvincialFighterTimes;
  private boolean nationalInitiative;
  private boolean hasProvincialMerit;
  private int consecutiveGoodYears;
  private int grassrootsFighterTimes;
  private boolean clusterLeader;
  private boolean outstandingAmongLeaders;

  @Column(length = 1000)
  private String eligibilityReason;

  private int dossierSets;

  @Column(length = 30)
  private String submissionNumber;

  private Instant signedAt;

  private Instant submittedAt;

  /** When the central result is expected; the task's due date and the reminder timer use the same. */
  private Instant resultDueAt;

  /** The result was not in by resultDueAt: the Board's heads were told. */
  private boolean resultOverdue;

  @Column(length = 50)
  private String resultDecisionNumber;

  @Column(length = 2000)
  private String resultNote;

  /** Who entered the result: a Board officer's id, or "message" when it came from the central system. */
  @Column(length = 64)
  private String resultBy;

  /** The provincial award this proposal is built on was revoked by this decision (issue 14): the Board acts on it. */
  @Column(length = 50)
  private String baseRevokedBy;

  @Column(nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  private Instant closedAt;

  @Version
  private long version;

  protected CentralProposal() {
  }

  CentralProposal(String caseNumber, CentralAward award, String proposedBy, EligibilityInput input, Instant now) {
    this.caseNumber = caseNumber;
    this.award = award;
    this.proposedBy = proposedBy;
    this.consecutiveProvincialFighterTimes = input.consecutiveProvincialFighterTimes();
    this.nationalInitiative = input.nationalInitiative();
    this.hasProvincialMerit = input.hasProvincialMerit();
    this.consecutiveGoodYears = input.consecutiveGoodYears();
    this.grassrootsFighterTimes = input.grassrootsFighterTimes();
    this.clusterLeader = input.clusterLeader();
    this.outstandingAmongLeaders = input.outstandingAmongLeaders();
    this.status = Status.CHECKING;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** The DMN inputs the Board gives when it proposes (the case record gives the rest). */
  public record EligibilityInput(int consecutiveProvincialFighterTimes, boolean nationalInitiative,
      boolean hasProvincialMerit, int consecutiveGoodYears, int grassrootsFighterTimes, boolean clusterLeader,
      boolean outstandingAmongLeaders) {
  }

  EligibilityInput input() {
    return new EligibilityInput(consecutiveProvincialFighterTimes, nationalInitiative, hasProvincialMerit,
        consecutiveGoodYears, grassrootsFighterTimes, clusterLeader, outstandingAmongLeaders);
  }

  void linkProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void eligibility(boolean eligible, String reason, Instant now) {
    this.eligibilityReason = reason;
    moveTo(eligible ? Status.PREPARING : Status.NOT_ELIGIBLE, now);
    if (!eligible) {
      this.closedAt = now;
    }
  }

  void prepared(int sets, Instant now) {
    this.dossierSets = sets;
    moveTo(Status.AWAITING_SIGNATURE, now);
  }

  void signed(String number, Instant now) {
    this.submissionNumber = number;
    this.signedAt = now;
    moveTo(Status.SIGNED, now);
  }

  void returnedForPreparation(Instant now) {
    moveTo(Status.PREPARING, now);
  }

  void submitted(Instant resultDue, Instant now) {
    this.submittedAt = now;
    this.resultDueAt = resultDue;
    moveTo(Status.SUBMITTED, now);
  }

  void markResultOverdue(Instant now) {
    this.resultOverdue = true;
    this.updatedAt = now;
  }

  void result(boolean awarded, String decisionNumber, String note, String by, Instant now) {
    this.resultDecisionNumber = decisionNumber;
    this.resultNote = note;
    this.resultBy = by;
    this.closedAt = now;
    moveTo(awarded ? Status.AWARDED : Status.REJECTED, now);
  }

  void flagBaseRevoked(String revocationNumber, Instant now) {
    this.baseRevokedBy = revocationNumber;
    this.updatedAt = now;
  }

  private void moveTo(Status status, Instant now) {
    this.status = status;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public CentralAward getAward() {
    return award;
  }

  public Status getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public String getEligibilityReason() {
    return eligibilityReason;
  }

  public int getDossierSets() {
    return dossierSets;
  }

  public String getSubmissionNumber() {
    return submissionNumber;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getResultDueAt() {
    return resultDueAt;
  }

  public boolean isResultOverdue() {
    return resultOverdue;
  }

  public String getResultDecisionNumber() {
    return resultDecisionNumber;
  }

  public String getResultNote() {
    return resultNote;
  }

  public String getResultBy() {
    return resultBy;
  }

  public String getBaseRevokedBy() {
    return baseRevokedBy;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
