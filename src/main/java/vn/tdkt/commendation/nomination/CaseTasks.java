package vn.tdkt.commendation.nomination;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.ProcessTasks;

/** The user-task rules of "commendation-case" for the engine guards: each task's form fields. */
@Component
class CaseTasks extends ProcessTasks {

  CaseTasks() {
    super(CaseProcess.KEY, CaseProcess.TASK_INPUTS, Set.of());
  }
}
