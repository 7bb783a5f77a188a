package vn.tdkt.commendation.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tdkt.commendation.CommendationApplication;

/**
 * A province's day on several nodes: nominations spread over the nodes by worker threads, each taken
 * through endorsement and cluster review while the appraisal escalation timers fire on whichever node
 * acquires them; then appraisal (some asked for a supplement whose deadline withdraws them), the
 * public notice timers, two Council sessions (one closed by its voting deadline) and the Chairman
 * signing both decisions at the same moment on different nodes. A node may be SIGKILLed in the middle
 * of the load and restarted. Everything is then checked in the database.
 */
final class NodesScenario {

  static final int YEAR = Year.now(ZoneId.of(CommendationApplication.ZONE)).getValue();
  static final String MERIT = "BANG_KHEN_CHU_TICH_TINH";
  static final String FIGHTER = "CHIEN_SI_THI_DUA_TINH";
  static final ObjectMapper JSON = new ObjectMapper();

  /** Short durations so every kind of timer fires during the test; jobs of a dead node are free after 15 s. */
  static List<String> nodeArgs(String url, String user, String password) {
    return List.of("--spring.profiles.active=demo", "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
        "--tdkt.nomination.appraisal-deadline=PT4S", "--tdkt.nomination.supplement-deadline=PT4S",
        "--tdkt.nomination.notice-period=PT4S", "--tdkt.council.voting-deadline=PT12S",
        // the system's own count of decision numbers, taken by two signatures at the same moment on two nodes
        "--tdkt.decision.numbering=internal",
        // the scenario's cases are single-nominee nominations started by the units' nominators over REST
        "--tdkt.nomination.single-starts=true",
        "--camunda.bpm.job-execution.wait-time-in-millis=500", "--camunda.bpm.job-execution.max-wait=1000",
        "--camunda.bpm.job-execution.lock-time-in-millis=15000",
        "--spring.datasource.hikari.maximum-pool-size=12", "--spring.main.banner-mode=off",
        "--logging.level.root=WARN", "--logging.level.vn.tdkt.commendation.CommendationApplication=INFO");
  }

  private final List<AppNode> nodes;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  final AtomicInteger unacknowledged = new AtomicInteger();
  /** Starts that committed although their answer was lost with the killed node: found in the task list. */
  final Set<String> committedUnacknowledged = ConcurrentHashMap.newKeySet();
  final Map<String, String> awardOf = new ConcurrentHashMap<>();
  int supplementRequests;
  int noticesExpected;

  NodesScenario(List<AppNode> nodes) {
    this.nodes = nodes;
  }

  record Answer(int status, JsonNode json) {
  }

