package vn.tdkt.commendation.council;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import vn.tdkt.commendation.WorkflowTest;

/**
 * The Council's ballot is secret: after members vote differently, nothing the engine, the database or
 * the API keeps can tell how a member voted, while who has voted stays visible.
 */
class BallotSecrecyTest extends WorkflowTest {

  private static final List<String> VOTE_WORDS = List.of("approve", "reject");

  @Autowired
  private TestRestTemplate rest;

  @Test
  void noTraceLinksAVoteToAMemberButWhoVotedIsVisible() {
    ProcessInstance a = nominatedAndAppraised(meritNomination("Kín Văn Bí Mật A"));
    ProcessInstance b = nominatedAndAppraised(meritNomination("Kín Thị Bí Mật B"));
    String caseA = caseOf(a).getCaseNumber();
    String caseB = caseOf(b).getCaseNumber();
    ProcessInstance session = openCouncilSession(null);
    List<String> ballotTaskIds = tasks.createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(CouncilProcess.CAST_BALLOT).list().stream().map(Task::getId).toList();

    // council.1 votes through the JSON API: rejects A, approves B
    Task ofCouncil1 = ballotTask(session, "council.1");
    ResponseEntity<String> cast = rest.withBasicAuth("council.1", "demo").postForEntity(
        "/api/council-ballots/" + ofCouncil1.getId(), Map.of("votes", Map.of(caseA, "reject", caseB, "approve")),
        String.class);
    assertEquals(204, cast.getStatusCode().value(), cast.getBody());
    // council.2 the other way round; the rest approve both
    vote(session, "council.2", Map.of(caseA, "approve", caseB, "reject"));
    for (String member : COUNCIL.subList(2, 7)) {
      vote(session, member, Map.of(caseA, "approve", caseB, "approve"));
    }
    assertThat(session).isWaitingAt(CouncilProcess.APPROVE_DECISION);
    List<String> instances = List.of(session.getId(), a.getId(), b.getId());

    // --- who voted is public
    assertEquals(COUNCIL, jdbc.queryForList("select member_id from council_voter order by member_id", String.class));
    List<HistoricTaskInstance> ballotsDone = history.createHistoricTaskInstanceQuery()
        .processInstanceId(session.getId()).taskDefinitionKey(CouncilProcess.CAST_BALLOT).finished().list();
    assertEquals(Set.copyOf(COUNCIL), Set.copyOf(ballotsDone.stream().map(HistoricTaskInstance::getAssignee).toList()));
    ballotsDone.forEach(t -> assertEquals("completed", t.getDeleteReason(), t.getAssignee()));

    // --- process variables: none carries a vote, a ballot, or a member next to a vote
    List<String> councilValues = new ArrayList<>();
    for (VariableInstance v : runtime.createVariableInstanceQuery().processInstanceIdIn(session.getId()).list()) {
      checkCouncilVariable(v.getName(), v.getValue(), caseA, caseB);
      councilValues.add(v.getName() + "=" + v.getValue());
    }
    List<HistoricVariableInstance> councilHistory = history.createHistoricVariableInstanceQuery()
        .processInstanceId(session.getId()).includeDeleted().list();
    assertFalse(councilHistory.isEmpty());
    for (HistoricVariableInstance v : councilHistory) {
      checkCouncilVariable(v.getName(), v.getValue(), caseA, caseB);
    }
    // the only variable holding a member is the ballot's own assignment
    Set<String> namesHoldingAMember = new TreeSet<>();
    councilHistory.stream().filter(v -> mentionsMember(v.getValue())).forEach(v -> namesHoldingAMember.add(v.getName()));
    assertEquals(Set.of(CouncilProcess.VAR_MEMBER), namesHoldingAMember, councilValues.toString());
    // a ballot task holds no variable of its own
    assertEquals(0, history.createHistoricVariableInstanceQuery().taskIdIn(ballotTaskIds.toArray(String[]::new))
        .includeDeleted().count());
    for (String nomination : List.of(a.getId(), b.getId())) {
      for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(nomination)
          .includeDeleted().list()) {
        assertFalse(mentionsMember(v.getValue()), "nomination variable names a Council member: " + v.getName());
        assertFalse(v.getName().toLowerCase(Locale.ROOT).matches(".*(vote|ballot|phieu).*")
            && !v.getName().startsWith("cluster"), "nomination variable about a ballot: " + v.getName());
      }
    }

    // --- historic details (every variable write, with the operation it came from)
    for (String pi : instances) {
      for (HistoricDetail d : history.createHistoricDetailQuery().processInstanceId(pi).list()) {
        assertFalse(d instanceof HistoricFormField, "a ballot was submitted as a form: " + d);
        if (d instanceof HistoricVariableUpdate u) {
          String text = u.getVariableName() + "=" + u.getValue();
          assertFalse(mentionsMember(u.getValue()) && !CouncilProcess.VAR_MEMBER.equals(u.getVariableName()),
              "detail names a member: " + text);
          if (pi.equals(session.getId())) {
            checkCouncilVariable(u.getVariableName(), u.getValue(), caseA, caseB);
          }
        }
      }
    }
    assertEquals(0, history.createHistoricDetailQuery().taskId(ballotTaskIds.get(0)).count());

