package vn.tdkt.commendation.notification;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a process adds to the mail that announces one of its tasks: the case it is about, or that the task
 * returns a dossier (with the reason). A feature that owns a process provides it as a bean; a process
 * without one gets the plain "new task" mail.
 */
public interface TaskMailDetails {

  /** The key of the process whose tasks this describes. */
  String processKey();

  /** Adds the mail's details to the model and says which mail it is ({@link Notifier.Kind#NEW_TASK} or another). */
  Notifier.Kind describe(DelegateTask task, Map<String, Object> model);
}