  /** One HTTP call as a demo person; null when the node is not reachable (killed, restarting). */
  Answer call(AppNode node, String user, String method, String path, Object body) {
    try {
      String text = body == null ? (method.equals("POST") ? "{}" : null) : JSON.writeValueAsString(body);
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node.url() + path)).timeout(Duration.ofSeconds(60))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
          .header("Accept", "application/json");
      b = text == null ? b.GET() : b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(text));
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      String s = r.body();
      return new Answer(r.statusCode(), s == null || s.isBlank() ? null : JSON.readTree(s));
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The node for the i-th call: round robin over the nodes that are up; waits while none is. */
  AppNode pick(int i) throws InterruptedException {
    for (int wait = 0; wait < 600; wait++) {
      for (int k = 0; k < nodes.size(); k++) {
        AppNode n = nodes.get(Math.floorMod(i + k, nodes.size()));
        if (n.isUp()) {
          return n;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no node up");
  }

  static Map<String, Object> variables(Map<String, Object> plain) {
    Map<String, Object> v = new LinkedHashMap<>();
    plain.forEach((k, value) -> v.put(k, Map.of("value", value)));
    return Map.of("variables", v);
  }

  static Map<String, Object> nomination(int i) {
    Map<String, Object> v = new HashMap<>();
    boolean fighter = i % 4 == 0;
    v.put("awardType", fighter ? FIGHTER : MERIT);
    v.put("nomineeKind", "INDIVIDUAL");
    v.put("nomineeName", "Nguyễn Văn Nút " + i);
    v.put("nomineePosition", "Chuyên viên");
    v.put("emulationYear", YEAR);
    v.put("achievementSummary", "Hoàn thành xuất sắc nhiệm vụ năm " + YEAR);
    v.put("consecutiveExcellentYears", 2);
    v.put("recognisedInitiatives", fighter ? 1 : 2);
    if (fighter) {
      v.put("consecutiveGrassrootsFighterYears", 3);
    }
    return v;
  }

  /** Phase 1: nominations, endorsement and cluster review in parallel; {@code duringLoad} runs at i = its key. */
  void nominate(int count, Map<Integer, Runnable> duringLoad) throws Exception {
    ExecutorService workers = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    AtomicInteger next = new AtomicInteger();
    for (int w = 0; w < 4; w++) {
      done.add(workers.submit(() -> {
        int i;
        while ((i = next.getAndIncrement()) < count) {
          Runnable event = duringLoad.get(i);
          if (event != null) {
            event.run();
          }
          nominateOne(i);
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get(20, TimeUnit.MINUTES);
    }
    workers.shutdown();
    continueUnacknowledged();
  }

  /**
   * A start whose node died after the commit and before the answer exists without the nominator knowing:
   * the unit head finds it in the task list like any other, and it goes on from there.
   */
  private void continueUnacknowledged() throws InterruptedException {
    Answer open = call(pick(0), "admin", "GET", "/engine-rest/process-instance?processDefinitionKey=commendation-nomination"
        + "&activityIdIn=endorseNomination&maxResults=5000", null);
    List<String> found = new ArrayList<>();
    open.json().forEach(p -> found.add(p.path("id").asText()));
    for (String pi : found) {
      if (acknowledged.contains(pi)) {
        continue;
      }
      assertTrue(unacknowledged.get() > committedUnacknowledged.size(), "an open nomination nobody started: " + pi);
      String unit = call(pick(0), "admin", "GET", "/engine-rest/process-instance/" + pi + "/variables/unitCode", null)
          .json().path("value").asText();
      String award = call(pick(0), "admin", "GET", "/engine-rest/process-instance/" + pi + "/variables/awardType", null)
          .json().path("value").asText();
      committedUnacknowledged.add(pi);
      awardOf.put(pi, award);
      completeStep(0, "head." + unit, pi, "endorseNomination", "endorsementOutcome", "approve");
      completeStep(1, "lead.cum9", pi, "reviewInCluster", "clusterOutcome", "approve");
    }
  }

  private void nominateOne(int i) throws InterruptedException {
    String unit = i % 2 == 0 ? "thads" : "ca";
    Map<String, Object> plain = nomination(i);
    Answer a = call(pick(i), "nominator." + unit, "POST",
        "/engine-rest/process-definition/key/commendation-nomination/start", variables(plain));
    if (a == null || a.status() != 200) {
      if (a != null && a.status() < 500) {
        throw new AssertionError("start refused: " + a);
      }
      unacknowledged.incrementAndGet();
      return;
    }
    String pi = a.json().path("id").asText();
    acknowledged.add(pi);
    awardOf.put(pi, (String) plain.get("awardType"));
    completeStep(i + 1, "head." + unit, pi, "endorseNomination", "endorsementOutcome", "approve");
    completeStep(i, "lead.cum9", pi, "reviewInCluster", "clusterOutcome", "approve");
  }

  /** Finds the step's task and completes it, on another node when one fails; a 409 means it was done. */
  void completeStep(int i, String user, String pi, String taskKey, Object... keyValues) throws InterruptedException {
    Map<String, Object> plain = new LinkedHashMap<>();
    for (int k = 0; k < keyValues.length; k += 2) {
      plain.put((String) keyValues[k], keyValues[k + 1]);
    }
    boolean triedBefore = false;
    for (int attempt = 0; attempt < 60; attempt++) {
      AppNode node = pick(i + attempt);
      Answer found = call(node, user, "GET", "/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + taskKey, null);
      if (found == null) {
        Thread.sleep(300);
        continue;
      }
      if (found.json().isEmpty()) {
        if (triedBefore) {
          return; // the earlier attempt committed before its node died
        }
        throw new AssertionError(user + " finds no " + taskKey + " in " + pi);
      }
      triedBefore = true;
      Answer r = call(node, user, "POST", "/engine-rest/task/" + found.json().get(0).path("id").asText() + "/complete",
          variables(plain));
      if (r != null && (r.status() == 204 || r.status() == 409)) {
        return;
      }
      if (r != null && r.status() != 500) {
        throw new AssertionError(taskKey + " refused: " + r);
      }
      Thread.sleep(300);
    }
    throw new AssertionError("could not complete " + taskKey + " in " + pi);
  }

  long count(String path) throws InterruptedException {
    for (int attempt = 0; attempt < 100; attempt++) {
      Answer a = call(pick(attempt), "admin", "GET", path, null);
      if (a != null && a.status() == 200) {
        return a.json().path("count").asLong();
      }
      Thread.sleep(300);
    }
    throw new AssertionError("no answer for " + path);
  }

  void awaitNoJobs(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (count("/engine-rest/job/count") > 0) {
      if (System.nanoTime() > end) {
        throw new AssertionError("jobs still waiting after " + timeout);
      }
      Thread.sleep(500);
    }
  }

  /** Phase 2: every escalation has fired; the officer appraises: every fifth asked for a supplement. */
  void appraise() throws Exception {
    awaitNoJobs(Duration.ofMinutes(5));
    Answer list = call(pick(0), "officer.ban", "GET", "/engine-rest/task?taskDefinitionKey=appraiseDossier&sortBy=created&sortOrder=asc&maxResults=5000", null);
    List<String[]> work = new ArrayList<>();
    list.json().forEach(t -> work.add(new String[] {t.path("processInstanceId").asText()}));
    assertEquals(acknowledged.size() + committedUnacknowledged.size(), work.size(),
        "every acknowledged nomination (and every one that committed unacknowledged) waits for appraisal");
    ExecutorService workers = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < work.size(); i++) {
      int k = i;
      String pi = work.get(i)[0];
      boolean supplement = k % 5 == 0;
      if (supplement) {
        supplementRequests++;
      } else if (FIGHTER.equals(awardOf.get(pi))) {
        noticesExpected++;
      }
      done.add(workers.submit(() -> {
        if (supplement) {
          completeStep(k, "officer.ban", pi, "appraiseDossier", "appraisalOutcome", "supplement",
              "comment", "Bổ sung minh chứng sáng kiến");
        } else {
          completeStep(k, "officer.ban", pi, "appraiseDossier", "appraisalOutcome", "approve");
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get(20, TimeUnit.MINUTES);
    }
    workers.shutdown();
    awaitNoJobs(Duration.ofMinutes(5));
  }

  /** Phase 3: one session per award type, on different nodes; the merit session closes at its deadline. */
  void council() throws Exception {
    String meritSession = startSession(0, MERIT);
    String fighterSession = startSession(1, FIGHTER);
    vote(fighterSession, FIGHTER, 7);
    vote(meritSession, MERIT, 5);
    long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (count("/engine-rest/task/count?taskDefinitionKey=approveDecision") < 2) {
      assertTrue(System.nanoTime() < end, "both sessions reach the Chairman");
      Thread.sleep(500);
    }
    Answer signing = call(pick(0), "chairman", "GET", "/engine-rest/task?taskDefinitionKey=approveDecision", null);
    List<String> ids = new ArrayList<>();
    signing.json().forEach(t -> ids.add(t.path("id").asText()));
    ExecutorService two = Executors.newFixedThreadPool(2);
    List<Future<Answer>> answers = new ArrayList<>();
    for (int k = 0; k < ids.size(); k++) {
      AppNode node = pick(k);
      String id = ids.get(k);
      answers.add(two.submit(() -> call(node, "chairman", "POST", "/engine-rest/task/" + id + "/complete",
          variables(Map.of("chairmanOutcome", "approve")))));
    }
    for (Future<Answer> f : answers) {
      Answer a = f.get(2, TimeUnit.MINUTES);
      assertEquals(204, a.status(), "the Chairman signs: " + a);
    }
    two.shutdown();
    awaitNoJobs(Duration.ofMinutes(2));
    end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (count("/engine-rest/process-instance/count") > 0) {
      assertTrue(System.nanoTime() < end, "every process instance ends");
      Thread.sleep(500);
    }
  }

  private String startSession(int i, String awardType) throws InterruptedException {
    Answer a = call(pick(i), "head.ban", "POST", "/engine-rest/process-definition/key/council-session/start",
        variables(Map.of("awardTypes", awardType)));
    assertEquals(200, a.status(), "session starts: " + a);
    return a.json().path("id").asText();
  }

  private void vote(String session, String awardType, int members) throws InterruptedException {
    Answer waiting = call(pick(0), "admin", "POST", "/engine-rest/process-instance?maxResults=5000",
        Map.of("processDefinitionKey", "commendation-nomination", "activityIdIn", List.of("awaitCouncil"),
            "variables", List.of(Map.of("name", "awardType", "operator", "eq", "value", awardType))));
    Map<String, String> votes = new LinkedHashMap<>();
    waiting.json().forEach(p -> votes.put(p.path("businessKey").asText(), "approve"));
    assertTrue(!votes.isEmpty(), "cases wait for the Council: " + awardType);
    for (int m = 1; m <= members; m++) {
      String member = "council." + m;
      Answer task = call(pick(m), member, "GET", "/engine-rest/task?processInstanceId=" + session
          + "&taskDefinitionKey=castCouncilBallot&assignee=" + member, null);
      assertEquals(1, task.json().size(), member + " has a ballot");
      Answer cast = call(pick(m), member, "POST", "/api/council-ballots/" + task.json().get(0).path("id").asText(),
          Map.of("votes", votes));
      assertEquals(204, cast.status(), member + " votes: " + cast + " for " + waiting.json());
    }
  }

  // ---- checks, on the database itself --------------------------------------------------------------

  static List<List<Object>> rows(Connection c, String sql) throws Exception {
    List<List<Object>> result = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<Object> row = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
          row.add(r.getObject(k));
        }
        result.add(row);
      }
    }
    return result;
  }

  static long number(Connection c, String sql) throws Exception {
    return ((Number) rows(c, sql).get(0).get(0)).longValue();
  }

  void verify(String url, String user, String password) throws Exception {
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      // nothing acknowledged was lost, nothing exists twice
      List<List<Object>> cases = rows(c, "select process_instance_id, case_number, status from case_record");
      Map<String, Integer> byPi = new HashMap<>();
      cases.forEach(r -> byPi.merge((String) r.get(0), 1, Integer::sum));
      for (String pi : acknowledged) {
        assertEquals(Integer.valueOf(1), byPi.get(pi), "acknowledged nomination " + pi + " has exactly one case");
      }
      assertEquals(acknowledged.size() + committedUnacknowledged.size(), cases.size(),
          "no case beyond the acknowledged starts and those found in the task list");
      assertEquals(cases.size(), number(c, "select count(distinct case_number) from case_record"), "no duplicate case number");
      assertEquals(cases.size(), number(c, "select count(*) from act_hi_procinst p join act_re_procdef d on d.id_ = p.proc_def_id_ "
          + "where d.key_ = 'commendation-nomination'"), "one process instance per case, no orphan");
      // gapless: the counter row is taken inside the start's transaction, so a failed start gives its number back
      long maxSeq = cases.stream().mapToLong(r -> Long.parseLong(((String) r.get(1)).substring(10))).max().orElse(0);
      assertEquals(cases.size(), maxSeq, "case numbers 1.." + cases.size() + " without a gap");

      // every timer fired exactly once
      assertEquals(0, rows(c, "select job_id_ from act_hi_job_log where job_def_type_ like 'timer%' and job_state_ = 2 "
          + "group by job_id_ having count(*) > 1").size(), "no timer job executed twice");
      assertEquals(0, rows(c, "select proc_inst_id_, act_id_ from act_hi_actinst where act_id_ in "
          + "('appraisalOverdue', 'supplementOverdue', 'noticePeriod', 'votingDeadline') "
          + "group by proc_inst_id_, act_id_ having count(*) > 1").size(), "no timer event passed twice in an instance");
      assertEquals(cases.size(), number(c, "select count(*) from act_hi_actinst where act_id_ = 'appraisalOverdue'"),
          "every case's appraisal escalated once");
      assertEquals(supplementRequests, number(c, "select count(*) from act_hi_actinst where act_id_ = 'supplementOverdue'"),
          "every supplement deadline fired once");
      assertEquals(noticesExpected, number(c, "select count(*) from act_hi_actinst where act_id_ = 'noticePeriod' and end_time_ is not null"),
          "every public notice ended once");
      assertEquals(1, number(c, "select count(*) from act_hi_actinst where act_id_ = 'votingDeadline'"),
          "the merit session's voting deadline fired once");
      assertEquals(0, number(c, "select count(*) from act_ru_job"), "no job left");
      assertEquals(0, number(c, "select count(*) from act_hi_incident"), "no incident");

      // each case's record agrees with how its process instance ended
      Map<String, String> endOf = new HashMap<>();
      rows(c, "select proc_inst_id_, act_id_ from act_hi_actinst where act_type_ = 'noneEndEvent' and act_id_ like 'case%'")
          .forEach(r -> endOf.put((String) r.get(0), (String) r.get(1)));
      for (List<Object> r : cases) {
        String end = endOf.get(r.get(0));
        String expected = end == null ? "?" : switch (end) {
          case "caseAwarded" -> "AWARDED";
          case "caseRejected" -> "REJECTED";
          case "caseWithdrawn" -> "WITHDRAWN";
          default -> "?" + end;
        };
        assertEquals(expected, r.get(2), "case " + r.get(1) + " ended at " + end);
      }
      assertEquals(supplementRequests, number(c, "select count(*) from case_record where status = 'WITHDRAWN'"));
      assertEquals(cases.size() - supplementRequests, number(c, "select count(*) from case_record where status = 'AWARDED'"),
          "every other case was awarded");

      // decision numbers: one per session, 1 and 2, no duplicate, no gap, every award carries one
      List<List<Object>> decisions = rows(c, "select decision_number, sequence_in_year from award_decision order by sequence_in_year");
      assertEquals(2, decisions.size());
      for (int k = 0; k < decisions.size(); k++) {
        assertEquals((long) (k + 1), ((Number) decisions.get(k).get(1)).longValue());
        assertEquals(String.format("%02d/QĐ-UBND", k + 1), decisions.get(k).get(0));
      }
      assertEquals(0, number(c, "select count(*) from case_record c where c.status = 'AWARDED' and not exists "
          + "(select 1 from award_decision d where d.decision_number = c.decision_number)"));
      System.out.printf("cluster scenario: %d cases (%d starts acknowledged, %d unanswered of which %d had committed), "
          + "%d withdrawn, %d notices, %d timer executions, decisions %s%n", cases.size(), acknowledged.size(),
          unacknowledged.get(), committedUnacknowledged.size(),
          supplementRequests, noticesExpected,
          number(c, "select count(*) from act_hi_job_log where job_def_type_ like 'timer%' and job_state_ = 2"), decisions);
    }
  }
}
