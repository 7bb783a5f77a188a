package vn.tdkt.commendation.proposal;

import java.util.Map;
import java.util.Set;

import vn.tdkt.commendation.council.CouncilProcess;

/**
 * Keys of "decision-list": the Board submits to the Chairman every appraised case of an award the Council does not
 * vote on ({@code tdkt.council.award-types}), one decision per award type. Its signing task has the id, the form and
 * the bean of the Council session's ({@code signDecision} → {@code signDecisionListener}), so decisions are numbered
 * and written the same way.
 */
public final class DecisionListProcess {

  public static final String KEY = "decision-list";

  public static final String START = "decisionListRequested";
  public static final String OPEN = "openDecisionList";
  public static final String SIGN_DECISION = CouncilProcess.SIGN_DECISION;
  public static final String CLOSE = "closeDecisionList";
  public static final String END = "decisionListClosed";

  public static final String VAR_INITIATOR = "startedBy";
  public static final String VAR_AWARD_TYPES = CouncilProcess.VAR_AWARD_TYPES;
  public static final String VAR_CAMPAIGN = ProposalProcess.VAR_CAMPAIGN;

  /** What a list may be started with: the start form's field, the campaign (from /campaigns), the initiator. */
  public static final Set<String> START_INPUTS = Set.of(VAR_AWARD_TYPES, VAR_CAMPAIGN, VAR_INITIATOR);

  public static final Map<String, Set<String>> TASK_INPUTS = Map.of(
      SIGN_DECISION, CouncilProcess.TASK_INPUTS.get(CouncilProcess.SIGN_DECISION));

  private DecisionListProcess() {
  }
}
