package vn.tdkt.commendation.nomination;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.ProcessTasks;

/** The user-task rules of "commendation-case" for the engine guards: each task's form fields. */
@Component
class CaseTasks implements ProcessTasks {

  @Override
  public String processKey() {
    return CaseProcess.KEY;
  }

  @Override
  public Map<String, Set<String>> inputs() {
    return CaseProcess.TASK_INPUTS;
  }
}
