package vn.tdkt.commendation.proposal;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.ProcessTasks;

/** The user-task rules of "decision-list" for the engine guards: the signing form's fields. */
@Component
class DecisionListTasks extends ProcessTasks {

  DecisionListTasks() {
    super(DecisionListProcess.KEY, DecisionListProcess.TASK_INPUTS, Set.of());
  }
}
