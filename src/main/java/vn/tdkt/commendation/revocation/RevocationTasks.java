package vn.tdkt.commendation.revocation;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.ProcessTasks;

/** The user-task rules of "award-revocation" for the engine guards: each task's form fields. */
@Component
class RevocationTasks extends ProcessTasks {

  RevocationTasks() {
    super(RevocationProcess.KEY, RevocationProcess.TASK_INPUTS, Set.of());
  }
}
