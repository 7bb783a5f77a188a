package vn.tdkt.commendation.covenant;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.ProcessTasks;

/** The user-task rules of "emulation-covenant" for the engine guards: each task's form fields. */
@Component
class CovenantTasks extends ProcessTasks {

  CovenantTasks() {
    super(CovenantProcess.KEY, CovenantProcess.TASK_INPUTS, Set.of());
  }
}
