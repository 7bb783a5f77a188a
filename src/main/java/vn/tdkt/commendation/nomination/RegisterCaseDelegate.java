package vn.tdkt.commendation.nomination;

import static vn.tdkt.commendation.nomination.NominationProcess.*;

import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;

import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.NominationData;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.organisation.Unit;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.security.CaseAuthorizations;

/**
 * First step of every nomination: checks the input, registers the case record with its number and
 * makes that number the business key. Runs in the start transaction, so a refusal leaves nothing behind.
 */
class RegisterCaseDelegate implements JavaDelegate {

  private final CaseService cases;
  private final OrganisationService organisation;
  private final CaseAuthorizations authorizations;
  private final Clock clock;
  private final ClusterRoundLinks roundLinks;
  private final NominationSettings settings;

  RegisterCaseDelegate(CaseService cases, OrganisationService organisation, CaseAuthorizations authorizations,
      Clock clock, ClusterRoundLinks roundLinks, NominationSettings settings) {
    this.settings = settings;
    this.cases = cases;
    this.organisation = organisation;
    this.authorizations = authorizations;
    this.clock = clock;
    this.roundLinks = roundLinks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // the first step after the start event: the variables here are exactly what the start was given
    // a cluster round's own start (no signed-in caller) also names the nominee row it vouches for
    Inputs.onlyKnown(execution.getVariableNames(), signedIn(execution) ? START_INPUTS : SYSTEM_START_INPUTS);
    NominationInput input = NominationInput.of(execution.getVariables());
    NominationData data = input.newNomination(clock);
    String initiator = initiator(execution);
    Long nomineeLink = roundNominee(execution);
    Unit unit;
    if (nomineeLink != null) {
      // started by a cluster round on its leader's behalf: the round's record vouches for unit and award
      unit = organisation.unit(input.unitCode())
          .orElseThrow(() -> Refusal.invalid(VAR_UNIT, "Không có đơn vị mã \"" + input.unitCode() + "\"."));
      roundLinks.check(nomineeLink, unit.getCode(), data.awardType(), initiator);
    } else {
      if (!settings.isSingleStarts()) {
        // new work arrives as proposals; the engine's start grant is withdrawn too (SingleNominationStarts)
        throw Refusal.forbidden(null, SingleNominationStarts.REFUSAL);
      }
      unit = organisation.proposingUnit(input.unitCode(), initiator, VAR_UNIT);
    }

    CommendationCase c = cases.register(data, unit.getCode(), unit.getClusterCode(), initiator);
    if (nomineeLink != null) {
      roundLinks.link(nomineeLink, c.getCaseNumber());
    }
    cases.linkProcess(c.getCaseNumber(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(c.getCaseNumber());
    authorizations.grantCaseRead(execution.getProcessInstanceId(), unit.getCode(), unit.getClusterCode());

    // the forms and gateways read these: store them clean and typed (most start variables already are)
    ChangedValues.set(execution, VAR_INITIATOR, initiator);
    ChangedValues.set(execution, VAR_CASE_NUMBER, c.getCaseNumber());
    ChangedValues.set(execution, VAR_UNIT_NAME, unit.getName());
    ChangedValues.set(execution, VAR_AWARD_LABEL, data.awardType().label());
    ChangedValues.set(execution, VAR_UNIT, unit.getCode());
    ChangedValues.set(execution, VAR_CLUSTER, unit.getClusterCode());
    ChangedValues.set(execution, VAR_AWARD, data.awardType().name());
    ChangedValues.set(execution, VAR_NOMINEE_KIND, data.nomineeKind().name());
    ChangedValues.set(execution, VAR_NOMINEE_NAME, data.nomineeName());
    ChangedValues.set(execution, VAR_NOMINEE_POSITION, data.nomineePosition());
    ChangedValues.set(execution, VAR_YEAR, data.emulationYear());
    ChangedValues.set(execution, VAR_SUMMARY, data.achievementSummary());
    ChangedValues.set(execution, VAR_GRASSROOTS_YEARS, data.consecutiveGrassrootsFighterYears());
    ChangedValues.set(execution, VAR_EXCELLENT_YEARS, data.consecutiveExcellentYears());
    ChangedValues.set(execution, VAR_INITIATIVES, data.recognisedInitiatives());
    ChangedValues.set(execution, VAR_UNDER_DISCIPLINE, data.underDiscipline());
  }

  /**
   * The signed-in caller. The engine writes the initiator variable before it applies the start
   * variables, so a REST client could overwrite it and nominate as someone else; only a start without
   * a signed-in user (the product's own calls) takes the variable.
   */
  private static String initiator(DelegateExecution execution) {
    Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (caller != null && caller.getUserId() != null) {
      return caller.getUserId();
    }
    return execution.getVariable(VAR_INITIATOR) instanceof String s ? s : null;
  }

  /**
   * The cluster round's nominee row, only for a start without a signed-in caller (the product's own
   * call): a REST client cannot claim to come from a round. The variable is removed either way.
   */
  private static boolean signedIn(DelegateExecution execution) {
    Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return caller != null && caller.getUserId() != null;
  }

  private static Long roundNominee(DelegateExecution execution) {
    Object value = execution.getVariable(VAR_ROUND_NOMINEE);
    execution.removeVariable(VAR_ROUND_NOMINEE);
    if (value == null || signedIn(execution)) {
      return null;
    }
    return value instanceof Number n ? n.longValue() : null;
  }
}
