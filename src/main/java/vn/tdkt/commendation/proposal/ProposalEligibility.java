package vn.tdkt.commendation.proposal;

import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CollectiveFigures;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.registration.RecordedFacts;

/**
 * The DMN table "nominee-eligibility" over each open nominee of a proposal, from the case records: its answer
 * is kept on each record (and its history) and shown beside the nominee to the unit head and the Board. It does
 * not decide: the head strikes, the Board excludes.
 */
@Component
class ProposalEligibility {

  static final String DECISION_KEY = "nominee-eligibility";

  private final CaseService cases;
  private final DecisionService decisions;
  private final SystemAction system;
  private final ProposalSettings settings;
  private final RecordedFacts recorded;

  ProposalEligibility(CaseService cases, DecisionService decisions, SystemAction system, ProposalSettings settings,
      RecordedFacts recorded) {
    this.recorded = recorded;
    this.cases = cases;
    this.decisions = decisions;
    this.system = system;
    this.settings = settings;
  }

  void assess(List<CommendationCase> nominees) {
    for (CommendationCase c : nominees) {
      if (c.getStatus().isFinal()) {
        continue;
      }
      CollectiveFigures f = c.getCollectiveFigures();
      // the awards registry wins over the declaration where it holds records (issue 14)
      RecordedFacts.Checked facts = recorded.of(c);
      DmnDecisionResultEntries result = system.call(() -> decisions.evaluateDecisionByKey(DECISION_KEY)
          .variables(Variables.createVariables()
              .putValue("awardType", c.getAwardType().name())
              .putValue("nomineeKind", c.getNomineeKind().name())
              .putValue("commendationKind", c.getCommendationKind().name())
              .putValue("underDiscipline", c.isUnderDiscipline())
              .putValue("consecutiveGrassrootsFighterYears", facts.counts().grassrootsFighterYears())
              .putValue("consecutiveExcellentYears", facts.counts().excellentYears())
              .putValue("recognisedInitiatives", facts.counts().initiatives())
              .putValue("clusterVoted", c.isClusterVoted())
              .putValue("allMembersCompleteTasks", f.allMembersCompleteTasks())
              .putValue("advancedWorkerShare", f.advancedWorkerShare())
              .putValue("grassrootsFighterCount", f.grassrootsFighterCount())
              .putValue("memberWarnedOrWorse", f.memberWarnedOrWorse())
              .putValue("warningBlocksExcellentCollective", settings.isExcellentCollectiveNeedsNoWarning()))
          .evaluate()
          .getSingleResult());
      RecordedFacts.Verdict verdict = facts.apply(Boolean.TRUE.equals(result.getEntry("eligible")),
          result.getEntry("reason"), 500); // case_record.eligibility_reason
      recorded.hold(c.getCaseNumber(), facts, verdict.eligible());
      cases.assess(c.getCaseNumber(), verdict.eligible(), verdict.reason());
    }
  }
}
