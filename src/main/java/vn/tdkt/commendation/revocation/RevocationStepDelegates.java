package vn.tdkt.commendation.revocation;

import static vn.tdkt.commendation.revocation.RevocationProcess.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.engine.TaskLoop;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.problem.Refusal;

/**
 * The steps of "award-revocation": the bean an element calls is named after the element's id
 * ({@code issueRevocation} → {@code issueRevocationDelegate}, the user task {@code decideRevocation} →
 * {@code decideRevocationListener}).
 */
@Configuration(proxyBeanMethods = false)
class RevocationStepDelegates {

  /** Links the record to its process and puts on the instance what the task forms show. */
  @Bean
  JavaDelegate registerRevocationDelegate(RevocationService revocations, CaseService cases) {
    return execution -> {
      // the first step after the start event: exactly what the product started it with
      Inputs.onlyKnown(execution.getVariableNames(), START_INPUTS);
      long id = revocationId(execution);
      revocations.linkProcess(id, execution.getProcessInstanceId());
      Revocation r = revocations.get(id);
      CommendationCase c = cases.get(r.getCaseNumber());
      execution.setVariable(VAR_CASE_NUMBER, r.getCaseNumber());
      execution.setVariable(VAR_NOMINEE_NAME, c.getNomineeName());
      execution.setVariable(VAR_AWARD_LABEL, c.getAwardType().label());
      execution.setVariable(VAR_AWARD_DECISION, c.getDecisionNumber());
      execution.setVariable(VAR_GROUND, r.getGround().citation());
      execution.setVariable(VAR_EVIDENCE, r.getEvidence());
      execution.setVariable(VAR_BONUS, r.getBonusAmount());
      execution.setVariable(VAR_AWARD_TYPE, c.getAwardType().name());
    };
  }

  /** The Board head proposes the revocation to the Chairman or dismisses it (with the reason). */
  @Bean
  TaskListener proposeRevocationListener(RevocationService revocations, SystemAction system) {
    return task -> {
      if (TaskLoop.clearedOnCreate(task, VAR_PROPOSE_OUTCOME, VAR_COMMENT)) {
        return;
      }
      String outcome = Inputs.choice(task.getVariable(VAR_PROPOSE_OUTCOME), VAR_PROPOSE_OUTCOME,
          List.of(PROPOSE_YES, DISMISS), "Chọn \"propose\" (trình Chủ tịch hủy bỏ) hoặc \"dismiss\" (không đề nghị).");
      String comment = comment(task);
      if (DISMISS.equals(outcome) && comment == null) {
        throw Refusal.invalid(VAR_COMMENT, "Cần ghi rõ lý do không đề nghị hủy bỏ.");
      }
      revocations.proposed(revocationId(task.getExecution()), PROPOSE_YES.equals(outcome), comment,
          system.actor(task.getAssignee()));
    };
  }

  /** Whoever signs the award's decisions (the Chairman, or a Vice-Chairman for the Chairman) revokes or refuses. */
  @Bean
  TaskListener decideRevocationListener(RevocationService revocations, SystemAction system) {
    return task -> {
      if (TaskLoop.clearedOnCreate(task, VAR_DECIDE_OUTCOME, VAR_COMMENT)) {
        return;
      }
      String outcome = Inputs.choice(task.getVariable(VAR_DECIDE_OUTCOME), VAR_DECIDE_OUTCOME,
          List.of(REVOKE, REFUSE), "Chọn \"revoke\" (ký quyết định hủy bỏ) hoặc \"refuse\" (không hủy bỏ).");
      String comment = comment(task);
      if (REFUSE.equals(outcome) && comment == null) {
        throw Refusal.invalid(VAR_COMMENT, "Cần ghi rõ lý do không hủy bỏ khen thưởng.");
      }
      revocations.decided(revocationId(task.getExecution()), REVOKE.equals(outcome), comment,
          system.actor(task.getAssignee()));
    };
  }

  /** The UBND office's clerk numbers the signed decision from the register (tdkt.decision.numbering: register). */
  @Bean
  TaskListener recordRevocationNumberListener(RevocationService revocations, SystemAction system) {
    return task -> {
      if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        revocations.numbered(revocationId(task.getExecution()), task.getVariable(VAR_REGISTER_NUMBER),
            task.getVariable(VAR_REGISTER_DATE), system.actor(task.getAssignee()));
        task.removeVariables(List.of(VAR_REGISTER_NUMBER, VAR_REGISTER_DATE));
      }
    };
  }

  /** The decision takes effect everywhere and is written as a document. */
  @Bean
  JavaDelegate issueRevocationDelegate(RevocationService revocations) {
    return execution -> {
      long id = revocationId(execution);
      revocations.issue(id);
      Revocation r = revocations.get(id);
      execution.setVariable(VAR_REVOCATION_NUMBER, r.getDecisionNumber());
      execution.setVariable(VAR_OUTSTANDING, r.outstanding());
    };
  }

  /** Each time something comes back: the certificate, some money; the task comes again until all is back. */
  @Bean
  TaskListener recoverAwardListener(RevocationService revocations, SystemAction system) {
    return task -> {
      long id = revocationId(task.getExecution());
      if (TaskLoop.clearedOnCreate(task, VAR_CERTIFICATE_RECOVERED, VAR_AMOUNT_RECOVERED, VAR_COMMENT)) {
        task.getExecution().setVariable(VAR_OUTSTANDING, revocations.get(id).outstanding());
        return;
      }
      boolean certificate = Inputs.yesNo(task.getVariable(VAR_CERTIFICATE_RECOVERED), VAR_CERTIFICATE_RECOVERED,
          "đã thu hồi hiện vật");
      revocations.recovery(id, certificate, task.getVariable(VAR_AMOUNT_RECOVERED), comment(task),
          system.actor(task.getAssignee()));
    };
  }


  private static String comment(DelegateTask task) {
    return Inputs.text(task.getVariable(VAR_COMMENT), VAR_COMMENT, "ý kiến", RevocationService.COMMENT_MAX, false);
  }

  private static long revocationId(DelegateExecution execution) {
    return ((Number) execution.getVariable(VAR_REVOCATION_ID)).longValue();
  }
}
