package vn.tdkt.commendation.cluster;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.ProcessTasks;

/** The user-task rules of "cluster-review-round" for the engine guards: each task's form fields, and its secret ballot. */
@Component
class ClusterRoundTasks implements ProcessTasks {

  @Override
  public String processKey() {
    return ClusterRoundProcess.KEY;
  }

  @Override
  public Map<String, Set<String>> inputs() {
    return ClusterRoundProcess.TASK_INPUTS;
  }

  @Override
  public Set<String> ballots() {
    return Set.of(ClusterRoundProcess.CAST_BALLOT);
  }
}
