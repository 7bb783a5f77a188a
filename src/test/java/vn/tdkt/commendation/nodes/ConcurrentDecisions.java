package vn.tdkt.commendation.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import vn.tdkt.commendation.nodes.NodesScenario.Answer;

/**
 * After the province's day: many Council sessions waiting for the Chairman at once, one case each. The
 * first decision is signed on node A while node B's public page has the list cached: B shows it within
 * the time an unsettled page may be kept ({@code DecisionList.UNSETTLED_TTL}, 5 s). The others are signed
 * at the same moment, half on each node: every decision number is unique and they follow each other
 * without a gap; both nodes' public pages show every one of them.
 */
final class ConcurrentDecisions {

  /** DecisionList.UNSETTLED_TTL: the longest a page computed just after a closing is served from the cache. */
  static final Duration SETTLE_WINDOW = Duration.ofSeconds(5);
  static final String NOMINEE = "Trần Thị Quyết ";

  private final NodesScenario scenario;
  private final AppNode a;
  private final AppNode b;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  /** Per session, in the order they were prepared: the signing task and the nominee it awards. */
  private final List<String[]> waiting = new ArrayList<>();

  ConcurrentDecisions(NodesScenario scenario, AppNode a, AppNode b) {
    this.scenario = scenario;
    this.a = a;
    this.b = b;
  }

  /** {@code count} sessions, each with one case of its own, waiting for the Chairman's signature. */
  void prepare(int count) throws Exception {
    for (int k = 0; k < count; k++) {
      String unit = k % 2 == 0 ? "thads" : "ca";
      Map<String, Object> plain = new LinkedHashMap<>(NodesScenario.nomination(1));
      plain.put("nomineeName", NOMINEE + (k + 1));
      Answer started = scenario.call(scenario.pick(k), "nominator." + unit, "POST",
          "/engine-rest/process-definition/key/commendation-nomination/start", NodesScenario.variables(plain));
      assertEquals(200, started.status(), "nomination starts: " + started);
      String pi = started.json().path("id").asText();
      scenario.completeStep(k, "head." + unit, pi, "endorseNomination", "endorsementOutcome", "approve");
      scenario.completeStep(k + 1, "lead.cum9", pi, "reviewInCluster", "clusterOutcome", "approve");
      scenario.completeStep(k, "officer.ban", pi, "appraiseDossier", "appraisalOutcome", "approve");
      awaitCount("/engine-rest/process-instance/count?activityIdIn=awaitCouncil&processInstanceIds=" + pi, 1);
      // the session takes every case waiting for the Council: this one alone
      Answer session = scenario.call(scenario.pick(k + 1), "head.ban", "POST",
          "/engine-rest/process-definition/key/council-session/start",
          NodesScenario.variables(Map.of("awardTypes", NodesScenario.MERIT)));
      assertEquals(200, session.status(), "session starts: " + session);
      String sessionId = session.json().path("id").asText();
      for (int m = 1; m <= 7; m++) {
        String member = "council." + m;
        Answer ballot = scenario.call(scenario.pick(m), member, "GET", "/engine-rest/task?processInstanceId="
            + sessionId + "&taskDefinitionKey=castCouncilBallot&assignee=" + member, null);
        assertEquals(1, ballot.json().size(), member + " has a ballot");
        Answer cast = scenario.call(scenario.pick(m + k), member, "POST", "/api/council-ballots/"
            + ballot.json().get(0).path("id").asText(), Map.of("votes", Map.of(started.json().path("businessKey").asText(), "approve")));
        assertEquals(204, cast.status(), member + " votes: " + cast);
      }
      awaitCount("/engine-rest/task/count?taskDefinitionKey=approveDecision&processInstanceId=" + sessionId, 1);
      Answer sign = scenario.call(scenario.pick(k), "chairman", "GET",
          "/engine-rest/task?taskDefinitionKey=approveDecision&processInstanceId=" + sessionId, null);
      waiting.add(new String[] {sign.json().get(0).path("id").asText(), NOMINEE + (k + 1)});
    }
  }

