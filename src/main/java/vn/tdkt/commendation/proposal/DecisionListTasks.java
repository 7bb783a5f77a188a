package vn.tdkt.commendation.proposal;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.ProcessTasks;

/** The user-task rules of "decision-list" for the engine guards: the signing form's fields. */
@Component
class DecisionListTasks implements ProcessTasks {

  @Override
  public String processKey() {
    return DecisionListProcess.KEY;
  }

  @Override
  public Map<String, Set<String>> inputs() {
    return DecisionListProcess.TASK_INPUTS;
  }
}