    // --- user operation log: the ballot completions say who, never how
    List<UserOperationLogEntry> log = history.createUserOperationLogQuery().processInstanceId(session.getId()).list();
    List<UserOperationLogEntry> ballotEntries = log.stream().filter(e -> ballotTaskIds.contains(e.getTaskId())).toList();
    assertEquals(Set.copyOf(COUNCIL), Set.copyOf(ballotEntries.stream().map(UserOperationLogEntry::getUserId).toList()));
    for (UserOperationLogEntry e : log) {
      String text = e.getOperationType() + " " + e.getProperty() + " " + e.getOrgValue() + " " + e.getNewValue();
      assertFalse(containsVoteWord(text) || text.contains(caseA) || text.contains(caseB),
          "operation log entry of " + e.getUserId() + " shows a vote: " + text);
    }
    ballotEntries.forEach(e -> assertEquals(UserOperationLogEntry.OPERATION_TYPE_COMPLETE, e.getOperationType()));

    // --- the tally: counters per case, nothing about anyone
    List<Map<String, Object>> tally = jdbc.queryForList("select * from council_ballot_tally order by case_number");
    assertEquals(2, tally.size());
    Set<String> columns = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    columns.addAll(tally.get(0).keySet());
    assertEquals(new TreeSet<>(Set.of("ID", "SESSION_ID", "ROUND_NO", "CASE_NUMBER", "APPROVALS", "REJECTIONS")),
        new TreeSet<>(columns.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList()));
    for (Map<String, Object> row : tally) {
      row.values().forEach(value -> assertFalse(mentionsMember(value), "tally row names a member: " + row));
    }
    assertEquals(List.of(6, 6), tally.stream().map(r -> ((Number) r.get("approvals")).intValue()).toList());
    assertEquals(List.of(1, 1), tally.stream().map(r -> ((Number) r.get("rejections")).intValue()).toList());

    // --- the voter list: who, in which round, and nothing else
    List<Map<String, Object>> voterRows = jdbc.queryForList("select * from council_voter");
    assertEquals(COUNCIL.size(), voterRows.size());
    Set<String> voterColumns = new TreeSet<>(voterRows.get(0).keySet().stream()
        .map(c -> c.toUpperCase(Locale.ROOT)).toList());
    assertEquals(new TreeSet<>(Set.of("ID", "SESSION_ID", "ROUND_NO", "MEMBER_ID")), voterColumns);
    for (Map<String, Object> row : voterRows) {
      row.values().forEach(value -> assertFalse(containsVoteWord(String.valueOf(value)), "voter row: " + row));
    }

    // --- the case record as the API shows it: the result, no member
    for (String caseNumber : List.of(caseA, caseB)) {
      ResponseEntity<String> json = rest.withBasicAuth("officer.ban", "demo")
          .getForEntity("/api/cases/" + caseNumber, String.class);
      assertEquals(200, json.getStatusCode().value());
      String body = json.getBody();
      assertNotNull(body);
      assertTrue(body.contains("6/7"), body);
      assertTrue(body.contains("councilPassed"), body);
      assertFalse(mentionsMember(body), "the case record names a Council member: " + body);
    }

    // --- after the Chairman signs, the only decision words in the session are the Chairman's own
    Task toSign = tasks.createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(CouncilProcess.APPROVE_DECISION).singleResult();
    Map<String, Object> signature = new HashMap<>();
    signature.put(CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve");
    as("chairman", () -> tasks.complete(toSign.getId(), signature));
    recordNextNumber(session);
    assertThat(session).isEnded();
    Set<String> withVoteWords = new TreeSet<>();
    history.createHistoricVariableInstanceQuery().processInstanceId(session.getId()).includeDeleted().list().stream()
        .filter(v -> containsVoteWord(String.valueOf(v.getValue()))).forEach(v -> withVoteWords.add(v.getName()));
    assertEquals(Set.of(CouncilProcess.VAR_CHAIRMAN_OUTCOME), withVoteWords);
    for (String caseNumber : List.of(caseA, caseB)) {
      String body = rest.withBasicAuth("officer.ban", "demo").getForObject("/api/cases/" + caseNumber, String.class);
      assertTrue(body.contains("AWARDED"), body);
      assertFalse(mentionsMember(body), "the case record names a Council member: " + body);
    }
  }

  /** A Council process variable must not be a vote, hold a ballot, or be named after a listed case. */
  private static void checkCouncilVariable(String name, Object value, String caseA, String caseB) {
    String text = name + "=" + value;
    assertFalse(containsVoteWord(String.valueOf(value)), "variable holds a vote: " + text);
    assertFalse(value instanceof Map || value instanceof java.util.Collection, "variable holds a ballot: " + text);
    assertFalse(name.contains(caseA) || name.contains(caseB), "variable named after a case: " + text);
    assertFalse(name.toLowerCase(Locale.ROOT).contains("vote"), "variable about votes: " + text);
  }

  private static boolean containsVoteWord(String text) {
    String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
    return VOTE_WORDS.stream().anyMatch(lower::contains);
  }

  private static boolean mentionsMember(Object value) {
    String text = String.valueOf(value);
    return COUNCIL.stream().anyMatch(text::contains);
  }
}
