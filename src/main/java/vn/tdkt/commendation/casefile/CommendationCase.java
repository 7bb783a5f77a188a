package vn.tdkt.commendation.casefile;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hibernate.annotations.NaturalId;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The case record ("hồ sơ"): the source of truth for a nomination, with its append-only history.
 */
@Entity
@Table(name = "case_record", indexes = {
    @Index(name = "ix_case_status", columnList = "status"),
    @Index(name = "ix_case_unit", columnList = "unitCode"),
    @Index(name = "ix_case_decision", columnList = "decisionNumber"),
    @Index(name = "ix_case_proposal", columnList = "proposalNumber")})
public class CommendationCase {

  public static final int NAME_MAX = 200;
  public static final int SUMMARY_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NaturalId
  @Column(nullable = false, unique = true, length = 20)
  private String caseNumber;

  @Column(length = 64)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private AwardType awardType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private NomineeKind nomineeKind;

  @Column(nullable = false, length = NAME_MAX)
  private String nomineeName;

  @Column(length = NAME_MAX)
  private String nomineePosition;

  @Column(nullable = false, length = 32)
  private String unitCode;

  @Column(nullable = false, length = 32)
  private String clusterCode;

  private int emulationYear;

  @Column(length = SUMMARY_MAX)
  private String achievementSummary;

  private int consecutiveGrassrootsFighterYears;
  private int consecutiveExcellentYears;
  private int recognisedInitiatives;
  private boolean underDiscipline;

  @Column(length = 64)
  private String nominatorId;

  /** The proposal ("tờ trình") the nominee came in, or null for a case of the single-nominee process. */
  @Column(length = 20)
  private String proposalNumber;

  /** Null for the single-nominee process, whose cases are yearly. */
  @Enumerated(EnumType.STRING)
  @Column(length = 12)
  private CommendationKind commendationKind;

  private Long campaignId;

  /** When a sudden achievement happened (required for AD_HOC), or when the reported achievement was. */
  private LocalDate achievementDate;

  /** A collective's figures, kept in their own columns (zero for individuals and single-nominee cases). */
  @Embedded
  private CollectiveFigures collectiveFigures = CollectiveFigures.NONE;

  /** The eligibility table's answer, null until it was asked. */
  private Boolean eligible;

  @Column(length = 500)
  private String eligibilityReason;

  /** A cluster voted this nominee forward (a cluster round, or the cluster's review of the proposal). */
  private boolean clusterVoted;

  @Enumerated(EnumType.STRING)
  @Column(length = 12)
  private NomineeDecision appraisalDecision;

  /** The reason of an exclusion or what a supplement must bring. */
  @Column(length = 2000)
  private String appraisalNote;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CaseStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CaseStage stage;

  /** Why the case ended rejected or withdrawn. */
  @Column(length = 2000)
  private String outcomeReason;

  private boolean appraisalOverdue;

  private Instant noticeEndsAt;

  /** The appraisal deadline in working days, the same instant as the task's due date and the timer. */
  private Instant appraisalDueAt;

  /** The deadline to supplement the dossier, when the Board asked for one. */
  private Instant supplementDueAt;

  /** The Council session that has taken the case, while it is being voted on. */
  private Long councilSessionId;

  @Column(length = 50)
  private String decisionNumber;

  private LocalDate decisionDate;

  /**
   * "One achievement, one award": unit, nominee, award and year while the case is open or awarded;
   * cleared when it is rejected or withdrawn. Unique, so two nodes cannot register the same twice.
   */
  @Column(unique = true, length = 400)
  private String activeKey;

