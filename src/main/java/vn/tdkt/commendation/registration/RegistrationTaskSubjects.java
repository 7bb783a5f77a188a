package vn.tdkt.commendation.registration;

import static vn.tdkt.commendation.registration.RegistrationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.TaskSubjects;

/** A registration's task is about its unit and year: "Cục Thi hành án dân sự tỉnh · năm 2026". */
@Component
class RegistrationTaskSubjects implements TaskSubjects {

  @Override
  public String processKey() {
    return KEY;
  }

  @Override
  public String subject(DelegateTask task) {
    return task.getVariable(VAR_UNIT_NAME) + " · năm " + task.getVariable(VAR_YEAR);
  }
}
