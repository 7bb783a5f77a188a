package vn.tdkt.commendation.covenant;

import java.util.Map;
import java.util.Set;

/** Keys of the "emulation-covenant" process: the model and the code meet here. */
public final class CovenantProcess {

  public static final String KEY = "emulation-covenant";

  // activities
  public static final String START = "covenantDrafted";
  public static final String OPEN_SIGNING = "openSigning";
  public static final String SIGN = "signCovenant";
  public static final String ISSUE = "issueCovenant";
  public static final String REVISE = "reviseCovenant";
  public static final String END_SIGNED = "covenantSigned";
  public static final String END_CANCELLED = "covenantCancelled";

  // set by the product when it starts the process
  public static final String VAR_COVENANT_ID = "covenantId";
  public static final String VAR_INITIATOR = "draftedBy";

  // routing, from the record, and what the forms show
  public static final String VAR_CLUSTER = "clusterCode";
  public static final String VAR_MEMBER_UNIT = "memberUnit";
  public static final String VAR_CLUSTER_NAME = "clusterName";
  public static final String VAR_YEAR = "emulationYear";
  public static final String VAR_TARGETS = "covenantTargets";
  public static final String VAR_OBJECTIONS = "objections";
  public static final String VAR_SIGN_BY = "signByDate";

  // decisions
  public static final String VAR_SIGN_OUTCOME = "signOutcome";
  public static final String VAR_REVISE_OUTCOME = "reviseOutcome";
  public static final String VAR_COMMENT = "comment";

  public static final String SIGN_YES = "sign";
  public static final String OBJECT = "object";
  public static final String RESUBMIT = "resubmit";
  public static final String CANCEL = "cancel";

  /** The variables each user task accepts: exactly its form's fields (engine.InputGuard enforces it). */
  public static final Map<String, Set<String>> TASK_INPUTS = Map.of(
      SIGN, Set.of(VAR_SIGN_OUTCOME, VAR_COMMENT),
      REVISE, Set.of(VAR_REVISE_OUTCOME, VAR_COMMENT));

  /** What a start carries: set by the product from the covenant page. */
  public static final Set<String> START_INPUTS = Set.of(VAR_COVENANT_ID, VAR_INITIATOR);

  private CovenantProcess() {
  }
}
