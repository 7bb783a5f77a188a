package vn.tdkt.commendation.registration;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.ProcessTasks;

/** The user-task rules of "emulation-registration" for the engine guards: each task's form fields. */
@Component
class RegistrationTasks extends ProcessTasks {

  RegistrationTasks() {
    super(RegistrationProcess.KEY, RegistrationProcess.TASK_INPUTS, Set.of());
  }
}
