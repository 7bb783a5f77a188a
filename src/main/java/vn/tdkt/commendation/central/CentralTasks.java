package vn.tdkt.commendation.central;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.ProcessTasks;

/** The user-task rules of "central-award-proposal" for the engine guards: each task's form fields. */
@Component
class CentralTasks implements ProcessTasks {

  @Override
  public String processKey() {
    return CentralProcess.KEY;
  }

  @Override
  public Map<String, Set<String>> inputs() {
    return CentralProcess.TASK_INPUTS;
  }
}
