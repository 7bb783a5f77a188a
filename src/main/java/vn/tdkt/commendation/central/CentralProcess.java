package vn.tdkt.commendation.central;

/** Keys of the "central-award-proposal" process: the model and the code meet here. */
public final class CentralProcess {

  public static final String KEY = "central-award-proposal";
  public static final String DECISION_KEY = "central-award-eligibility";

  // activities
  public static final String START = "proposalRequested";
  public static final String REGISTER = "registerProposal";
  public static final String CHECK_ELIGIBILITY = "checkCentralEligibility";
  public static final String PREPARE = "prepareSubmission";
  public static final String SIGN = "signSubmission";
  public static final String RECORD_SUBMISSION = "recordSubmission";
  public static final String AWAIT_RESULT = "awaitCentralResult";
  public static final String RESULT_RECEIVED = "centralResultReceived";
  public static final String RESULT_OVERDUE = "centralResultOverdue";
  public static final String ESCALATE = "escalateCentralResult";
  public static final String RECORD_RESULT = "recordCentralResult";
  public static final String END_NOT_ELIGIBLE = "proposalNotEligible";
  public static final String END_AWARDED = "centralAwarded";
  public static final String END_REJECTED = "centralRejected";

  public static final String MSG_RESULT = "centralAwardResult";

  // start variables (the DMN inputs besides the case record)
  public static final String VAR_INITIATOR = "proposerId";
  public static final String VAR_CASE_NUMBER = "caseNumber";
  public static final String VAR_AWARD = "centralAward";
  public static final String VAR_PROVINCIAL_FIGHTER_TIMES = "consecutiveProvincialFighterTimes";
  public static final String VAR_NATIONAL_INITIATIVE = "nationalInitiative";
  public static final String VAR_PROVINCIAL_MERIT = "hasProvincialMerit";
  public static final String VAR_GOOD_YEARS = "consecutiveGoodYears";
  public static final String VAR_GRASSROOTS_TIMES = "grassrootsFighterTimes";
  public static final String VAR_CLUSTER_LEADER = "clusterLeader";
  public static final String VAR_OUTSTANDING_LEADER = "outstandingAmongLeaders";
  public static final String VAR_UNDER_DISCIPLINE = "underDiscipline";

  // shown on forms, gateway inputs, decisions
  public static final String VAR_PROPOSAL_ID = "proposalId";
  public static final String VAR_AWARD_LABEL = "centralAwardLabel";
  public static final String VAR_NOMINEE_NAME = "nomineeName";
  public static final String VAR_REQUIRED_SETS = "requiredDossierSets";
  public static final String VAR_ELIGIBLE = "centralEligible";
  public static final String VAR_ELIGIBILITY_REASON = "centralEligibilityReason";
  public static final String VAR_DOSSIER_SETS = "dossierSets";
  public static final String VAR_SIGN_OUTCOME = "signOutcome";
  public static final String VAR_COMMENT = "comment";
  public static final String VAR_RESULT_DUE = "centralResultDueDate";
  public static final String VAR_RESULT_OUTCOME = "centralOutcome";
  public static final String VAR_RESULT_DECISION = "centralDecisionNumber";

  public static final String SIGN_APPROVE = "sign";
  public static final String SIGN_RETURN = "return";
  public static final String AWARDED = "awarded";
  public static final String REJECTED = "rejected";


  /** The variables each user task accepts: exactly its form's fields (engine.InputGuard enforces it). */
  public static final java.util.Map<String, java.util.Set<String>> TASK_INPUTS = java.util.Map.of(
      PREPARE, java.util.Set.of(VAR_DOSSIER_SETS, VAR_COMMENT),
      SIGN, java.util.Set.of(VAR_SIGN_OUTCOME, VAR_COMMENT),
      RECORD_SUBMISSION, java.util.Set.of(VAR_COMMENT),
      AWAIT_RESULT, java.util.Set.of(VAR_RESULT_OUTCOME, VAR_RESULT_DECISION, VAR_COMMENT));

  /** The variables a start accepts: the start form's fields and the initiator the engine sets. */
  public static final java.util.Set<String> START_INPUTS = java.util.Set.of(VAR_CASE_NUMBER, VAR_AWARD,
      VAR_PROVINCIAL_FIGHTER_TIMES, VAR_NATIONAL_INITIATIVE, VAR_PROVINCIAL_MERIT, VAR_GOOD_YEARS, VAR_GRASSROOTS_TIMES,
      VAR_CLUSTER_LEADER, VAR_OUTSTANDING_LEADER, VAR_INITIATOR);

  private CentralProcess() {
  }
}
