package vn.tdkt.commendation.council;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.problem.Refusal;

/**
 * A Council member's ballot sheet. The vote goes straight into the anonymous tally; the member's task
 * is completed without any variable, so neither process variables nor history can tell how anyone voted.
 * Task look-ups run under the caller's Camunda authentication: another member's task is not found.
 */
@Service
public class BallotService {

  /** Each round of simultaneous ballots lets at least one through: enough for a whole Council at once. */
  private static final int ATTEMPTS = 10;

  private final TaskService taskService;
  private final TransactionTemplate transaction;
  private final CouncilService council;
  private final CaseService cases;

  BallotService(TaskService taskService, CouncilService council, CaseService cases,
      PlatformTransactionManager transactionManager) {
    this.taskService = taskService;
    this.transaction = new TransactionTemplate(transactionManager);
    this.council = council;
    this.cases = cases;
  }

  /** The open ballot tasks of the member. */
  @Transactional(readOnly = true)
  public List<Task> openBallots(String memberId) {
    return taskService.createTaskQuery().taskDefinitionKey(CouncilProcess.CAST_BALLOT).taskAssignee(memberId)
        .orderByTaskCreateTime().asc().list();
  }

  @Transactional(readOnly = true)
  public BallotSheet sheet(String taskId, String memberId) {
    Task task = ballotTask(taskId, memberId);
    CouncilSession session = council.get(sessionOf(task));
    List<CommendationCase> list = cases.getAll(council.casesOf(session.getId()).stream()
        .map(SessionCase::getCaseNumber).toList());
    return new BallotSheet(task.getId(), session, list);
  }

  public record BallotSheet(String taskId, CouncilSession session, List<CommendationCase> cases) {
  }

  /**
   * Counts the ballot and completes the member's task in one transaction. Two members voting at the
   * same moment both update the multi-instance counters; the engine's optimistic lock makes the later
   * one fail as a whole, and it is simply tried again.
   */
  public void cast(String taskId, String memberId, Map<String, String> votes) {
    for (int attempt = 1; ; attempt++) {
      try {
        transaction.executeWithoutResult(status -> {
          Task task = ballotTask(taskId, memberId);
          council.countBallot(council.get(sessionOf(task)), memberId, votes);
          taskService.complete(task.getId());
        });
        return;
      } catch (OptimisticLockingException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private Task ballotTask(String taskId, String memberId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      vn.tdkt.commendation.audit.AuditLog.denied(404, memberId, "ballot task " + taskId, "no such task visible to the caller");
      throw Refusal.notFound("Không có phiếu bầu " + taskId + " dành cho bạn.");
    }
    // the member the ballot was issued to (the multi-instance element the engine set), not whoever holds the task
    // now: a ballot handed to someone else is still not theirs to cast
    if (!CouncilProcess.CAST_BALLOT.equals(task.getTaskDefinitionKey()) || !memberId.equals(task.getAssignee())
        || !memberId.equals(taskService.getVariable(task.getId(), CouncilProcess.VAR_MEMBER))) {
      vn.tdkt.commendation.audit.AuditLog.denied(403, memberId, "ballot task " + taskId, "not the member's own ballot");
      throw Refusal.forbidden(null, "Phiếu bầu này không phải của bạn.");
    }
    return task;
  }

  private Long sessionOf(Task task) {
    return council.sessionIdOf(task.getProcessInstanceId());
  }
}
