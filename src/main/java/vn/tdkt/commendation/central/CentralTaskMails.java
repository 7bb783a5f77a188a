package vn.tdkt.commendation.central;

import static vn.tdkt.commendation.central.CentralProcess.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.notification.Notifier;
import vn.tdkt.commendation.notification.TaskMailDetails;

/** A central proposal's task mail names the nominee. */
@Component
class CentralTaskMails implements TaskMailDetails {

  @Override
  public String processKey() {
    return KEY;
  }

  @Override
  public Notifier.Kind describe(DelegateTask task, Map<String, Object> model) {
    model.put("nomineeName", task.getVariable(VAR_NOMINEE_NAME));
    return Notifier.Kind.NEW_TASK;
  }
}
