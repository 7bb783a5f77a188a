package vn.tdkt.commendation.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every user task of every model tells its candidate groups (or its assignee) by e-mail that work has
 * arrived. Added to all user tasks when models are parsed, so no model can forget it; a task that
 * returns a dossier to the unit sends the "returned" text with the reason instead. What a mail says about
 * the case comes from the process's {@link TaskMailDetails}.
 */
@Component
class TaskMailPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<Notifier> notifier;
  private final ObjectProvider<TaskMailDetails> details;

  TaskMailPlugin(ObjectProvider<Notifier> notifier, ObjectProvider<TaskMailDetails> details) {
    this.notifier = notifier;
    this.details = details;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    TaskListener onCreate = this::created;
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private void created(DelegateTask task) {
    Set<String> groups = new LinkedHashSet<>();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    List<String> users = task.getAssignee() == null ? List.of() : List.of(task.getAssignee());
    ProcessDefinitionEntity process = ((ExecutionEntity) task.getExecution()).getProcessDefinition();
    Map<String, Object> model = new HashMap<>();
    model.put("taskName", task.getName());
    model.put("processName", process.getName());
    model.put("dueDate", Notifier.format(task.getDueDate()));
    Notifier.Kind kind = details.orderedStream().filter(d -> d.processKey().equals(process.getKey())).findFirst()
        .map(d -> d.describe(task, model)).orElse(Notifier.Kind.NEW_TASK);
    notifier.getObject().notify(kind, task.getExecution().getProcessBusinessKey(), groups, users, model);
  }
}
