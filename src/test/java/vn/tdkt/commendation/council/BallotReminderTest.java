package vn.tdkt.commendation.council;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.notification.Notifier;

/**
 * The reminder before a ballot round closes (model 1.3.0, "ballotReminder" → remindMembers): tdkt.council.reminder-before
 * ahead of the deadline, once per round, a mail to each member whose ballot is still open with the session, the
 * deadline and a link to that member's own ballot — never to those who voted, never a word on how anyone voted.
 */
class BallotReminderTest extends WorkflowTest {

  private static final String KIND = Notifier.Kind.COUNCIL_BALLOT_REMINDER.name();

  /** The engine's clock stands still, so that the deadline's and the reminder's timers start at the same instant. */
  @BeforeEach
  void stillClock() {
    ClockUtil.setCurrentTime(new Date());
  }

  @Test
  void theReminderMailsOnlyTheMembersWhoHaveNotVotedWithTheDeadlineAndTheirOwnBallot() {
    ProcessInstance merit = nominatedAndAppraised(meritNomination("Lã Văn Nhắc Nhở"));
    ProcessInstance session = openCouncilSession(null);
    String caseNumber = caseOf(merit).getCaseNumber();
    for (String member : COUNCIL.subList(0, 3)) {
      vote(session, member, Map.of(caseNumber, "approve"));
    }

    // the reminder waits 24 hours (tdkt.council.reminder-before) ahead of the deadline
    Job deadline = timer(session, CouncilProcess.VOTING_DEADLINE);
    Job reminder = timer(session, CouncilProcess.BALLOT_REMINDER);
    assertEquals(Duration.ofHours(24).toMillis(), deadline.getDuedate().getTime() - reminder.getDuedate().getTime());
    assertEquals(0, mails().size(), "nothing before the reminder is due");

    fireTimer(session, CouncilProcess.BALLOT_REMINDER);

    assertThat(session).isWaitingAt(CouncilProcess.CAST_BALLOT)
        .hasPassed(CouncilProcess.BALLOT_REMINDER, CouncilProcess.REMIND_MEMBERS, CouncilProcess.END_REMINDED)
        .hasNotPassed(CouncilProcess.TALLY);
    Map<String, Map<String, Object>> mails = mails();
    assertEquals(List.of("council.4@tdkt.example", "council.5@tdkt.example", "council.6@tdkt.example",
        "council.7@tdkt.example"), List.copyOf(mails.keySet()));
    String deadlineText = Notifier.format(deadline.getDuedate());
    for (String member : COUNCIL.subList(3, 7)) {
      Map<String, Object> mail = mails.get(member + "@tdkt.example");
      String subject = (String) mail.get("subject");
      String body = (String) mail.get("body");
      assertEquals("[TĐKT] Nhắc bỏ phiếu phiên họp Hội đồng " + session.getBusinessKey() + " trước " + deadlineText,
          subject);
      assertTrue(body.contains("Đồng chí chưa bỏ phiếu kín trong phiên họp Hội đồng " + session.getBusinessKey()
          + ". Hạn bỏ phiếu: " + deadlineText), body);
      assertTrue(body.contains("/council/ballots/" + ballotTask(session, member).getId()), body);
      assertEquals(session.getBusinessKey(), mail.get("case_number"));
      // nothing about who voted or how: no voter, no count, no case on the ballot
      for (String voter : List.of("council.1", "Lê Văn Hải", "tán thành", "approve", caseNumber)) {
        assertFalse(body.contains(voter) || subject.contains(voter), voter + " in " + body);
      }
    }
    // once per round: the timer is gone, the ballots are still open
    assertEquals(0, management.createJobQuery().processInstanceId(session.getId())
        .activityId(CouncilProcess.BALLOT_REMINDER).count());
    assertEquals(4, tasks.createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(CouncilProcess.CAST_BALLOT).count());

    // the round then closes as before, the reminder changed nothing of the count
    for (String member : COUNCIL.subList(3, 7)) {
      vote(session, member, Map.of(caseNumber, "approve"));
    }
    assertThat(session).isWaitingAt(CouncilProcess.APPROVE_DECISION);
    assertEquals(7, jdbc.queryForObject("select approvals from council_ballot_tally where case_number = ?",
        Integer.class, caseNumber));
  }

  @Test
  void aSecondBallotRoundGetsItsOwnReminderToThatRoundsNonVoters() {
    ProcessInstance merit = nominatedAndAppraised(meritNomination("Lã Thị Vòng Hai"));
    ProcessInstance session = openCouncilSession(null);
    Map<String, String> approve = Map.of(caseOf(merit).getCaseNumber(), "approve");

    // round 1: four vote (no quorum), the reminder goes to the other three, then the deadline
    for (String member : COUNCIL.subList(0, 4)) {
      vote(session, member, approve);
    }
    fireTimer(session, CouncilProcess.BALLOT_REMINDER);
    assertEquals(List.of("council.5@tdkt.example", "council.6@tdkt.example", "council.7@tdkt.example"),
        List.copyOf(mails().keySet()));
    fireTimer(session, CouncilProcess.VOTING_DEADLINE);
    assertEquals(2, ((Number) runtime.getVariable(session.getId(), CouncilProcess.VAR_ROUND)).intValue());

    // round 2 has a reminder timer of its own, 24 hours before its own deadline
    Job deadline = timer(session, CouncilProcess.VOTING_DEADLINE);
    Job reminder = timer(session, CouncilProcess.BALLOT_REMINDER);
    assertEquals(Duration.ofHours(24).toMillis(), deadline.getDuedate().getTime() - reminder.getDuedate().getTime());
    vote(session, "council.1", approve);
    vote(session, "council.5", approve);
    jdbc.update("delete from mail_outbox");
    fireTimer(session, CouncilProcess.BALLOT_REMINDER);

    Map<String, Map<String, Object>> mails = mails();
    assertEquals(List.of("council.2@tdkt.example", "council.3@tdkt.example", "council.4@tdkt.example",
        "council.6@tdkt.example", "council.7@tdkt.example"), List.copyOf(mails.keySet()));
    String body = (String) mails.get("council.2@tdkt.example").get("body");
    assertTrue(body.contains("(vòng bỏ phiếu thứ 2)"), body);
    assertTrue(body.contains("Hạn bỏ phiếu: " + Notifier.format(deadline.getDuedate())), body);
    assertTrue(body.contains("/council/ballots/" + ballotTask(session, "council.2").getId()), body);
    assertThat(session).isWaitingAt(CouncilProcess.CAST_BALLOT);
  }

  private Job timer(ProcessInstance session, String activityId) {
    return management.createJobQuery().processInstanceId(session.getId()).activityId(activityId).timers()
        .singleResult();
  }

  /** The reminders in the outbox, by address. */
  private Map<String, Map<String, Object>> mails() {
    Map<String, Map<String, Object>> byAddress = new TreeMap<>();
    for (Map<String, Object> row : jdbc.queryForList(
        "select recipient, subject, body, case_number from mail_outbox where kind = ?", KIND)) {
      Object before = byAddress.put((String) row.get("recipient"), row);
      assertEquals(null, before, "one mail per address: " + row.get("recipient"));
    }
    return byAddress;
  }
}
