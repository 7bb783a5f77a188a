package vn.tdkt.commendation.registration;

import static vn.tdkt.commendation.registration.RegistrationProcess.*;

import java.util.List;

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
 * The steps of "emulation-registration": the bean an element calls is named after the element's id
 * ({@code submitRegistration} → {@code submitRegistrationDelegate}, {@code reviewRegistration} →
 * {@code reviewRegistrationListener}).
 */
@Configuration(proxyBeanMethods = false)
class RegistrationStepDelegates {

  /** Marks the registration sent (late after the deadline) and sets who reviews it, from the record. */
  @Bean
  JavaDelegate submitRegistrationDelegate(RegistrationService registrations, OrganisationService organisation) {
    return execution -> {
      if (execution.getVariable(VAR_UNIT) == null) {
        // the first pass, right after the start event: exactly what the product started it with
        Inputs.onlyKnown(execution.getVariableNames(), START_INPUTS);
      }
      Registration r = registrations.submitted(id(execution), execution.getProcessInstanceId(),
          (String) execution.getVariable(VAR_INITIATOR));
      execution.setVariable(VAR_UNIT, r.getUnitCode());
      execution.setVariable(VAR_CLUSTER, r.getClusterCode());
      execution.setVariable(VAR_UNIT_NAME, organisation.unitName(r.getUnitCode()));
      execution.setVariable(VAR_YEAR, r.getEmulationYear());
      execution.setVariable(VAR_SUMMARY, RegistrationService.summary(r));
      execution.setVariable(VAR_LATE, r.isLate() ? "Gửi sau hạn đăng ký " + registrations.deadline(r.getEmulationYear()) : "");
    };
  }

  /** The cluster's leader accepts or returns the registration (a return needs the reason). */
  @Bean
  TaskListener reviewRegistrationListener(RegistrationService registrations, SystemAction system) {
    return task -> {
      if (TaskLoop.clearedOnCreate(task, VAR_REVIEW_OUTCOME, VAR_COMMENT)) {
        return;
      }
      String outcome = Inputs.choice(task.getVariable(VAR_REVIEW_OUTCOME), VAR_REVIEW_OUTCOME,
          List.of(ACCEPT_YES, RETURN), "Chọn \"accept\" (chấp nhận) hoặc \"return\" (trả lại để sửa).");
      String comment = comment(task);
      if (RETURN.equals(outcome) && comment == null) {
        throw Refusal.invalid(VAR_COMMENT, "Cần ghi rõ đơn vị phải sửa gì.");
      }
      registrations.reviewed(id(task.getExecution()), ACCEPT_YES.equals(outcome), system.actor(task.getAssignee()),
          comment);
      task.getExecution().setVariable(VAR_REVIEW_COMMENT, comment == null ? "" : comment);
    };
  }

  /** The unit sends it again after correcting it on the registration page, or withdraws it. */
  @Bean
  TaskListener reviseRegistrationListener(RegistrationService registrations) {
    return task -> {
      if (TaskLoop.clearedOnCreate(task, VAR_REVISE_OUTCOME, VAR_COMMENT)) {
        return;
      }
      String outcome = Inputs.choice(task.getVariable(VAR_REVISE_OUTCOME), VAR_REVISE_OUTCOME,
          List.of(RESUBMIT, WITHDRAW), "Chọn \"resubmit\" (gửi lại) hoặc \"withdraw\" (rút bản đăng ký).");
      comment(task);
      if (WITHDRAW.equals(outcome)) {
        registrations.withdrawn(id(task.getExecution()));
      }
    };
  }


  private static String comment(DelegateTask task) {
    return Inputs.text(task.getVariable(VAR_COMMENT), VAR_COMMENT, "ý kiến", RegistrationService.COMMENT_MAX, false);
  }

  private static long id(DelegateExecution execution) {
    return ((Number) execution.getVariable(VAR_REGISTRATION_ID)).longValue();
  }
}
