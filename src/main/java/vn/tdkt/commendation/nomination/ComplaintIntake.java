package vn.tdkt.commendation.nomination;

import static vn.tdkt.commendation.nomination.NominationProcess.*;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.announcement.ComplaintLodged;
import vn.tdkt.commendation.engine.SystemAction;

/**
 * A complaint lodged on the public page starts the event sub-process "complaintHandling" of the case's
 * nomination. Runs in the lodging transaction (a plain, synchronous listener), so a complaint the process
 * cannot take is not stored either.
 */
@Component
class ComplaintIntake {

  private final RuntimeService runtimeService;
  private final SystemAction system;

  ComplaintIntake(RuntimeService runtimeService, SystemAction system) {
    this.runtimeService = runtimeService;
    this.system = system;
  }

  @EventListener
  void lodged(ComplaintLodged complaint) {
    system.run(() -> runtimeService.createMessageCorrelation(MSG_COMPLAINT)
        .processInstanceId(complaint.processInstanceId())
        .setVariableLocal(VAR_COMPLAINT_ID, complaint.complaintId())
        .setVariableLocal(VAR_COMPLAINT_CONTENT, complaint.content())
        .correlateWithResult());
  }
}
