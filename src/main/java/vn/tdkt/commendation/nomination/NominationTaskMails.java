package vn.tdkt.commendation.nomination;

import static vn.tdkt.commendation.nomination.NominationProcess.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.notification.Notifier;
import vn.tdkt.commendation.notification.TaskMailDetails;

/** A nomination's task mail names the nominee and the award; the revision task says why it came back. */
@Component
class NominationTaskMails implements TaskMailDetails {

  @Override
  public String processKey() {
    return KEY;
  }

  @Override
  public Notifier.Kind describe(DelegateTask task, Map<String, Object> model) {
    model.put("nomineeName", task.getVariable(VAR_NOMINEE_NAME));
    model.put("awardLabel", task.getVariable(VAR_AWARD_LABEL));
    if (!REVISE.equals(task.getTaskDefinitionKey())) {
      return Notifier.Kind.NEW_TASK;
    }
    Object reason = task.getVariable(VAR_PREVIOUS_COMMENT);
    if (reason == null || reason.toString().isBlank()) {
      reason = task.getVariable(VAR_ELIGIBILITY_REASON);
    }
    model.put("reason", reason == null ? "" : reason.toString());
    return Notifier.Kind.RETURNED;
  }
}
