package vn.tdkt.commendation.proposal;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Keys of the "commendation-proposal" process: the model and the code meet here. */
public final class ProposalProcess {

  public static final String KEY = "commendation-proposal";

  // activities
  public static final String START = "proposalSubmitted";
  public static final String NUMBER = "numberProposal";
  public static final String ASSESS = "assessNominees";
  public static final String ENDORSE = "endorseProposal";
  public static final String REVIEW_IN_CLUSTER = "reviewProposalInCluster";
  public static final String RECEIVE = "receiveProposal";
  public static final String COMPLETE = "completeProposal";
  public static final String CAMPAIGN_DEADLINE = "campaignDeadline";
  public static final String APPRAISE = "appraiseProposal";
  public static final String APPRAISAL_REMINDER = "proposalAppraisalReminder";
  public static final String APPRAISAL_OVERDUE = "proposalAppraisalOverdue";
  public static final String REMIND = "remindProposalAppraisal";
  public static final String ESCALATE = "escalateProposalAppraisal";
  public static final String NOMINEE_CASES = "nomineeCases";
  public static final String END_CLOSED = "proposalClosed";
  public static final String END_WITHDRAWN = "proposalWithdrawn";

  // start variables
  public static final String VAR_INITIATOR = "nominatorId";
  public static final String VAR_KIND = "commendationKind";
  public static final String VAR_UNIT = "unitCode";
  public static final String VAR_YEAR = "emulationYear";
  public static final String VAR_SUBMISSION_NUMBER = "submissionNumber";
  public static final String VAR_SUBMISSION_DATE = "submissionDate";
  public static final String VAR_SIGNER = "signerName";
  public static final String VAR_CAMPAIGN = "campaignId";
  /** The nominee rows: a list of objects (Tasklist's dynamic list sends JSON; the Excel import a transient list). */
  public static final String VAR_NOMINEES = "nominees";
  /** Only on a start by a cluster round (no signed-in caller): a transient link the round vouches for. */
  public static final String VAR_ROUND_SOURCE = "clusterRoundSource";

  // shown on the forms, written by the steps
  public static final String VAR_PROPOSAL_NUMBER = "proposalNumber";
  public static final String VAR_CLUSTER = "clusterCode";
  public static final String VAR_UNIT_NAME = "unitName";
  public static final String VAR_KIND_LABEL = "kindLabel";
  public static final String VAR_SUBMISSION = "submissionLabel";
  public static final String VAR_NOMINEE_TABLE = "nomineeTable";
  public static final String VAR_NOMINEE_OPTIONS = "nomineeOptions";
  public static final String VAR_MISSING_ITEMS = "missingItems";
  public static final String VAR_PREVIOUS_COMMENT = "previousComment";
  // deadlines (the task's due date and the timers read them)
  public static final String VAR_RECEPTION_DUE = "receptionDueDate";
  public static final String VAR_APPRAISAL_DUE = "proposalAppraisalDueDate";
  public static final String VAR_APPRAISAL_REMINDER = "proposalAppraisalReminderDate";
  /** The multi-instance element: the case number each "commendation-case" instance is opened for. */
  public static final String VAR_CASE_NUMBER = "caseNumber";

  // decisions
  public static final String VAR_COMMENT = "comment";
  public static final String VAR_ENDORSEMENT_OUTCOME = "endorsementOutcome";
  /*
   * Per-nominee decisions are lists of case numbers (a form's checklist) with the reason they share: Tasklist 7.24
   * cannot complete a form once a field inside a form-js dynamic list was edited (its error map keeps an empty entry
   * per list field), so the forms have no per-row lists. Every nominee not named goes on.
   */
  /** The nominees the head strikes, and why. */
  public static final String VAR_STRUCK = "struckCases";
  public static final String VAR_STRIKE_REASON = "strikeReason";
  /** The nominees the cluster does not propose, and why; the cluster's secret-ballot tally for a flag. */
  public static final String VAR_CLUSTER_REFUSED = "clusterRefusedCases";
  public static final String VAR_CLUSTER_REFUSAL_REASON = "clusterRefusalReason";
  public static final String VAR_CLUSTER_VOTES_FOR = "clusterVotesFor";
  public static final String VAR_CLUSTER_VOTES_TOTAL = "clusterVotesTotal";
  public static final String VAR_RECEPTION_OUTCOME = "receptionOutcome";
  public static final String VAR_COMPLETION_OUTCOME = "completionOutcome";
  /** The Board's appraisal: the nominees it excludes (with the reason), those that must send more (with what). */
  public static final String VAR_EXCLUDED = "excludedCases";
  public static final String VAR_EXCLUSION_REASON = "exclusionReason";
  public static final String VAR_SUPPLEMENTED = "supplementCases";
  public static final String VAR_SUPPLEMENT_NOTE = "supplementNote";

