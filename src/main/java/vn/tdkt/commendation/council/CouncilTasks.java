package vn.tdkt.commendation.council;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.ProcessTasks;

/** The user-task rules of "council-session" for the engine guards: each task's form fields, and its secret ballot. */
@Component
class CouncilTasks extends ProcessTasks {

  CouncilTasks() {
    super(CouncilProcess.KEY, CouncilProcess.TASK_INPUTS, Set.of(CouncilProcess.CAST_BALLOT));
  }
}
