package vn.tdkt.commendation.revocation;

import java.util.Map;
import java.util.Set;

/** Keys of the "award-revocation" process: the model and the code meet here. */
public final class RevocationProcess {

  public static final String KEY = "award-revocation";

  // activities
  public static final String START = "revocationOpened";
  public static final String REGISTER = "registerRevocation";
  public static final String PROPOSE = "proposeRevocation";
  public static final String DECIDE = "decideRevocation";
  public static final String RECORD_NUMBER = "recordRevocationNumber";
  public static final String ISSUE = "issueRevocation";
  public static final String RECOVER = "recoverAward";
  public static final String END_REVOKED = "awardRevoked";
  public static final String END_DISMISSED = "revocationDismissed";
  public static final String END_REFUSED = "revocationRefused";

  // set by the product when it starts the process (nobody types them)
  public static final String VAR_REVOCATION_ID = "revocationId";
  public static final String VAR_INITIATOR = "openedBy";

  // shown on the task forms
  public static final String VAR_CASE_NUMBER = "caseNumber";
  public static final String VAR_NOMINEE_NAME = "nomineeName";
  public static final String VAR_AWARD_LABEL = "awardLabel";
  public static final String VAR_AWARD_DECISION = "awardDecision";
  public static final String VAR_GROUND = "groundText";
  public static final String VAR_EVIDENCE = "evidence";
  public static final String VAR_BONUS = "bonusAmount";
  public static final String VAR_REVOCATION_NUMBER = "revocationNumber";
  public static final String VAR_OUTSTANDING = "outstandingAmount";
  /** The revoked case's award type: who signs its revocation is who signs its decisions (tdkt.decision.signers). */
  public static final String VAR_AWARD_TYPE = "awardType";

  // decisions
  public static final String VAR_PROPOSE_OUTCOME = "proposeOutcome";
  public static final String VAR_DECIDE_OUTCOME = "decideOutcome";
  public static final String VAR_REGISTER_NUMBER = "registerNumber";
  public static final String VAR_REGISTER_DATE = "registerDate";
  public static final String VAR_CERTIFICATE_RECOVERED = "certificateRecovered";
  public static final String VAR_AMOUNT_RECOVERED = "amountRecovered";
  public static final String VAR_COMMENT = "comment";

  public static final String PROPOSE_YES = "propose";
  public static final String DISMISS = "dismiss";
  public static final String REVOKE = "revoke";
  public static final String REFUSE = "refuse";

  /** The variables each user task accepts: exactly its form's fields (engine.InputGuard enforces it). */
  public static final Map<String, Set<String>> TASK_INPUTS = Map.of(
      PROPOSE, Set.of(VAR_PROPOSE_OUTCOME, VAR_COMMENT),
      DECIDE, Set.of(VAR_DECIDE_OUTCOME, VAR_COMMENT),
      RECORD_NUMBER, Set.of(VAR_REGISTER_NUMBER, VAR_REGISTER_DATE),
      RECOVER, Set.of(VAR_CERTIFICATE_RECOVERED, VAR_AMOUNT_RECOVERED, VAR_COMMENT));

  /** What a start carries: set by the product from the case page, never typed (the process is not startable). */
  public static final Set<String> START_INPUTS = Set.of(VAR_REVOCATION_ID, VAR_INITIATOR);

  private RevocationProcess() {
  }
}
