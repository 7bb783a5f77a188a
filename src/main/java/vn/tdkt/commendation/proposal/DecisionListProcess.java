package vn.tdkt.commendation.proposal;

import java.util.Map;
import java.util.Set;

import vn.tdkt.commendation.council.CouncilProcess;

/**
 * Keys of "decision-list": the Board submits to the Chairman every appraised case of an award the Council does not
 * vote on ({@code tdkt.council.award-types}), one decision per award type. Its sub-process per award type has the
 * elements, forms and beans of the Council session's (the signer's approval, the clerk's register number, the issue),
 * so decisions are approved, numbered, written and signed the same way.
 */
public final class DecisionListProcess {

  public static final String KEY = "decision-list";

  public static final String START = "decisionListRequested";
  public static final String OPEN = "openDecisionList";
  public static final String DECIDE_AWARD_TYPE = CouncilProcess.DECIDE_AWARD_TYPE;
  public static final String APPROVE_DECISION = CouncilProcess.APPROVE_DECISION;
  public static final String RECORD_NUMBER = CouncilProcess.RECORD_NUMBER;
  public static final String CLOSE = "closeDecisionList";
  public static final String END = "decisionListClosed";

  public static final String VAR_INITIATOR = "startedBy";
  public static final String VAR_AWARD_TYPES = CouncilProcess.VAR_AWARD_TYPES;
  public static final String VAR_CAMPAIGN = ProposalProcess.VAR_CAMPAIGN;

  /** What a list may be started with: the start form's field, the campaign (from /campaigns), the initiator. */
  public static final Set<String> START_INPUTS = Set.of(VAR_AWARD_TYPES, VAR_CAMPAIGN, VAR_INITIATOR);

  public static final Map<String, Set<String>> TASK_INPUTS = Map.of(
      APPROVE_DECISION, CouncilProcess.TASK_INPUTS.get(CouncilProcess.APPROVE_DECISION),
      RECORD_NUMBER, CouncilProcess.TASK_INPUTS.get(CouncilProcess.RECORD_NUMBER));

  private DecisionListProcess() {
  }
}