  @Column(nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  private Instant closedAt;

  @Version
  private long version;

  @OneToMany(mappedBy = "commendationCase", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @OrderBy("id")
  private List<CaseEvent> events = new ArrayList<>();

  protected CommendationCase() {
  }

  CommendationCase(String caseNumber, NominationData data, String unitCode, String clusterCode, String nominatorId,
      Instant now) {
    this.caseNumber = caseNumber;
    this.unitCode = unitCode;
    this.clusterCode = clusterCode;
    this.nominatorId = nominatorId;
    this.awardType = data.awardType();
    this.nomineeKind = data.nomineeKind();
    this.emulationYear = data.emulationYear();
    apply(data);
    this.status = CaseStatus.IN_PROGRESS;
    this.stage = CaseStage.REGISTRATION;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** A nominee of a proposal: the facts as for a nomination, and what only proposals carry. */
  CommendationCase(String caseNumber, ProposalEntry entry, String proposalNumber, CommendationKind kind,
      Long campaignId, String unitCode, String clusterCode, String nominatorId, Instant now) {
    this(caseNumber, entry.data(), unitCode, clusterCode, nominatorId, now);
    this.proposalNumber = proposalNumber;
    this.commendationKind = kind;
    this.campaignId = campaignId;
    this.achievementDate = entry.achievementDate();
    this.collectiveFigures = entry.figures();
  }

  /** The "one achievement, one award" key of a nomination. */
  static String activeKeyOf(String unitCode, String nomineeName, AwardType award, int year) {
    String name = Normalizer.normalize(nomineeName, Normalizer.Form.NFC).trim().replaceAll("\\s+", " ")
        .toLowerCase(Locale.forLanguageTag("vi"));
    return unitCode + "|" + award + "|" + year + "|" + name;
  }

  void apply(NominationData data) {
    this.nomineeName = data.nomineeName();
    this.nomineePosition = data.nomineePosition();
    this.achievementSummary = data.achievementSummary();
    this.consecutiveGrassrootsFighterYears = data.consecutiveGrassrootsFighterYears();
    this.consecutiveExcellentYears = data.consecutiveExcellentYears();
    this.recognisedInitiatives = data.recognisedInitiatives();
    this.underDiscipline = data.underDiscipline();
    this.activeKey = activeKeyOf(unitCode, nomineeName, awardType, emulationYear);
  }

  CaseEvent addEvent(Instant at, String actor, String outcome, String comment) {
    CaseEvent event = new CaseEvent(this, at, actor, stage, outcome, comment);
    events.add(event);
    updatedAt = at;
    return event;
  }

  void moveTo(CaseStage stage, CaseStatus status, Instant at) {
    this.stage = stage;
    if (status != null) {
      this.status = status;
    }
    this.updatedAt = at;
  }

  void close(CaseStatus finalStatus, String reason, Instant at) {
    this.status = finalStatus;
    if (reason != null) {
      this.outcomeReason = reason;
    }
    if (finalStatus != CaseStatus.AWARDED) {
      this.activeKey = null;
    }
    this.councilSessionId = null;
    this.closedAt = at;
    this.updatedAt = at;
  }

  /** The award is cancelled: the case closes again, now as revoked (the public list's stamp moves with closedAt). */
  void revoke(String reason, Instant at) {
    this.status = CaseStatus.REVOKED;
    this.outcomeReason = reason;
    this.closedAt = at;
    this.updatedAt = at;
  }

  void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void setNoticeEndsAt(Instant noticeEndsAt) {
    this.noticeEndsAt = noticeEndsAt;
  }

  void setAppraisalDueAt(Instant appraisalDueAt) {
    this.appraisalDueAt = appraisalDueAt;
  }

  void setSupplementDueAt(Instant supplementDueAt) {
    this.supplementDueAt = supplementDueAt;
  }

  public Instant getAppraisalDueAt() {
    return appraisalDueAt;
  }

  public Instant getSupplementDueAt() {
    return supplementDueAt;
  }

  void markAppraisalOverdue() {
    this.appraisalOverdue = true;
  }

  void clearAppraisalOverdue() {
    this.appraisalOverdue = false;
  }

  void takeIntoSession(Long sessionId, Instant at) {
    this.councilSessionId = sessionId;
    moveTo(CaseStage.COUNCIL, CaseStatus.IN_COUNCIL, at);
  }

  void takeIntoDecisionList(Long listId, Instant at) {
    this.councilSessionId = listId;
    moveTo(CaseStage.DECISION, CaseStatus.AWAITING_DECISION, at);
  }

  String getActiveKey() {
    return activeKey;
  }

  void releaseFromSession(Instant at) {
    this.councilSessionId = null;
    moveTo(CaseStage.COUNCIL, CaseStatus.AWAITING_COUNCIL, at);
  }

  void decide(String decisionNumber, LocalDate decisionDate, Instant at) {
    this.decisionNumber = decisionNumber;
    this.decisionDate = decisionDate;
    this.updatedAt = at;
  }

  void assess(boolean eligible, String reason) {
    this.eligible = eligible;
    this.eligibilityReason = reason;
  }

  void clusterVoted() {
    this.clusterVoted = true;
  }

  void appraise(NomineeDecision decision, String note, Instant at) {
    this.appraisalDecision = decision;
    this.appraisalNote = note;
    this.updatedAt = at;
  }

  String activeKeyOrEmpty() {
    return activeKey == null ? "" : activeKey;
  }

  public Long getId() {
    return id;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public AwardType getAwardType() {
    return awardType;
  }

  public NomineeKind getNomineeKind() {
    return nomineeKind;
  }

  public String getNomineeName() {
    return nomineeName;
  }

  public String getNomineePosition() {
    return nomineePosition;
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

  public String getAchievementSummary() {
    return achievementSummary;
  }

  public int getConsecutiveGrassrootsFighterYears() {
    return consecutiveGrassrootsFighterYears;
  }

  public int getConsecutiveExcellentYears() {
    return consecutiveExcellentYears;
  }

  public int getRecognisedInitiatives() {
    return recognisedInitiatives;
  }

  public boolean isUnderDiscipline() {
    return underDiscipline;
  }

  public String getNominatorId() {
    return nominatorId;
  }

  public String getProposalNumber() {
    return proposalNumber;
  }

  /** The kind of commendation; a case of the single-nominee process is yearly. */
  public CommendationKind getCommendationKind() {
    return commendationKind == null ? CommendationKind.ANNUAL : commendationKind;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public LocalDate getAchievementDate() {
    return achievementDate;
  }

  public CollectiveFigures getCollectiveFigures() {
    return collectiveFigures;
  }

  public Boolean getEligible() {
    return eligible;
  }

  public String getEligibilityReason() {
    return eligibilityReason;
  }

  public boolean isClusterVoted() {
    return clusterVoted;
  }

  public NomineeDecision getAppraisalDecision() {
    return appraisalDecision;
  }

  public String getAppraisalNote() {
    return appraisalNote;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public CaseStage getStage() {
    return stage;
  }

  public String getOutcomeReason() {
    return outcomeReason;
  }

  public boolean isAppraisalOverdue() {
    return appraisalOverdue;
  }

  public Instant getNoticeEndsAt() {
    return noticeEndsAt;
  }

  public Long getCouncilSessionId() {
    return councilSessionId;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
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

  public List<CaseEvent> getEvents() {
    return events;
  }
}
