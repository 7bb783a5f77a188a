package vn.tdkt.commendation.nomination;

import java.util.Map;
import java.util.Set;

import vn.tdkt.commendation.casefile.CaseStage;

/** Keys of the "commendation-nomination" process: the model and the code meet here. */
public final class NominationProcess {

  public static final String KEY = "commendation-nomination";

  // activities
  public static final String START = "nominationSubmitted";
  public static final String REGISTER_CASE = "registerCase";
  public static final String CHECK_ELIGIBILITY = "checkEligibility";
  public static final String REVISE = "reviseNomination";
  public static final String ENDORSE = "endorseNomination";
  public static final String REVIEW_IN_CLUSTER = "reviewInCluster";
  public static final String CHECK_CLUSTER_ROUND = "checkClusterRound";
  public static final String APPRAISE = "appraiseDossier";
  public static final String APPRAISAL_OVERDUE = "appraisalOverdue";
  public static final String SUPPLEMENT = "supplementDossier";
  public static final String SUPPLEMENT_OVERDUE = "supplementOverdue";
  public static final String APPRAISAL_REMINDER = "appraisalReminder";
  public static final String SUPPLEMENT_REMINDER = "supplementReminder";
  public static final String PUBLIC_NOTICE = "publicNotice";
  public static final String NOTICE_PERIOD = "noticePeriod";
  public static final String HANDLE_COMPLAINT = "handleComplaint";
  public static final String AWAIT_COUNCIL = "awaitCouncil";
  public static final String ANNOUNCE = "announceAward";
  public static final String END_AWARDED = "caseAwarded";
  public static final String END_REJECTED = "caseRejected";
  public static final String END_WITHDRAWN = "caseWithdrawn";

  // messages
  public static final String MSG_COMPLAINT = "complaintLodged";
  public static final String MSG_COUNCIL_RESULT = "councilResult";

  // start variables
  public static final String VAR_INITIATOR = "nominatorId";
  public static final String VAR_UNIT = "unitCode";
  public static final String VAR_CLUSTER = "clusterCode";
  public static final String VAR_AWARD = "awardType";
  public static final String VAR_NOMINEE_KIND = "nomineeKind";
  public static final String VAR_NOMINEE_NAME = "nomineeName";
  public static final String VAR_NOMINEE_POSITION = "nomineePosition";
  public static final String VAR_YEAR = "emulationYear";
  public static final String VAR_SUMMARY = "achievementSummary";
  public static final String VAR_GRASSROOTS_YEARS = "consecutiveGrassrootsFighterYears";
  public static final String VAR_EXCELLENT_YEARS = "consecutiveExcellentYears";
  public static final String VAR_INITIATIVES = "recognisedInitiatives";
  public static final String VAR_UNDER_DISCIPLINE = "underDiscipline";
  /** Only on a start by a cluster round (no signed-in caller): its nominee row, checked against JPA. */
  public static final String VAR_ROUND_NOMINEE = "clusterNomineeId";

  // shown on the task forms
  public static final String VAR_CASE_NUMBER = "caseNumber";
  public static final String VAR_UNIT_NAME = "unitName";
  public static final String VAR_AWARD_LABEL = "awardLabel";
  /** The comment of the last decision, so the next person sees why the case came to them. */
  public static final String VAR_PREVIOUS_COMMENT = "previousComment";

  // decisions and gateway inputs
  public static final String VAR_COMMENT = "comment";
  public static final String VAR_ELIGIBLE = "eligible";
  public static final String VAR_ELIGIBILITY_REASON = "eligibilityReason";
  /** Other provincial or central awards of the nominee in the same year, from the registry (issue 14). */
  public static final String VAR_SAME_YEAR_AWARDS = "sameYearAwards";
  public static final String VAR_REVISE_OUTCOME = "reviseOutcome";
  public static final String VAR_ENDORSEMENT_OUTCOME = "endorsementOutcome";
  public static final String VAR_CLUSTER_OUTCOME = "clusterOutcome";
  public static final String VAR_CLUSTER_VOTES_FOR = "clusterVotesFor";
  public static final String VAR_CLUSTER_VOTES_TOTAL = "clusterVotesTotal";
  /** Written only by checkClusterRound from the case's JPA link to a cluster round: skip reviewInCluster. */
  public static final String VAR_FROM_CLUSTER_ROUND = "fromClusterRound";
  public static final String VAR_APPRAISAL_OUTCOME = "appraisalOutcome";
  public static final String VAR_SUPPLEMENT_OUTCOME = "supplementOutcome";
  public static final String VAR_COMPLAINT_OUTCOME = "complaintOutcome";
  public static final String VAR_COMPLAINT_ID = "complaintId";
  public static final String VAR_COMPLAINT_CONTENT = "complaintContent";
  /** The complainant's name and contact, task-local on the Board's handleComplaint task only. */
  public static final String VAR_COMPLAINANT = "complainant";
  /** Task-local on appraiseDossier: what the Board is warned of (no attachment yet), or blank. */
  public static final String VAR_ATTACHMENT_WARNING = "attachmentWarning";
  public static final String VAR_COUNCIL_OUTCOME = "councilOutcome";
  // deadlines, computed in working days when the step starts (NominationDeadlines); the timers read them
  public static final String VAR_APPRAISAL_DUE = "appraisalDueDate";
  public static final String VAR_APPRAISAL_REMINDER = "appraisalReminderDate";
  public static final String VAR_SUPPLEMENT_DUE = "supplementDueDate";
  public static final String VAR_SUPPLEMENT_REMINDER = "supplementReminderDate";
  public static final String VAR_NOTICE_END = "noticeEndDate";
  /** Transient: why the case is ending, from the decision to the end event in the same transaction. */
  public static final String VAR_CLOSING_REASON = "closingReason";