  private void awaitCount(String path, long expected) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (scenario.count(path) != expected) {
      assertTrue(System.nanoTime() < end, "waiting for " + expected + " at " + path);
      Thread.sleep(200);
    }
  }

  /** Node B has the public page cached; the Chairman signs on node A; B shows the decision within the window. */
  void theOtherNodeShowsADecisionWithinTheSettleWindow() throws Exception {
    String[] first = waiting.remove(0);
    String before = announcements(b);
    assertTrue(!before.contains(first[1]), "not decided yet");
    assertEquals(before, announcements(b), "B serves the page from its cache");
    sign(a, first[0]);
    long signed = System.nanoTime();
    int requests = 0;
    while (true) {
      requests++;
      if (announcements(b).contains(first[1])) {
        break;
      }
      assertTrue(System.nanoTime() - signed < SETTLE_WINDOW.toNanos(),
          "node B shows the decision made on node A within " + SETTLE_WINDOW);
      Thread.sleep(100);
    }
    System.out.printf("decision signed on node A shown by node B after %d ms (%d request(s))%n",
        (System.nanoTime() - signed) / 1_000_000, requests);
  }

  /** Every remaining signature at the same moment, alternating between the nodes. */
  void signAllAtOnce() throws Exception {
    ExecutorService chairmen = Executors.newFixedThreadPool(waiting.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Answer>> answers = new ArrayList<>();
    for (int k = 0; k < waiting.size(); k++) {
      AppNode node = k % 2 == 0 ? a : b;
      String task = waiting.get(k)[0];
      answers.add(chairmen.submit(() -> {
        go.await();
        return sign(node, task);
      }));
    }
    long start = System.nanoTime();
    go.countDown();
    for (Future<Answer> f : answers) {
      Answer answer = f.get(3, TimeUnit.MINUTES);
      assertEquals(204, answer.status(), "the Chairman signs: " + answer);
    }
    chairmen.shutdown();
    System.out.printf("%d decisions signed at once on two nodes in %d ms%n", waiting.size(),
        (System.nanoTime() - start) / 1_000_000);
    for (AppNode node : List.of(a, b)) {
      String page = announcements(node);
      for (String[] w : waiting) {
        assertTrue(page.contains(w[1]), node.name + "'s public page shows the decision for " + w[1]);
      }
    }
  }

  private Answer sign(AppNode node, String task) {
    Answer answer = scenario.call(node, "chairman", "POST", "/engine-rest/task/" + task + "/complete",
        NodesScenario.variables(Map.of("chairmanOutcome", "approve")));
    assertTrue(answer != null, "node " + node.name + " answers");
    return answer;
  }

  private String announcements(AppNode node) throws Exception {
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(node.url() + "/announcements"))
        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    // the page also carries a fresh CSRF token per visit: compare the list only
    int from = page.body().indexOf("<tbody");
    int to = page.body().lastIndexOf("</tbody>");
    return from < 0 || to < 0 ? page.body() : page.body().substring(from, to);
  }

  /** Every decision of the database: numbered 1..n in the year, no number twice, each awarding its one case. */
  void verify(String url, String user, String password, int decisionsBefore, int sessions) throws Exception {
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      List<List<Object>> decisions = NodesScenario.rows(c,
          "select decision_number, sequence_in_year from award_decision order by sequence_in_year");
      assertEquals(decisionsBefore + sessions, decisions.size());
      assertEquals(decisions.size(), NodesScenario.number(c, "select count(distinct decision_number) from award_decision"),
          "no decision number twice");
      for (int k = 0; k < decisions.size(); k++) {
        assertEquals((long) (k + 1), ((Number) decisions.get(k).get(1)).longValue(), "numbers without a gap");
        // the nodes count numbers themselves (tdkt.decision.numbering=internal), below 10 with a leading 0
        assertEquals(String.format("%02d/QĐ-UBND", k + 1), decisions.get(k).get(0));
      }
      assertEquals(sessions, NodesScenario.number(c, "select count(*) from case_record where status = 'AWARDED' "
          + "and nominee_name like '" + NOMINEE + "%' and decision_number is not null"), "every new case awarded");
      assertEquals(0, NodesScenario.rows(c, "select decision_number from case_record where nominee_name like '"
          + NOMINEE + "%' group by decision_number having count(*) <> 1").size(), "one decision per new case");
    }
  }
}
