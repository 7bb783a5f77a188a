package vn.tdkt.commendation.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/** The user-task rules every process of the product published ({@link ProcessTasks}), by process key. */
@Component
class TaskRules {

  private final Map<String, ProcessTasks> byKey = new HashMap<>();

  TaskRules(List<ProcessTasks> processes) {
    for (ProcessTasks p : processes) {
      if (byKey.put(p.processKey(), p) != null) {
        throw new IllegalStateException("Two beans publish the tasks of process " + p.processKey());
      }
    }
  }

  /** The variable names the task accepts, or null when the task is not one of ours (or does not exist). */
  Set<String> inputsOf(TaskEntity task) {
    ProcessTasks process = processOf(task);
    return process == null ? null : process.inputs().get(task.getTaskDefinitionKey());
  }

  boolean isBallot(TaskEntity task) {
    ProcessTasks process = processOf(task);
    return process != null && process.ballots().contains(task.getTaskDefinitionKey());
  }

  private ProcessTasks processOf(TaskEntity task) {
    if (task == null || task.getProcessDefinitionId() == null) {
      return null;
    }
    ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(task.getProcessDefinitionId());
    return byKey.get(definition.getKey());
  }
}
