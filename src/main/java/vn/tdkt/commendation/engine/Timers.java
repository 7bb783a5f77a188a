package vn.tdkt.commendation.engine;

import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;

/**
 * Deadlines shown to people (a task's due date, a page's "voting closes at") come from the model's own timer,
 * computed by the engine's own code, never from a second reading of the settings.
 */
public final class Timers {

  private Timers() {
  }

  /**
   * When the boundary timer {@code timerId} attached to the task's activity (or to a scope around it, such as its
   * multi-instance body) falls due, computed now by the timer's declaration as the engine does when it starts the
   * timer. Called while the task is created: the engine creates a multi-instance body's boundary timers after its
   * inner tasks, so there is no timer job to read yet.
   */
  public static Optional<Date> boundaryDue(DelegateTask task, String timerId) {
    ExecutionEntity execution = (ExecutionEntity) task.getExecution();
    for (ScopeImpl scope = execution.getActivity(); scope != null; scope = scope.getFlowScope()) {
      TimerDeclarationImpl declaration = TimerDeclarationImpl.getDeclarationsForScope(scope).get(timerId);
      if (declaration != null) {
        TimerEntity probe = new TimerEntity();
        declaration.resolveAndSetDuedate(execution, probe, false);
        return Optional.ofNullable(probe.getDuedate());
      }
    }
    return Optional.empty();
  }
}
