package vn.tdkt.commendation.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * For the listener of a user task a process can come back to (returned, objected, sent again): on the task's
 * creation the answers of the previous round are removed, so that a form never opens with the last round's choice.
 */
public final class TaskLoop {

  private TaskLoop() {
  }

  /** True when the event is the task's creation, after removing the named variables from its execution. */
  public static boolean clearedOnCreate(DelegateTask task, String... variables) {
    if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      return false;
    }
    for (String variable : variables) {
      task.getExecution().removeVariable(variable);
    }
    return true;
  }
}
