package vn.tdkt.commendation.nomination;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.ProcessTasks;

/** The user-task rules of "commendation-nomination" for the engine guards: each task's form fields. */
@Component
class NominationTasks implements ProcessTasks {

  @Override
  public String processKey() {
    return NominationProcess.KEY;
  }

  @Override
  public Map<String, Set<String>> inputs() {
    return NominationProcess.TASK_INPUTS;
  }
}