  // outcome values
  public static final String APPROVE = "approve";
  public static final String RETURN = "return";
  public static final String REJECT = "reject";
  public static final String RESUBMIT = "resubmit";
  public static final String WITHDRAW = "withdraw";
  public static final String SUPPLEMENT_REQUEST = "supplement";
  public static final String DISMISS = "dismiss";
  public static final String WITHDRAW_NOMINEE = "withdrawNominee";
  public static final String AWARDED = "awarded";
  public static final String REJECTED = "rejected";

  /** What a nomination may be started with: the start form's fields (the initiator is always the caller). */
  public static final Set<String> START_INPUTS = Set.of(VAR_UNIT, VAR_AWARD, VAR_NOMINEE_KIND, VAR_NOMINEE_NAME,
      VAR_NOMINEE_POSITION, VAR_YEAR, VAR_SUMMARY, VAR_GRASSROOTS_YEARS, VAR_EXCELLENT_YEARS, VAR_INITIATIVES,
      VAR_UNDER_DISCIPLINE, VAR_INITIATOR);

  /** A start by the product itself (a cluster round, nobody signed in) may also link the round's nominee row. */
  public static final Set<String> SYSTEM_START_INPUTS = java.util.stream.Stream.concat(START_INPUTS.stream(),
      java.util.stream.Stream.of(VAR_ROUND_NOMINEE)).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * The variables each user task may be completed (or have set) with: the fields of its form, nothing else.
   * Anything more is refused by the engine's input guard, so a REST client cannot store what no form shows.
   */
  public static final Map<String, Set<String>> TASK_INPUTS = Map.of(
      REVISE, Set.of(VAR_NOMINEE_NAME, VAR_NOMINEE_POSITION, VAR_SUMMARY, VAR_GRASSROOTS_YEARS, VAR_EXCELLENT_YEARS,
          VAR_INITIATIVES, VAR_UNDER_DISCIPLINE, VAR_REVISE_OUTCOME, VAR_COMMENT),
      ENDORSE, Set.of(VAR_ENDORSEMENT_OUTCOME, VAR_COMMENT),
      REVIEW_IN_CLUSTER, Set.of(VAR_CLUSTER_OUTCOME, VAR_CLUSTER_VOTES_FOR, VAR_CLUSTER_VOTES_TOTAL, VAR_COMMENT),
      APPRAISE, Set.of(VAR_APPRAISAL_OUTCOME, VAR_COMMENT),
      SUPPLEMENT, Set.of(VAR_SUPPLEMENT_OUTCOME, VAR_COMMENT),
      HANDLE_COMPLAINT, Set.of(VAR_COMPLAINT_OUTCOME, VAR_COMMENT));

  /** What completing each user task must set, and at which stage of the case it sits. */
  record TaskRule(CaseStage stage, String outcomeVariable, Set<String> outcomes, Set<String> needComment) {
  }

  static final Map<String, TaskRule> TASKS = Map.of(
      REVISE, new TaskRule(CaseStage.REVISION, VAR_REVISE_OUTCOME, Set.of(RESUBMIT, WITHDRAW), Set.of()),
      ENDORSE, new TaskRule(CaseStage.ENDORSEMENT, VAR_ENDORSEMENT_OUTCOME, Set.of(APPROVE, RETURN, REJECT),
          Set.of(RETURN, REJECT)),
      REVIEW_IN_CLUSTER, new TaskRule(CaseStage.CLUSTER_REVIEW, VAR_CLUSTER_OUTCOME,
          Set.of(APPROVE, RETURN, REJECT), Set.of(RETURN, REJECT)),
      APPRAISE, new TaskRule(CaseStage.APPRAISAL, VAR_APPRAISAL_OUTCOME, Set.of(APPROVE, SUPPLEMENT_REQUEST, REJECT),
          Set.of(SUPPLEMENT_REQUEST, REJECT)),
      SUPPLEMENT, new TaskRule(CaseStage.SUPPLEMENT, VAR_SUPPLEMENT_OUTCOME, Set.of(RESUBMIT, WITHDRAW), Set.of()),
      HANDLE_COMPLAINT, new TaskRule(CaseStage.PUBLIC_NOTICE, VAR_COMPLAINT_OUTCOME,
          Set.of(DISMISS, WITHDRAW_NOMINEE), Set.of(WITHDRAW_NOMINEE)));

  private NominationProcess() {
  }
}
