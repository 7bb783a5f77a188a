package vn.tdkt.commendation.central;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.ProcessTasks;

/** The user-task rules of "central-award-proposal" for the engine guards: each task's form fields. */
@Component
class CentralTasks extends ProcessTasks {

  CentralTasks() {
    super(CentralProcess.KEY, CentralProcess.TASK_INPUTS, Set.of());
  }
}
