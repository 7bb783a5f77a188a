package vn.tdkt.commendation.proposal;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.notification.Notifier;
import vn.tdkt.commendation.notification.TaskMailDetails;

/** A proposal's task mail names the unit and the kind; the unit's completion task says what is missing. */
@Component
class ProposalTaskMails implements TaskMailDetails {

  @Override
  public String processKey() {
    return ProposalProcess.KEY;
  }

  @Override
  public Notifier.Kind describe(DelegateTask task, Map<String, Object> model) {
    model.put("nomineeName", "Tờ trình " + task.getVariable(ProposalProcess.VAR_PROPOSAL_NUMBER) + " của "
        + task.getVariable(ProposalProcess.VAR_UNIT_NAME));
    model.put("awardLabel", task.getVariable(ProposalProcess.VAR_KIND_LABEL));
    if (!ProposalProcess.COMPLETE.equals(task.getTaskDefinitionKey())) {
      return Notifier.Kind.NEW_TASK;
    }
    Object missing = task.getVariable(ProposalProcess.VAR_MISSING_ITEMS);
    model.put("reason", missing == null ? "" : missing.toString());
    return Notifier.Kind.RETURNED;
  }
}
