package vn.tdkt.commendation.nomination;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.ProcessTasks;

/** The user-task rules of "commendation-nomination" for the engine guards: each task's form fields. */
@Component
class NominationTasks extends ProcessTasks {

  NominationTasks() {
    super(NominationProcess.KEY, NominationProcess.TASK_INPUTS, Set.of());
  }
}
