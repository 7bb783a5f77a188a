package vn.tdkt.commendation.registration;

import java.util.Map;
import java.util.Set;

/** Keys of the "emulation-registration" process: the model and the code meet here. */
public final class RegistrationProcess {

  public static final String KEY = "emulation-registration";

  // activities
  public static final String START = "registrationSent";
  public static final String SUBMIT = "submitRegistration";
  public static final String REVIEW = "reviewRegistration";
  public static final String REVISE = "reviseRegistration";
  public static final String END_ACCEPTED = "registrationAccepted";
  public static final String END_WITHDRAWN = "registrationWithdrawn";

  // set by the product when it starts the process
  public static final String VAR_REGISTRATION_ID = "registrationId";
  public static final String VAR_INITIATOR = "sentBy";

  // routing (from the record, at the first step) and what the forms show
  public static final String VAR_UNIT = "unitCode";
  public static final String VAR_CLUSTER = "clusterCode";
  public static final String VAR_UNIT_NAME = "unitName";
  public static final String VAR_YEAR = "emulationYear";
  public static final String VAR_SUMMARY = "registrationSummary";
  public static final String VAR_LATE = "lateNote";
  public static final String VAR_REVIEW_COMMENT = "reviewComment";

  // decisions
  public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";
  public static final String VAR_REVISE_OUTCOME = "reviseOutcome";
  public static final String VAR_COMMENT = "comment";

  public static final String ACCEPT_YES = "accept";
  public static final String RETURN = "return";
  public static final String RESUBMIT = "resubmit";
  public static final String WITHDRAW = "withdraw";

  /** The variables each user task accepts: exactly its form's fields (engine.InputGuard enforces it). */
  public static final Map<String, Set<String>> TASK_INPUTS = Map.of(
      REVIEW, Set.of(VAR_REVIEW_OUTCOME, VAR_COMMENT),
      REVISE, Set.of(VAR_REVISE_OUTCOME, VAR_COMMENT));

  /** What a start carries: set by the product from the registration page. */
  public static final Set<String> START_INPUTS = Set.of(VAR_REGISTRATION_ID, VAR_INITIATOR);

  private RegistrationProcess() {
  }
}
