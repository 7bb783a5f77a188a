package vn.tdkt.commendation.cluster;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.ProcessTasks;

/** The user-task rules of "cluster-review-round" for the engine guards: each task's form fields, and its secret ballot. */
@Component
class ClusterRoundTasks extends ProcessTasks {

  ClusterRoundTasks() {
    super(ClusterRoundProcess.KEY, ClusterRoundProcess.TASK_INPUTS, Set.of(ClusterRoundProcess.CAST_BALLOT));
  }
}
