package vn.tdkt.commendation.engine;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the tasks of an earlier version to {@link TaskVisibility}'s rules at every start, idempotently: the
 * authorization rows Camunda wrote per task are removed (the roles' grants per process definition replace them),
 * and a task assigned to a person who is not among its candidates (a Council ballot) gets that person as a
 * candidate. A database that already follows the rules is left as it is.
 */
@Component
class TaskVisibilityMigration {

  private static final Logger LOG = LoggerFactory.getLogger(TaskVisibilityMigration.class);

  private final JdbcTemplate jdbc;
  private final TaskService tasks;
  private final TransactionTemplate transaction;
  private final SystemAction system;

  TaskVisibilityMigration(JdbcTemplate jdbc, TaskService tasks, TransactionTemplate transaction, SystemAction system) {
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.transaction = transaction;
    this.system = system;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(15)
  public void migrate() {
    // one statement: a province's database may hold a row per candidate group of every open task; the engine
    // keeps no cache of authorizations, so removing them beside its API is safe
    int rows = transaction.execute(s -> jdbc.update("delete from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = ? "
        + "and RESOURCE_ID_ <> '*'", Resources.TASK.resourceType()));
    int linked = system.call(() -> {
      int n = 0;
      for (Task task : tasks.createTaskQuery().taskAssigned().withoutCandidateUsers().withoutCandidateGroups().list()) {
        boolean listed = tasks.getIdentityLinksForTask(task.getId()).stream()
            .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && task.getAssignee().equals(l.getUserId()));
        if (!listed) {
          tasks.addCandidateUser(task.getId(), task.getAssignee());
          n++;
        }
      }
      return n;
    });
    if (rows > 0 || linked > 0) {
      LOG.info("Task visibility: {} per-task authorization rows removed, {} assigned tasks given their assignee as "
          + "candidate", rows, linked);
    }
  }
}
