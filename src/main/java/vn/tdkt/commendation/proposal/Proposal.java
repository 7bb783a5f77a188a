package vn.tdkt.commendation.proposal;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.NaturalId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.tdkt.commendation.casefile.CommendationKind;

/**
 * A unit's proposal ("tờ trình đề nghị khen thưởng"): one submission with a list of nominees, each of whom is a
 * case record of its own ({@code case_record.proposal_number}). Numbered {@code DN-{year}-{00001}}, gapless per year.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

  public static final int SUBMISSION_NUMBER_MAX = 50;
  public static final int SIGNER_MAX = 200;
  public static final int MISSING_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  private long version;

  @NaturalId
  @Column(nullable = false, unique = true, length = 20)
  private String proposalNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private CommendationKind kind;

  @Column(nullable = false, length = 32)
  private String unitCode;

  @Column(nullable = false, length = 32)
  private String clusterCode;

  private int emulationYear;

  /** The tờ trình's own number and date, as the unit signed it. */
  @Column(nullable = false, length = SUBMISSION_NUMBER_MAX)
  private String submissionNumber;

  @Column(nullable = false)
  private LocalDate submissionDate;

  @Column(length = SIGNER_MAX)
  private String signerName;

  private Long campaignId;

  /** The cluster round that voted the nominees, when the proposal came from one: no cluster review then. */
  @Column(length = 40)
  private String clusterRoundNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ProposalStatus status;

  /** What the reception found missing, as written back to the unit. */
  @Column(length = MISSING_MAX)
  private String missingItems;

  private int returnedCount;

  /** The receipt: when and by whom the dossier was received in full; the appraisal limit counts from here. */
  private Instant receivedAt;

  @Column(length = 64)
  private String receivedBy;

  private Instant appraisalDueAt;

  @Column(length = 64)
  private String processInstanceId;

  @Column(length = 64)
  private String createdBy;

  @Column(nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  private Instant closedAt;

  protected Proposal() {
  }

  Proposal(String proposalNumber, ProposalHeader header, String unitCode, String clusterCode, String createdBy,
      String processInstanceId, Instant now) {
    this.proposalNumber = proposalNumber;
    this.kind = header.kind();
    this.unitCode = unitCode;
    this.clusterCode = clusterCode;
    this.emulationYear = header.emulationYear();
    this.submissionNumber = header.submissionNumber();
    this.submissionDate = header.submissionDate();
    this.signerName = header.signerName();
    this.campaignId = header.campaignId();
    this.createdBy = createdBy;
    this.processInstanceId = processInstanceId;
    this.status = ProposalStatus.ENDORSEMENT;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void fromClusterRound(String roundNumber) {
    this.clusterRoundNumber = roundNumber;
  }

  void moveTo(ProposalStatus status, Instant at) {
    this.status = status;
    this.updatedAt = at;
    if (status == ProposalStatus.CLOSED || status == ProposalStatus.WITHDRAWN) {
      this.closedAt = at;
    }
  }

  void returnIncomplete(String missing, Instant at) {
    this.missingItems = missing;
    this.returnedCount++;
    moveTo(ProposalStatus.INCOMPLETE, at);
  }

  void receive(String officer, Instant at) {
    this.receivedAt = at;
    this.receivedBy = officer;
    moveTo(ProposalStatus.APPRAISAL, at);
  }

  void setAppraisalDueAt(Instant due) {
    this.appraisalDueAt = due;
  }

  public Long getId() {
    return id;
  }

  public String getProposalNumber() {
    return proposalNumber;
  }

  public CommendationKind getKind() {
    return kind;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getClusterCode() {
    return clusterCode;
  }

  public int getEmulationYear() {
    return emulationYear;
  }

  public String getSubmissionNumber() {
    return submissionNumber;
  }

  public LocalDate getSubmissionDate() {
    return submissionDate;
  }

  public String getSignerName() {
    return signerName;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public String getClusterRoundNumber() {
    return clusterRoundNumber;
  }

  public ProposalStatus getStatus() {
    return status;
  }

  public String getMissingItems() {
    return missingItems;
  }

  public int getReturnedCount() {
    return returnedCount;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getReceivedBy() {
    return receivedBy;
  }

  public Instant getAppraisalDueAt() {
    return appraisalDueAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