  // outcome values
  public static final String APPROVE = "approve";
  public static final String REJECT = "reject";
  public static final String COMPLETE_DOSSIER = "complete";
  public static final String INCOMPLETE = "incomplete";
  public static final String RESUBMIT = "resubmit";
  public static final String WITHDRAW = "withdraw";
  public static final String EXCLUDE = "exclude";
  public static final String SUPPLEMENT = "supplement";

  /** The fields of one nominee, as a row of {@link #VAR_NOMINEES} or, for a one-nominee start form, at the top. */
  public static final Set<String> NOMINEE_FIELDS = Set.of("nomineeName", "nomineeKind", "nomineePosition", "awardType",
      "achievementSummary", "consecutiveGrassrootsFighterYears", "consecutiveExcellentYears", "recognisedInitiatives",
      "underDiscipline", "achievementDate", "allMembersCompleteTasks", "advancedWorkerShare", "grassrootsFighterCount",
      "memberWarnedOrWorse");

  /**
   * The Tasklist start form: the tờ trình and one nominee (a list comes from the Excel import, or as
   * {@link #VAR_NOMINEES} from a REST client); not the campaign (a thematic proposal comes from /proposals).
   */
  public static final Set<String> START_FORM_INPUTS = Stream.concat(Stream.of(VAR_KIND, VAR_UNIT,
      VAR_YEAR, VAR_SUBMISSION_NUMBER, VAR_SUBMISSION_DATE, VAR_SIGNER), NOMINEE_FIELDS.stream())
      .collect(Collectors.toUnmodifiableSet());

  /** What a proposal may be started with (the initiator is always the caller). */
  public static final Set<String> START_INPUTS = Stream.concat(START_FORM_INPUTS.stream(),
      Stream.of(VAR_CAMPAIGN, VAR_NOMINEES, VAR_INITIATOR)).collect(Collectors.toUnmodifiableSet());

  /** A start by the product itself (a cluster round, nobody signed in) also carries the round's link. */
  public static final Set<String> SYSTEM_START_INPUTS = Stream.concat(START_INPUTS.stream(),
      Stream.of(VAR_ROUND_SOURCE)).collect(Collectors.toUnmodifiableSet());

  /** The variables each user task accepts: the fields of its form. */
  public static final Map<String, Set<String>> TASK_INPUTS = Map.of(
      ENDORSE, Set.of(VAR_ENDORSEMENT_OUTCOME, VAR_STRUCK, VAR_STRIKE_REASON, VAR_COMMENT),
      REVIEW_IN_CLUSTER, Set.of(VAR_CLUSTER_REFUSED, VAR_CLUSTER_REFUSAL_REASON, VAR_CLUSTER_VOTES_FOR,
          VAR_CLUSTER_VOTES_TOTAL, VAR_COMMENT),
      RECEIVE, Set.of(VAR_RECEPTION_OUTCOME, VAR_MISSING_ITEMS, VAR_COMMENT),
      COMPLETE, Set.of(VAR_COMPLETION_OUTCOME, VAR_COMMENT),
      APPRAISE, Set.of(VAR_EXCLUDED, VAR_EXCLUSION_REASON, VAR_SUPPLEMENTED, VAR_SUPPLEMENT_NOTE, VAR_COMMENT));

  private ProposalProcess() {
  }
}
