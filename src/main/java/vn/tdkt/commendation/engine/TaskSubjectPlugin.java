package vn.tdkt.commendation.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Names every user task after what it is about: "Thủ trưởng đơn vị ký trình — TDKT-2026-00012 · Nguyễn Thị Mai ·
 * Cục Thi hành án dân sự tỉnh", so that a list of tasks can be told apart in Tasklist, its filters and the mails.
 * Added to all user tasks when models are parsed (no model has to ask for it); what a task is about comes from
 * the {@link TaskSubjects} bean of its process. It runs after the model's own create listeners (they may set what
 * the subject reads) and before the other listeners added at parse time (the task mail reads the name).
 */
@Component
class TaskSubjectPlugin extends AbstractProcessEnginePlugin {

  /** Camunda's NAME_ columns of the runtime and history task tables. */
  static final int NAME_LIMIT = 255;
  static final String SEPARATOR = " — ";

  private final ObjectProvider<TaskSubjects> subjects;

  TaskSubjectPlugin(ObjectProvider<TaskSubjects> subjects) {
    this.subjects = subjects;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    TaskListener onCreate = this::created;
    // first among the parse listeners: its task listener comes before those the others add
    listeners.add(0, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private void created(DelegateTask task) {
    String processKey = ((ExecutionEntity) task.getExecution()).getProcessDefinition().getKey();
    subjects.orderedStream().filter(s -> s.processKey().equals(processKey)).findFirst().ifPresent(s -> {
      String subject = s.subject(task);
      if (subject != null && !subject.isBlank()) {
        task.setName(named(task.getName(), subject.strip()));
      }
      if (task.getDueDate() == null) {
        java.util.Date due = s.dueDate(task);
        if (due != null) {
          task.setDueDate(due);
        }
      }
    });
  }

  /** The model's name and the subject, cut to what the task tables hold. */
  static String named(String name, String subject) {
    String full = (name == null || name.isBlank() ? "" : name + SEPARATOR) + subject;
    return full.length() <= NAME_LIMIT ? full : full.substring(0, NAME_LIMIT - 1) + "…";
  }
}
