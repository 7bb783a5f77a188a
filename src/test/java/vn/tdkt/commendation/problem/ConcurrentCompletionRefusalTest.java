package vn.tdkt.commendation.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.nomination.NominationProcess;

/**
 * Two officials complete the same task at once; the loser's permission check may run after the winner's
 * commit removed the task and its authorization rows. That loser is told the task is already done (409),
 * while a real lack of rights on a task that is still open stays a 403.
 */
class ConcurrentCompletionRefusalTest extends WorkflowTest {

  @Test
  void aRefusedPermissionOnATaskThatHasJustEndedIsAConflict() {
    ProcessInstance pi = nominate("nominator.thads", meritNomination("Lê Văn Về Sau"));
    Task endorse = task(pi, NominationProcess.ENDORSE);
    AuthorizationException lateLoser = refused("head2.thads", endorse.getId());
    assertThat(EngineRestRefusalMappers.concurrentChange(lateLoser)).as("the task is still open").isNull();
    assertThat(EngineRestRefusalMappers.toResponse(lateLoser).getStatus()).isEqualTo(403);

    complete("head.thads", pi, NominationProcess.ENDORSE, NominationProcess.VAR_ENDORSEMENT_OUTCOME, NominationProcess.APPROVE);

    Refusal refusal = EngineRestRefusalMappers.concurrentChange(lateLoser);
    assertThat(refusal).isNotNull();
    assertThat(refusal.status()).isEqualTo(409);
    assertThat(refusal.getMessage()).contains("đã được hoàn thành");
    assertThat(EngineRestRefusalMappers.toResponse(lateLoser).getStatus()).isEqualTo(409);
  }

  @Test
  void theGuardsRefusalOfATaskWhosePeopleJustWentIsAConflictToo() {
    ProcessInstance pi = nominate("nominator.thads", meritNomination("Lê Văn Đến Muộn"));
    Task endorse = task(pi, NominationProcess.ENDORSE);
    // what the engine guard throws when the caller is no candidate (here: the winner's commit removed the links)
    Refusal notCandidate = Refusal.forbidden(null, "không có quyền").about("Task:" + endorse.getId());
    assertThat(EngineRestRefusalMappers.toResponse(notCandidate).getStatus()).as("the task is still open").isEqualTo(403);

    complete("head.thads", pi, NominationProcess.ENDORSE, NominationProcess.VAR_ENDORSEMENT_OUTCOME, NominationProcess.APPROVE);

    assertThat(EngineRestRefusalMappers.toResponse(notCandidate).getStatus()).isEqualTo(409);
  }

  private static AuthorizationException refused(String userId, String taskId) {
    return new AuthorizationException(userId, List.of(
        new MissingAuthorization(Permissions.UPDATE.getName(), Resources.TASK.resourceName(), taskId),
        new MissingAuthorization(Permissions.UPDATE_TASK.getName(), Resources.PROCESS_DEFINITION.resourceName(),
            NominationProcess.KEY)));
  }
}
