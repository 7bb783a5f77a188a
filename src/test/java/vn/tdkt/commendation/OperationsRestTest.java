package vn.tdkt.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.proposal.ProposalProcess;

/**
 * What an operator and the load balancer see (health, metrics) and what two officials see when they
 * complete the same task at the same moment.
 */
class OperationsRestTest extends RestWorkflowTest {

  @Test
  void healthIsPublicButOnlyAnAdminSeesItsDetails() {
    JsonNode anonymous = anonymous().get("/actuator/health").expect(200).json();
    assertThat(anonymous.path("status").asText()).isEqualTo("UP");
    assertThat(anonymous.has("components")).as("no details without login: %s", anonymous).isFalse();

    JsonNode nominator = as("nominator.thads").get("/actuator/health").expect(200).json();
    assertThat(nominator.has("components")).as("an official is no operator: %s", nominator).isFalse();

    JsonNode admin = as("admin").get("/actuator/health").expect(200).json();
    assertThat(admin.path("components").path("db").path("status").asText()).isEqualTo("UP");
    JsonNode engine = admin.path("components").path("engine");
    assertThat(engine.path("status").asText()).isEqualTo("UP");
    assertThat(engine.path("details").path("name").asText()).isEqualTo("default");
    // the tests drive timers themselves; a node in production reports "active"
    assertThat(engine.path("details").path("jobExecutor").asText()).isEqualTo("off");
    assertThat(engine.path("details").has("failedJobs")).isTrue();
  }

  @Test
  void metricsAreForTheAdminOnly() {
    anonymous().get("/actuator/metrics").expect(401);
    as("nominator.thads").get("/actuator/metrics").expect(403);
    JsonNode names = as("admin").get("/actuator/metrics").expect(200).json().path("names");
    List<String> all = new ArrayList<>();
    names.forEach(n -> all.add(n.asText()));
    assertThat(all).contains("tdkt.process.instances.started", "tdkt.process.instances.completed",
        "tdkt.tasks.open", "tdkt.jobs.failed", "tdkt.incidents");
  }

  @Test
  void metricsFollowNominationsThroughTheirSteps() {
    double started = metric("tdkt.process.instances.started", "process:" + NominationProcess.KEY);
    double completed = metric("tdkt.process.instances.completed", "process:" + NominationProcess.KEY);
    assertThat(metric("tdkt.tasks.open", "stage:" + NominationProcess.ENDORSE)).isZero();

    Started a = started("nominator.thads", meritNomination("Phạm Văn Đo Lường"));
    started("nominator.thads", meritNomination("Phạm Thị Đo Lường"));
    assertThat(metric("tdkt.tasks.open", "stage:" + NominationProcess.ENDORSE)).isEqualTo(2.0);
    assertThat(metric("tdkt.process.instances.started", "process:" + NominationProcess.KEY)).isEqualTo(started + 2);

    completeViaRest("head.thads", a.processInstanceId(), NominationProcess.ENDORSE,
        "endorsementOutcome", "reject", "comment", "Chưa tiêu biểu");
    assertThat(metric("tdkt.tasks.open", "stage:" + NominationProcess.ENDORSE)).isEqualTo(1.0);
    assertThat(metric("tdkt.process.instances.completed", "process:" + NominationProcess.KEY)).isEqualTo(completed + 1);
    assertThat(metric("tdkt.jobs.failed", null)).isZero();
    assertThat(metric("tdkt.incidents", null)).isZero();
  }

  @Test
  void metricsFollowProposals() {
    double started = metric("tdkt.process.instances.started", "process:" + ProposalProcess.KEY);
    double waiting = metric("tdkt.tasks.open", "stage:" + ProposalProcess.ENDORSE);
    Map<String, Object> v = meritNomination("Trần Văn Đo Lường");
    v.put(ProposalProcess.VAR_KIND, "ANNUAL");
    v.put(ProposalProcess.VAR_SUBMISSION_NUMBER, "21/TTr-CTHADS");
    v.put(ProposalProcess.VAR_SUBMISSION_DATE, java.time.LocalDate.now(java.time.ZoneId.of(
        vn.tdkt.commendation.CommendationApplication.ZONE)).toString());
    v.put(ProposalProcess.VAR_SIGNER, "Lê Văn Thủ");
    as("nominator.thads", () -> runtime.startProcessInstanceByKey(ProposalProcess.KEY, v));
    assertThat(metric("tdkt.process.instances.started", "process:" + ProposalProcess.KEY)).isEqualTo(started + 1);
    assertThat(metric("tdkt.tasks.open", "stage:" + ProposalProcess.ENDORSE)).isEqualTo(waiting + 1);
  }

  @Test
  void twoOfficialsCompleteTheSameTaskAtOnceAndExactlyOneWins() throws Exception {
    ensureSecondHead();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        Started s = started("nominator.thads", meritNomination("Trần Văn Cùng Lúc " + round));
        String taskId = taskId("head.thads", s.processInstanceId(), NominationProcess.ENDORSE);
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Answer>> answers = new ArrayList<>();
        for (String head : List.of("head.thads", "head2.thads")) {
          answers.add(pool.submit(() -> {
            together.await(10, TimeUnit.SECONDS);
            return completeTask(head, taskId, "endorsementOutcome", "approve");
          }));
        }
        List<Answer> results = new ArrayList<>();
        for (Future<Answer> f : answers) {
          results.add(f.get(60, TimeUnit.SECONDS));
        }
        List<Integer> statuses = results.stream().map(Answer::status).sorted().toList();
        assertThat(statuses).as("round %d: %s", round, results).containsExactly(204, 409);
        Answer loser = results.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        loser.refused(409, null, "không");

        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(s.processInstanceId())
            .taskDefinitionKey(NominationProcess.ENDORSE).finished().count()).isEqualTo(1);
        assertThat(count("select count(*) from case_event e join case_record c on c.id = e.case_id "
            + "where c.case_number = ? and e.stage = 'ENDORSEMENT'", s.caseNumber()))
            .as("one endorsement in the case history").isEqualTo(1);
        assertThat(tasks.createTaskQuery().processInstanceId(s.processInstanceId())
            .taskDefinitionKey(NominationProcess.REVIEW_IN_CLUSTER).count()).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A second head of the same unit, so two different officials hold the same task. */
  private void ensureSecondHead() {
    if (identity.createUserQuery().userId("head2.thads").count() == 0) {
      User u = identity.newUser("head2.thads");
      u.setFirstName("Phó");
      u.setLastName("Thủ trưởng");
      u.setPassword(PASSWORD);
      identity.saveUser(u);
      identity.createMembership("head2.thads", "unit-thads-heads");
    }
  }

  private double metric(String name, String tag) {
    String path = "/actuator/metrics/" + name + (tag == null ? "" : "?tag=" + tag);
    JsonNode m = as("admin").get(path).expect(200).json();
    return m.path("measurements").get(0).path("value").asDouble();
  }
}
