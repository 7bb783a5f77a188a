package vn.tdkt.commendation.nomination;

import static vn.tdkt.commendation.nomination.NominationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.security.CaseAuthorizations;

/**
 * The steps of "commendation-case" that are its own ({@code openCase} → {@code openCaseDelegate},
 * {@code awaitDecision} → {@code awaitDecisionListener}); its other elements have the ids of the single-nominee
 * process's and call the beans of {@link NominationStepDelegates}.
 */
@Configuration(proxyBeanMethods = false)
class CaseStepDelegates {

  /**
   * The nominee's case takes over from its proposal: the record now points at this instance (the Council and the
   * public page find the case's process there), the unit and cluster may read it, and the forms and gateways get
   * the case's facts and the Board's appraisal of this nominee, read from the record. Only the call activity of
   * the proposal the case belongs to may open it.
   */
  @Bean
  JavaDelegate openCaseDelegate(CaseService cases, OrganisationService organisation,
      CaseAuthorizations authorizations) {
    return execution -> {
      String caseNumber = execution.getProcessBusinessKey();
      DelegateExecution caller = execution.getSuperExecution();
      CommendationCase c = caseNumber == null ? null : cases.find(caseNumber).orElse(null);
      if (caller == null || c == null || c.getProposalNumber() == null
          || !c.getProposalNumber().equals(caller.getProcessBusinessKey()) || c.getStatus().isFinal()
          || c.getAppraisalDecision() == null) {
        throw Refusal.forbidden(null, "Hồ sơ của một đối tượng chỉ được mở từ tờ trình đã thẩm định của hồ sơ đó.");
      }
      cases.linkProcess(caseNumber, execution.getProcessInstanceId());
      authorizations.grantCaseRead(execution.getProcessInstanceId(), c.getUnitCode(), c.getClusterCode());
      write(execution, c, organisation.unitName(c.getUnitCode()));
      String note = c.getAppraisalNote() == null ? "" : c.getAppraisalNote();
      execution.setVariable(VAR_PREVIOUS_COMMENT, note);
      switch (c.getAppraisalDecision()) {
        case APPROVED -> execution.setVariable(VAR_APPRAISAL_OUTCOME, APPROVE);
        case SUPPLEMENT -> execution.setVariable(VAR_APPRAISAL_OUTCOME, SUPPLEMENT_REQUEST);
        case EXCLUDED -> {
          execution.setVariable(VAR_APPRAISAL_OUTCOME, REJECT);
          execution.setVariable(VAR_CLOSING_REASON, Variables.stringValue(
              "Ban Thi đua – Khen thưởng không đề nghị: " + note, true));
        }
      }
    };
  }

  /** An award the Council does not vote on: the case waits for the Chairman's decision list. */
  @Bean
  ExecutionListener awaitDecisionListener(CaseService cases) {
    return execution -> cases.awaitDecision(execution.getProcessBusinessKey());
  }

  /** The facts the forms show and the gateways and task rules read, from the record. */
  static void write(DelegateExecution execution, CommendationCase c, String unitName) {
    execution.setVariable(CaseProcess.VAR_PROPOSAL_NUMBER, c.getProposalNumber());
    execution.setVariable(VAR_CASE_NUMBER, c.getCaseNumber());
    execution.setVariable(VAR_UNIT, c.getUnitCode());
    execution.setVariable(VAR_UNIT_NAME, unitName);
    execution.setVariable(VAR_CLUSTER, c.getClusterCode());
    execution.setVariable(VAR_AWARD, c.getAwardType().name());
    execution.setVariable(VAR_AWARD_LABEL, c.getAwardType().label());
    execution.setVariable(VAR_NOMINEE_KIND, c.getNomineeKind().name());
    execution.setVariable(VAR_NOMINEE_NAME, c.getNomineeName());
    execution.setVariable(VAR_NOMINEE_POSITION, c.getNomineePosition());
    execution.setVariable(VAR_YEAR, c.getEmulationYear());
    execution.setVariable(VAR_SUMMARY, c.getAchievementSummary());
    execution.setVariable(VAR_GRASSROOTS_YEARS, c.getConsecutiveGrassrootsFighterYears());
    execution.setVariable(VAR_EXCELLENT_YEARS, c.getConsecutiveExcellentYears());
    execution.setVariable(VAR_INITIATIVES, c.getRecognisedInitiatives());
    execution.setVariable(VAR_UNDER_DISCIPLINE, c.isUnderDiscipline());
  }
}
