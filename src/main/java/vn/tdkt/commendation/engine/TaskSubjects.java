package vn.tdkt.commendation.engine;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What tells one task of a process apart from the others of its kind. A feature that owns a process publishes
 * one bean; {@link TaskSubjectPlugin} asks it when any user task of that process is created, so a new process
 * gets readable task names by publishing a bean, without touching its model.
 */
public interface TaskSubjects {

  /** The key of the process whose tasks this describes. */
  String processKey();

  /**
   * What the work is about, appended to the task's name: "TDKT-2026-00012 · Nguyễn Thị Mai · Cục Thi hành án
   * dân sự tỉnh". Null or blank: the name stays as the model gives it.
   */
  String subject(DelegateTask task);

  /** The due date a task gets when its model gives none (null: none). */
  default Date dueDate(DelegateTask task) {
    return null;
  }
}
