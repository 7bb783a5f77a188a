package vn.tdkt.commendation.proposal;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.ProcessTasks;

/** The user-task rules of "commendation-proposal" for the engine guards: each task's form fields. */
@Component
class ProposalTasks extends ProcessTasks {

  ProposalTasks() {
    super(ProposalProcess.KEY, ProposalProcess.TASK_INPUTS, Set.of());
  }
}
