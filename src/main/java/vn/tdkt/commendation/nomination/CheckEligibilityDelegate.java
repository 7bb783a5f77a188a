package vn.tdkt.commendation.nomination;

import static vn.tdkt.commendation.nomination.NominationProcess.*;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;

import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CaseStage;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.registration.RecordedFacts;

/**
 * Evaluates the DMN table "award-eligibility" over the case record (the source of truth, also after a
 * revision) and hands the gateway a boolean and the reason to show the nominator.
 */
class CheckEligibilityDelegate implements JavaDelegate {

  static final String DECISION_KEY = "award-eligibility";

  private final CaseService cases;
  private final DecisionService decisions;
  private final SystemAction system;
  private final RecordedFacts recorded;

  CheckEligibilityDelegate(CaseService cases, DecisionService decisions, SystemAction system, RecordedFacts recorded) {
    this.cases = cases;
    this.recorded = recorded;
    this.decisions = decisions;
    this.system = system;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    cases.moveTo(caseNumber, CaseStage.ELIGIBILITY, null);
    CommendationCase c = cases.get(caseNumber);
    // the registry wins over the declaration where it holds records (issue 14)
    RecordedFacts.Checked facts = recorded.of(c);
    DmnDecisionResultEntries result = system.call(() -> decisions.evaluateDecisionByKey(DECISION_KEY)
        .variables(Variables.createVariables()
            .putValue(VAR_AWARD, c.getAwardType().name())
            .putValue(VAR_NOMINEE_KIND, c.getNomineeKind().name())
            .putValue(VAR_GRASSROOTS_YEARS, facts.counts().grassrootsFighterYears())
            .putValue(VAR_EXCELLENT_YEARS, facts.counts().excellentYears())
            .putValue(VAR_INITIATIVES, facts.counts().initiatives())
            .putValue(VAR_UNDER_DISCIPLINE, c.isUnderDiscipline()))
        .evaluate()
        .getSingleResult());
    // "no registration, no title" may refuse; the registry's differences go into the reason
    RecordedFacts.Verdict verdict = facts.apply(Boolean.TRUE.equals(result.getEntry("eligible")),
        result.getEntry("reason"), 2000);
    boolean eligible = verdict.eligible();
    String reason = verdict.reason();
    recorded.hold(caseNumber, facts, eligible);
    execution.setVariable(VAR_SAME_YEAR_AWARDS,
        facts.sameYearAwards().isEmpty() ? null : String.join("; ", facts.sameYearAwards()));
    execution.setVariable(VAR_ELIGIBLE, eligible);
    execution.setVariable(VAR_ELIGIBILITY_REASON, reason);
    cases.record(caseNumber, "system", eligible ? "eligible" : "notEligible", reason);
  }
}
