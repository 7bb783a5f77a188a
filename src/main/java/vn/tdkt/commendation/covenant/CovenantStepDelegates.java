package vn.tdkt.commendation.covenant;

import static vn.tdkt.commendation.covenant.CovenantProcess.*;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.engine.TaskLoop;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.problem.Refusal;

/**
 * The steps of "emulation-covenant": the bean an element calls is named after the element's id
 * ({@code openSigning} → {@code openSigningDelegate}, {@code signCovenant} → {@code signCovenantListener}).
 */
@Configuration(proxyBeanMethods = false)
class CovenantStepDelegates {

  /** A signing round opens: the record says which cluster (nothing a caller chose) and what the forms show. */
  @Bean
  JavaDelegate openSigningDelegate(CovenantService covenants, OrganisationService organisation) {
    return execution -> {
      if (execution.getVariable(VAR_CLUSTER) == null) {
        // the first round, right after the start event: exactly what the product started it with
        Inputs.onlyKnown(execution.getVariableNames(), START_INPUTS);
      }
      Covenant c = covenants.openSigning(((Number) execution.getVariable(VAR_COVENANT_ID)).longValue(),
          execution.getProcessInstanceId());
      execution.setVariable(VAR_CLUSTER, c.getClusterCode());
      execution.setVariable(VAR_CLUSTER_NAME, organisation.clusterName(c.getClusterCode()));
      execution.setVariable(VAR_YEAR, c.getEmulationYear());
      execution.setVariable(VAR_TARGETS, c.getTargets().stream()
          .map(t -> t.getOrdinal() + ". " + t.getName() + " (" + t.getMaxPoints() + " điểm)")
          .collect(Collectors.joining("; ")));
      execution.setVariable(VAR_SIGN_BY, covenants.signBy(c));
    };
  }

  /** A member unit's head signs, or objects with the reason; the answer is the record's, not a variable's. */
  @Bean
  TaskListener signCovenantListener(CovenantService covenants, SystemAction system) {
    return task -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        return;
      }
      String outcome = Inputs.choice(task.getVariable(VAR_SIGN_OUTCOME), VAR_SIGN_OUTCOME, List.of(SIGN_YES, OBJECT),
          "Chọn \"sign\" (ký giao ước) hoặc \"object\" (có ý kiến, chưa ký).");
      String comment = comment(task);
      if (OBJECT.equals(outcome) && comment == null) {
        throw Refusal.invalid(VAR_COMMENT, "Cần ghi rõ ý kiến về chỉ tiêu của giao ước.");
      }
      covenants.answer(task.getProcessInstanceId(), (String) task.getVariable(VAR_MEMBER_UNIT), SIGN_YES.equals(outcome),
          comment, system.actor(task.getAssignee()));
      // the units sign side by side: no unit's answer stays on the instance for another to see or inherit
      task.getExecution().getProcessInstance().removeVariables(List.of(VAR_SIGN_OUTCOME, VAR_COMMENT));
    };
  }

  /** Every head signed: the covenant is issued and its targets are the year's criteria. */
  @Bean
  JavaDelegate issueCovenantDelegate(CovenantService covenants) {
    return execution -> covenants.issue(execution.getProcessInstanceId());
  }

  /** Someone objected: the leaders revise the targets on the covenant page and send it round again, or cancel it. */
  @Bean
  TaskListener reviseCovenantListener(CovenantService covenants) {
    return task -> {
      if (TaskLoop.clearedOnCreate(task, VAR_REVISE_OUTCOME, VAR_COMMENT)) {
        covenants.toRevise(task.getProcessInstanceId());
        task.getExecution().setVariable(VAR_OBJECTIONS, covenants.objections(covenants.byProcess(task.getProcessInstanceId())));
        return;
      }
      String outcome = Inputs.choice(task.getVariable(VAR_REVISE_OUTCOME), VAR_REVISE_OUTCOME, List.of(RESUBMIT, CANCEL),
          "Chọn \"resubmit\" (trình ký lại) hoặc \"cancel\" (hủy giao ước).");
      covenants.revised(task.getProcessInstanceId(), RESUBMIT.equals(outcome), comment(task));
    };
  }

  private static String comment(DelegateTask task) {
    return Inputs.text(task.getVariable(VAR_COMMENT), VAR_COMMENT, "ý kiến", CovenantService.COMMENT_MAX, false);
  }

  static long id(DelegateExecution execution) {
    return ((Number) execution.getVariable(VAR_COVENANT_ID)).longValue();
  }
}
