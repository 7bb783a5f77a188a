package vn.tdkt.commendation.council;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.ProcessTasks;

/** The user-task rules of "council-session" for the engine guards: each task's form fields, and its secret ballot. */
@Component
class CouncilTasks implements ProcessTasks {

  @Override
  public String processKey() {
    return CouncilProcess.KEY;
  }

  @Override
  public Map<String, Set<String>> inputs() {
    return CouncilProcess.TASK_INPUTS;
  }

  @Override
  public Set<String> ballots() {
    return Set.of(CouncilProcess.CAST_BALLOT);
  }
}
