package vn.tdkt.commendation.cluster;

/** Keys of the "cluster-review-round" process: the model and the code meet here. */
public final class ClusterRoundProcess {

  public static final String KEY = "cluster-review-round";

  public static final String START = "roundRequested";
  public static final String OPEN_ROUND = "openRound";
  public static final String SUBMIT = "submitSelfAssessment";
  public static final String REMINDER = "selfAssessmentReminder";
  public static final String DEADLINE = "selfAssessmentDeadline";
  public static final String COMPILE = "compileScores";
  public static final String CORRECT = "correctSelfAssessment";
  public static final String CAST_BALLOT = "castBallot";
  public static final String BALLOT_DEADLINE = "ballotDeadline";
  public static final String TALLY = "tallyBallots";
  public static final String NEW_BALLOT_ROUND = "newBallotRound";
  public static final String START_NOMINATIONS = "startNominations";
  public static final String NEXT_LEADER = "recordNextLeader";
  public static final String WRITE_MINUTES = "writeMinutes";
  public static final String END = "roundClosed";

  // start form
  public static final String VAR_INITIATOR = "startedBy";
  public static final String VAR_CLUSTER = "clusterCode";
  public static final String VAR_YEAR = "emulationYear";
  public static final String VAR_KIND = "roundKind";

  // set by the engine on multi-instance tasks
  public static final String VAR_MEMBER_UNIT = "memberUnit";
  public static final String VAR_BALLOT_UNIT = "ballotUnit";

  // task forms: shown (task-local, written by listeners)
  public static final String VAR_ROUND_TITLE = "roundTitle";
  public static final String VAR_CRITERIA_TEXT = "criteriaText";
  public static final String VAR_SCORE_TABLE = "scoreTable";
  public static final String VAR_UNIT_NAME = "unitName";
  public static final String VAR_PREVIOUS_SHEET = "previousSheet";
  /** Choices (label: the unit's name, value: its code) for the compile form's selects (valuesKey). */
  public static final String VAR_SUBMITTED_UNITS = "submittedUnitOptions";
  public static final String VAR_MEMBER_UNITS = "memberUnitOptions";

  // task forms: entered (checked by listeners, stored in JPA, then removed from the engine)
  public static final String VAR_POINTS = "selfPoints";
  public static final String VAR_REPORT = "selfReport";
  public static final String VAR_COMPILE_OUTCOME = "compileOutcome";
  public static final String VAR_RETURN_UNIT = "returnUnit";
  public static final String VAR_AGREED_SCORES = "agreedScores";
  public static final String VAR_NEXT_LEADER = "nextLeaderUnit";
  public static final String VAR_COMMENT = "comment";

  public static final String AGREE = "agree";
  public static final String RETURN = "return";

  /** Start variable of a nomination the round starts: the id of its nominee row, checked against JPA. */
  public static final String VAR_NOMINEE_LINK = "clusterNomineeId";


  /** The variables each user task accepts: exactly its form's fields (engine.InputGuard enforces it). */
  public static final java.util.Map<String, java.util.Set<String>> TASK_INPUTS = java.util.Map.of(
      SUBMIT, java.util.Set.of(VAR_POINTS, VAR_REPORT),
      CORRECT, java.util.Set.of(VAR_POINTS, VAR_REPORT),
      COMPILE, java.util.Set.of(VAR_COMPILE_OUTCOME, VAR_RETURN_UNIT, VAR_AGREED_SCORES, VAR_NEXT_LEADER, VAR_COMMENT,
          VAR_SCORE_TABLE),
      CAST_BALLOT, java.util.Set.of());

  /** The variables a start accepts: the start form's fields and the initiator the engine sets. */
  public static final java.util.Set<String> START_INPUTS = java.util.Set.of(VAR_CLUSTER, VAR_YEAR, VAR_KIND,
      VAR_INITIATOR);

  private ClusterRoundProcess() {
  }
}
