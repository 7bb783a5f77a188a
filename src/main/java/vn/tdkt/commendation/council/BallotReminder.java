package vn.tdkt.commendation.council;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.notification.Notifier;

/**
 * The model's reminder before a ballot round closes ("ballotReminder" → remindMembers): a mail to each member whose
 * ballot of the round is still open, with the session number, the deadline and a link to that member's own ballot.
 * Whoever has voted gets nothing, and nothing in a mail says who voted or how.
 */
@Service
@Transactional
public class BallotReminder {

  private static final Logger LOG = LoggerFactory.getLogger(BallotReminder.class);

  private final CouncilService council;
  private final TaskService taskService;
  private final ManagementService management;
  private final Notifier notifier;
  private final SystemAction system;

  BallotReminder(CouncilService council, TaskService taskService, ManagementService management, Notifier notifier,
      SystemAction system) {
    this.council = council;
    this.taskService = taskService;
    this.management = management;
    this.notifier = notifier;
    this.system = system;
  }

  /** Mails the members of the session run by this process instance who have not voted in the current round. */
  public void remind(String processInstanceId) {
    CouncilSession session = council.get(council.sessionIdOf(processInstanceId));
    int round = session.getRound();
    List<Task> open = system.call(() -> taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(CouncilProcess.CAST_BALLOT).list());
    Date deadline = system.call(() -> management.createJobQuery().processInstanceId(processInstanceId)
        .activityId(CouncilProcess.VOTING_DEADLINE).timers().list().stream().map(Job::getDuedate).findFirst()
        .orElse(null));
    int reminded = 0;
    for (Task ballot : open) {
      String member = ballot.getAssignee();
      // an open ballot is one not cast; the voters' list is asked too, so that no one who voted is ever reminded
      if (member == null || council.hasVoted(session.getId(), round, member)) {
        continue;
      }
      notifier.notify(Notifier.Kind.COUNCIL_BALLOT_REMINDER, session.getSessionNumber(), List.of(), List.of(member),
          Map.of("round", round, "deadline", Notifier.format(deadline),
              "ballotPath", "/council/ballots/" + ballot.getId()));
      reminded++;
    }
    LOG.info("Council session {} round {}: {} members who have not voted reminded before the deadline {}",
        session.getSessionNumber(), round, reminded, deadline);
  }
}
