package vn.tdkt.commendation.cluster;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;


/**
 * The cluster's ballot is secret: after the units vote differently, neither the engine's variables and
 * history (as the REST API serves them) nor the round's tables can tell how a unit voted, while which
 * units have voted stays visible. Ballots go only through the ballot API, once, by the unit's head.
 */
class ClusterBallotSecrecyTest extends ClusterRoundTestBase {

  @Autowired
  private TestRestTemplate rest;

  @Test
  void noRecordLinksABallotToTheUnitThatCastIt() {
    ProcessInstance pi = startRound("YEAR_END");
    submitAll(pi);
    compileAgree(pi, "thads");
    List<String> ballotTaskIds = tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(ClusterRoundProcess.CAST_BALLOT).list().stream().map(Task::getId).toList();
    assertEquals(7, ballotTaskIds.size());

    // a ballot completed directly (Tasklist, REST) is refused; so is another unit's ballot, and a second one
    Task ofCa = unitTask(pi, ClusterRoundProcess.CAST_BALLOT, "ca");
    assertEquals(400, refused(() -> as("head.ca", () -> tasks.complete(ofCa.getId(),
        Map.of("flag", "ca")))).status());
    assertEquals(403, refused(() -> clusterBallots.cast(ofCa.getId(), "head.qs", "qs", List.of())).status());
    ResponseEntity<String> viaRest = rest.withBasicAuth("head.ca", "demo")
        .postForEntity("/engine-rest/task/" + ofCa.getId() + "/complete", Map.of("variables", Map.of()), String.class);
    assertEquals(400, viaRest.getStatusCode().value(), viaRest.getBody());

    // ca votes by the API for qs; the others differently
    ResponseEntity<String> cast = rest.withBasicAuth("head.ca", "demo").postForEntity("/api/cluster-ballots/" + ofCa.getId(),
        Map.of("flag", "qs", "merit", List.of("vks")), String.class);
    assertEquals(204, cast.getStatusCode().value(), cast.getBody());
    ResponseEntity<String> again = rest.withBasicAuth("head.ca", "demo").postForEntity("/api/cluster-ballots/" + ofCa.getId(),
        Map.of("flag", "qs"), String.class);
    assertEquals(404, again.getStatusCode().value(), again.getBody());
    vote(pi, "bdbp", "ca", "tand");
    vote(pi, "pccc", "vks", "qs");
    vote(pi, "qs", "ca", "bdbp");
    vote(pi, "tand", "ca", "pccc");
    vote(pi, "thads", "ca", "tand");
    vote(pi, "vks", "ca", "qs");
    assertThat(pi).isEnded();

    // who voted is public
    assertEquals(UNITS, jdbc.queryForList("select unit_code from cluster_ballot_sheet where voted order by unit_code",
        String.class));
    List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(ClusterRoundProcess.CAST_BALLOT).finished().list();
    assertEquals(7, done.size());
    done.forEach(t -> assertEquals("completed", t.getDeleteReason()));

    // the ballot tasks hold no variable and no form field, now or in history
    assertEquals(0, history.createHistoricVariableInstanceQuery().taskIdIn(ballotTaskIds.toArray(String[]::new))
        .includeDeleted().count());
    for (String taskId : ballotTaskIds) {
      assertEquals(0, history.createHistoricDetailQuery().taskId(taskId).count());
    }
    // no variable or variable update of the round says anything about a choice
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .includeDeleted().list()) {
      assertNoChoice(v.getName(), v.getValue());
    }
    for (HistoricDetail d : history.createHistoricDetailQuery().processInstanceId(pi.getId()).list()) {
      assertFalse(d instanceof HistoricFormField, "a ballot was submitted as a form: " + d);
      if (d instanceof HistoricVariableUpdate u) {
        assertNoChoice(u.getVariableName(), u.getValue());
      }
    }
    // the operation log says who completed which ballot, never how
    for (UserOperationLogEntry e : history.createUserOperationLogQuery().processInstanceId(pi.getId()).list()) {
      if (ballotTaskIds.contains(e.getTaskId())) {
        assertFalse(String.valueOf(e.getProperty()).toLowerCase(Locale.ROOT).matches(".*(flag|merit|vote).*"),
            "operation log: " + e.getProperty() + "=" + e.getNewValue());
        assertFalse(Set.of("flag", "merit").contains(e.getProperty()), e.toString());
      }
    }
    // the history REST API as the Board reads it
    String json = rest.withBasicAuth("admin", "demo").getForObject(
        "/engine-rest/history/variable-instance?processInstanceId=" + pi.getId(), String.class);
    assertNotNull(json);
    String lower = json.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("\"flag\"") || lower.contains("\"merit\"") || lower.contains("vote"), json);
    String details = rest.withBasicAuth("admin", "demo").getForObject(
        "/engine-rest/history/detail?processInstanceId=" + pi.getId(), String.class);
    assertFalse(details.toLowerCase(Locale.ROOT).contains("\"flag\"") || details.contains("\"merit\""), details);

    // the counts: per candidate, nothing about voters
    List<Map<String, Object>> counts = jdbc.queryForList("select * from cluster_vote_count");
    Set<String> columns = new TreeSet<>();
    counts.get(0).keySet().forEach(c -> columns.add(c.toUpperCase(Locale.ROOT)));
    assertEquals(new TreeSet<>(Set.of("ID", "ROUND_ID", "BALLOT_ROUND", "CATEGORY", "UNIT_CODE", "VOTES")), columns);
    Map<String, Integer> flag = new HashMap<>();
    counts.stream().filter(r -> "FLAG".equals(r.get("category")))
        .forEach(r -> flag.put((String) r.get("unit_code"), ((Number) r.get("votes")).intValue()));
    assertEquals(5, flag.get("ca"));
    assertEquals(1, flag.get("qs"));
    assertEquals(1, flag.get("vks"));
    Set<String> sheetColumns = new TreeSet<>();
    jdbc.queryForList("select * from cluster_ballot_sheet").get(0).keySet()
        .forEach(c -> sheetColumns.add(c.toUpperCase(Locale.ROOT)));
    assertEquals(new TreeSet<>(Set.of("ID", "ROUND_ID", "BALLOT_ROUND", "UNIT_CODE", "TASK_ID", "VOTED")), sheetColumns);
  }

  private static void assertNoChoice(String name, Object value) {
    String n = name.toLowerCase(Locale.ROOT);
    assertFalse(n.contains("flag") || n.contains("merit") || n.contains("vote") || n.contains("choice"),
        "variable about a ballot: " + name + "=" + value);
    assertFalse(value instanceof Map || value instanceof java.util.Collection, "variable holds a ballot: " + name);
  }
}
