package vn.tdkt.commendation.nomination;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.notification.Notifier;
import vn.tdkt.commendation.notification.TaskMailDetails;

/** A nominee's case mails like a nomination's: the nominee and the award. */
@Component
class CaseTaskMails implements TaskMailDetails {

  private final NominationTaskMails nomination = new NominationTaskMails();

  @Override
  public String processKey() {
    return CaseProcess.KEY;
  }

  @Override
  public Notifier.Kind describe(DelegateTask task, Map<String, Object> model) {
    return nomination.describe(task, model);
  }
}
