package vn.tdkt.commendation.council;

import java.util.Map;
import java.util.Set;

/** Keys of the "council-session" process. */
public final class CouncilProcess {

  public static final String KEY = "council-session";

  public static final String START = "sessionRequested";
  public static final String OPEN_SESSION = "openSession";
  public static final String CAST_BALLOT = "castCouncilBallot";
  public static final String VOTING_DEADLINE = "votingDeadline";
  public static final String TALLY = "tallyVotes";
  public static final String NEW_ROUND = "startNewRound";
  public static final String RELEASE_CASES = "releaseCases";
  /** The Chairman's signing task of model version 1.1.0 (numbers given there or counted): for its running instances. */
  public static final String SIGN_DECISION = "signDecision";
  /** From 1.2.0: one award type's list, from the signer's approval to the issued decision (a multi-instance subprocess). */
  public static final String DECIDE_AWARD_TYPE = "decideAwardType";
  public static final String WRITE_MINUTES = "writeSessionMinutes";
  public static final String APPROVE_DECISION = "approveDecision";
  public static final String APPROVAL_GATEWAY = "approvalGateway";
  public static final String RECORD_NUMBER = "recordDecisionNumber";
  public static final String ISSUE_DECISION = "issueDecision";
  public static final String END_ISSUED = "decisionIssued";
  public static final String END_REFUSED = "listRefused";
  public static final String CLOSE_SESSION = "closeSession";
  public static final String END_CLOSED = "sessionClosed";
  public static final String END_ADJOURNED = "sessionAdjourned";

  public static final String VAR_INITIATOR = "startedBy";
  public static final String VAR_AWARD_TYPES = "awardTypes";
  public static final String VAR_SESSION_ID = "sessionId";
  public static final String VAR_ROUND = "councilRound";
  public static final String VAR_QUORUM_REACHED = "quorumReached";
  public static final String VAR_ANY_PASSED = "anyPassed";
  /** Set by tallyVotes: no quorum yet, and the session may hold another ballot round (CouncilSettings.maxRounds). */
  public static final String VAR_ANOTHER_ROUND = "anotherRound";
  public static final String VAR_MEMBER = "councilMember";
  public static final String VAR_DECISION_AWARD = "decisionAwardType";
  public static final String VAR_DECISION_CASES = "decisionCases";
  /** The listed cases as choices ({label, value}, a JSON list) for the form's checklist of cases to leave out. */
  public static final String VAR_DECISION_CASE_OPTIONS = "decisionCaseOptions";
  public static final String VAR_CHAIRMAN_OUTCOME = "chairmanOutcome";
  public static final String VAR_EXCLUDED_CASES = "excludedCases";
  public static final String VAR_DECISION_NUMBER = "decisionNumber";
  public static final String VAR_DECISION_DATE = "decisionDate";
  public static final String VAR_COMMENT = "comment";
  /** Set by approveDecision on its subprocess instance: the signer approved (some of) the list. */
  public static final String VAR_DECISION_APPROVED = "decisionApproved";
  /** Set by approveDecision: the number comes from the UBND office's register (tdkt.decision.numbering). */
  public static final String VAR_FROM_REGISTER = "numberFromRegister";
  /** The clerk's form: the number and date from the register, and what the clerk is shown. */
  public static final String VAR_REGISTER_NUMBER = "registerNumber";
  public static final String VAR_REGISTER_DATE = "registerDate";
  public static final String VAR_DECISION_SUMMARY = "decisionSummary";

  public static final String APPROVE = "approve";
  public static final String REJECT = "reject";

  /** What a session may be started with: the start form's field (the initiator is always the caller). */
  public static final Set<String> START_INPUTS = Set.of(VAR_AWARD_TYPES, VAR_INITIATOR);

  /** Tasks of the earlier model version (1.1.0) only: their inputs stay while its instances may run. */
  public static final Set<String> EARLIER_VERSION_TASKS = Set.of(SIGN_DECISION);

  /** The variables each user task accepts: its form's fields. A ballot takes none (votes go to the ballot page). */
  public static final Map<String, Set<String>> TASK_INPUTS = Map.of(
      CAST_BALLOT, Set.of(),
      SIGN_DECISION, Set.of(VAR_CHAIRMAN_OUTCOME, VAR_EXCLUDED_CASES, VAR_DECISION_NUMBER, VAR_DECISION_DATE,
          VAR_COMMENT),
      APPROVE_DECISION, Set.of(VAR_CHAIRMAN_OUTCOME, VAR_EXCLUDED_CASES, VAR_COMMENT),
      RECORD_NUMBER, Set.of(VAR_REGISTER_NUMBER, VAR_REGISTER_DATE));

  private CouncilProcess() {
  }
}
