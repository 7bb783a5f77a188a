package vn.tdkt.commendation.proposal;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.ProcessTasks;

/** The user-task rules of "commendation-proposal" for the engine guards: each task's form fields. */
@Component
class ProposalTasks implements ProcessTasks {

  @Override
  public String processKey() {
    return ProposalProcess.KEY;
  }

  @Override
  public Map<String, Set<String>> inputs() {
    return ProposalProcess.TASK_INPUTS;
  }
}
