package vn.tdkt.commendation.nomination;

import java.util.Map;
import java.util.Set;

/**
 * Keys of "commendation-case", one nominee's case after its proposal's appraisal: the supplement the Board asked
 * for and its re-appraisal, the public notice, the wait for the Council or for the Chairman's decision list, the
 * announcement. Started only by the call activity of "commendation-proposal", one instance per nominee; the steps it
 * shares with "commendation-nomination" have the same ids and so call the same beans ({@link NominationProcess}).
 */
public final class CaseProcess {

  public static final String KEY = "commendation-case";

  // activities of its own; the others are NominationProcess's
  public static final String START = "caseOpened";
  public static final String OPEN_CASE = "openCase";
  public static final String AWAIT_DECISION = "awaitDecision";

  /** Set by openCase from the case record: what the proposal's appraisal decided for this nominee. */
  public static final String VAR_PROPOSAL_NUMBER = "proposalNumber";

  /** The user tasks it shares with the single-nominee process accept the same fields. */
  public static final Map<String, Set<String>> TASK_INPUTS = Map.of(
      NominationProcess.APPRAISE, NominationProcess.TASK_INPUTS.get(NominationProcess.APPRAISE),
      NominationProcess.SUPPLEMENT, NominationProcess.TASK_INPUTS.get(NominationProcess.SUPPLEMENT),
      NominationProcess.HANDLE_COMPLAINT, NominationProcess.TASK_INPUTS.get(NominationProcess.HANDLE_COMPLAINT));

  private CaseProcess() {
  }
}
