package vn.tdkt.commendation.cluster;

import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.problem.Refusal;

/**
 * A unit head's secret ballot in a cluster round, the same way as the Council's: the choices go straight
 * into anonymous counters and the ballot task is completed without any variable, so neither process
 * variables nor history can tell how a unit voted; the ballot sheet only records that it has.
 */
@Service
public class ClusterBallotService {

  private static final int ATTEMPTS = 3;

  private final TaskService taskService;
  private final ClusterRoundService rounds;
  private final TransactionTemplate transaction;

  ClusterBallotService(TaskService taskService, ClusterRoundService rounds,
      PlatformTransactionManager transactionManager) {
    this.taskService = taskService;
    this.rounds = rounds;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** The open ballot tasks of the units the user heads (their groups as the session knows them). */
  public List<Task> openBallots(List<String> userGroups) {
    List<String> groups = userGroups.stream().filter(g -> g.equals(Roles.unitHeads(
        String.valueOf(Roles.unitOf(g))))).toList();
    if (groups.isEmpty()) {
      return List.of();
    }
    return taskService.createTaskQuery().taskDefinitionKey(ClusterRoundProcess.CAST_BALLOT)
        .taskCandidateGroupIn(groups).orderByTaskCreateTime().asc().list();
  }

  public ClusterRoundService.BallotForm form(String taskId, String userId) {
    return rounds.ballotForm(taskId, userId);
  }

  /** Counts the ballot and completes the task in one transaction; retried when two ballots collide. */
  public void cast(String taskId, String userId, String flagChoice, List<String> meritChoices) {
    for (int attempt = 1; ; attempt++) {
      try {
        transaction.executeWithoutResult(status -> {
          Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
          if (task == null || !ClusterRoundProcess.CAST_BALLOT.equals(task.getTaskDefinitionKey())) {
            throw Refusal.notFound("Không có phiếu bầu " + taskId + " đang mở.");
          }
          rounds.countBallot(taskId, userId, flagChoice, meritChoices);
          if (task.getAssignee() == null) {
            taskService.claim(taskId, userId);
          }
          taskService.complete(taskId);
        });
        return;
      } catch (OptimisticLockingException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
