package vn.tdkt.commendation.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.tdkt.commendation.RestWorkflowTest;
import vn.tdkt.commendation.council.CouncilProcess;

/**
 * Two nominations and one Council session, driven only through /engine-rest and /api as the demo
 * people would from a client application; plus what another unit's nominator and anonymous callers
 * can and cannot see or do.
 */
class NominationRestFlowTest extends RestWorkflowTest {

  @Test
  void twoNominationsThroughTheCouncilToADecisionEntirelyOverRest() {
    String nameA = "Nguyễn Thị Rest Khen " + System.nanoTime();
    String nameB = "Trần Văn Rest Loại " + System.nanoTime();

    // the unit nominates both: case numbers are given in order, from 1 in the year
    Started a = started("nominator.thads", meritNomination(nameA));
    Started b = started("nominator.thads", meritNomination(nameB));
    assertThat(a.caseNumber()).isEqualTo(caseNumber(1));
    assertThat(b.caseNumber()).isEqualTo(caseNumber(2));
    JsonNode registered = caseView("nominator.thads", a.caseNumber());
    assertThat(registered.path("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(registered.path("stage").asText()).isEqualTo("ENDORSEMENT");
    assertThat(registered.path("nomineeName").asText()).isEqualTo(nameA);
    assertThat(registered.path("unitCode").asText()).isEqualTo("thads");
    assertThat(registered.path("clusterCode").asText()).isEqualTo("cum9");

    // the unit's head endorses both
    for (Started s : List.of(a, b)) {
      completeViaRest("head.thads", s.processInstanceId(), NominationProcess.ENDORSE,
          "endorsementOutcome", "approve", "comment", "Đồng ý ký trình " + s.caseNumber());
    }
    // the cluster leader approves both
    for (Started s : List.of(a, b)) {
      completeViaRest("lead.cum9", s.processInstanceId(), NominationProcess.REVIEW_IN_CLUSTER,
          "clusterOutcome", "approve");
    }
    // the Board's officer approves both appraisals; a certificate of merit has no public notice
    for (Started s : List.of(a, b)) {
      completeViaRest("officer.ban", s.processInstanceId(), NominationProcess.APPRAISE,
          "appraisalOutcome", "approve", "comment", "Hồ sơ đầy đủ");
    }
    JsonNode waiting = caseView("officer.ban", a.caseNumber());
    assertThat(waiting.path("status").asText()).isEqualTo("AWAITING_COUNCIL");
    assertThat(waiting.path("stage").asText()).isEqualTo("COUNCIL");
    assertThat(waiting.path("noticeEndsAt").isNull()).isTrue();

    // the Board's head opens a Council session through REST
    JsonNode session = as("head.ban").post("/engine-rest/process-definition/key/" + CouncilProcess.KEY + "/start",
        Map.of("variables", Map.of())).expect(200).json();
    String sessionId = session.path("id").asText();
    assertThat(session.path("businessKey").asText()).isEqualTo(String.format("HD-%d-001", YEAR));
    assertThat(caseView("officer.ban", a.caseNumber()).path("status").asText()).isEqualTo("IN_COUNCIL");

    // every member finds their own ballot and votes: approve A, reject B
    for (String member : COUNCIL) {
      List<JsonNode> mine = list(as(member).get("/engine-rest/task?assignee=" + member).expect(200).json());
      assertThat(mine).as("open tasks of %s", member).hasSize(1);
      assertThat(mine.get(0).path("taskDefinitionKey").asText()).isEqualTo(CouncilProcess.CAST_BALLOT);
      assertThat(mine.get(0).path("processInstanceId").asText()).isEqualTo(sessionId);
      as(member).post("/api/council-ballots/" + mine.get(0).path("id").asText(),
          Map.of("votes", Map.of(a.caseNumber(), "approve", b.caseNumber(), "reject"))).expect(204);
    }
    for (String member : COUNCIL) {
      assertThat(list(as(member).get("/engine-rest/task?assignee=" + member).expect(200).json()))
          .as("%s has voted", member).isEmpty();
    }

    // no approval for B: rejected by the tally, before the Chairman signs anything
    JsonNode rejected = caseView("nominator.thads", b.caseNumber());
    assertThat(rejected.path("status").asText()).isEqualTo("REJECTED");
    assertThat(rejected.path("decisionNumber").isNull()).isTrue();
    assertThat(rejected.path("outcomeReason").asText()).contains("0/7");
    assertThat(rejected.path("closedAt").isNull()).isFalse();
    assertThat(texts(list(rejected.path("events")), "outcome")).contains("councilNotPassed", "rejected");
    assertThat(caseView("nominator.thads", a.caseNumber()).path("status").asText()).isEqualTo("IN_COUNCIL");

    // the Chairman finds the list to sign (only A's award type) and approves it
    List<JsonNode> toSign = list(as("chairman").get("/engine-rest/task?candidateGroup=chairman").expect(200).json());
    assertThat(toSign).hasSize(1);
    assertThat(toSign.get(0).path("taskDefinitionKey").asText()).isEqualTo(CouncilProcess.APPROVE_DECISION);
    assertThat(toSign.get(0).path("processInstanceId").asText()).isEqualTo(sessionId);
    JsonNode listToSign = as("chairman").get("/engine-rest/task/" + toSign.get(0).path("id").asText()
        + "/variables/" + CouncilProcess.VAR_DECISION_CASES).expect(200).json();
    // to sign: the case that passed; below it, what the Council turned down (not signed), with its count
    String list = listToSign.path("value").asText();
    assertThat(list.substring(0, list.indexOf("Hội đồng không tán thành"))).contains(a.caseNumber(), nameA, "7/7")
        .doesNotContain(b.caseNumber());
    assertThat(list.substring(list.indexOf("Hội đồng không tán thành"))).contains(b.caseNumber(), "0/7");
    completeTask("chairman", toSign.get(0).path("id").asText(), "chairmanOutcome", "approve").expect(204);

    // the UBND office's clerk numbers it from the register
    List<JsonNode> toNumber = list(as("vanthu").get("/engine-rest/task?candidateGroup=ubnd-clerks").expect(200).json());
    assertThat(toNumber).hasSize(1);
    assertThat(toNumber.get(0).path("taskDefinitionKey").asText()).isEqualTo(CouncilProcess.RECORD_NUMBER);
    completeTask("vanthu", toNumber.get(0).path("id").asText(), CouncilProcess.VAR_REGISTER_NUMBER, 1,
        CouncilProcess.VAR_REGISTER_DATE, TODAY.toString()).expect(204);

    // A is awarded with the first decision number of the year, dated today
    JsonNode awarded = caseView("nominator.thads", a.caseNumber());
    assertThat(awarded.path("status").asText()).isEqualTo("AWARDED");
    assertThat(awarded.path("stage").asText()).isEqualTo("ANNOUNCEMENT");
    assertThat(awarded.path("decisionNumber").asText()).isEqualTo("01/QĐ-UBND");
    assertThat(awarded.path("decisionDate").asText()).isEqualTo(TODAY.toString());
    assertThat(awarded.path("closedAt").isNull()).isFalse();
    List<JsonNode> events = list(awarded.path("events"));
    assertThat(events).extracting(e -> e.path("actor").asText(), e -> e.path("stage").asText(),
        e -> e.path("outcome").asText()).containsExactly(
            tuple("nominator.thads", "REGISTRATION", "registered"),
            tuple("system", "ELIGIBILITY", "eligible"),
            tuple("head.thads", "ENDORSEMENT", "approve"),
            tuple("lead.cum9", "CLUSTER_REVIEW", "approve"),
            tuple("officer.ban", "APPRAISAL", "approve"),
            tuple("system", "COUNCIL", "takenIntoSession"),
            tuple("system", "COUNCIL", "councilPassed"),
            tuple("chairman", "COUNCIL", "decisionApproved"),
            tuple("chairman", "DECISION", "decided"),
            tuple("system", "ANNOUNCEMENT", "awarded"));
    assertThat(events).allSatisfy(e -> assertThat(e.path("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*\\+07:00"));
    assertThat(events.get(2).path("comment").asText()).isEqualTo("Đồng ý ký trình " + a.caseNumber());
    assertThat(events.get(3).path("comment").isNull()).isTrue();
    assertThat(events.get(4).path("comment").asText()).isEqualTo("Hồ sơ đầy đủ");
    assertThat(events.get(6).path("comment").asText()).contains("7/7");
    assertThat(events.get(8).path("comment").asText()).isEqualTo("01/QĐ-UBND");

    // both nominations and the session are over in the engine
    for (String id : List.of(a.processInstanceId(), b.processInstanceId(), sessionId)) {
      JsonNode done = as("officer.ban").get("/engine-rest/history/process-instance/" + id).expect(200).json();
      assertThat(done.path("state").asText()).as("state of %s", id).isEqualTo("COMPLETED");
    }
    assertThat(endEvents(a.processInstanceId())).containsExactly(NominationProcess.END_AWARDED);
    assertThat(endEvents(b.processInstanceId())).containsExactly(NominationProcess.END_REJECTED);

    // the public page, without login, lists A with its decision and not B
    Answer page = anonymous().get("/announcements").expect(200);
    assertThat(page.headers().getContentType().toString()).startsWith("text/html");
    assertThat(page.body()).contains(nameA, "01/QĐ-UBND").doesNotContain(nameB);
  }

  @Test
  void anotherUnitSeesAndDoesNothingOfACaseAndAnonymousCallersAreAskedToSignIn() {
    String name = "Lê Văn Riêng Tư " + System.nanoTime();
    Started thads = started("nominator.thads", meritNomination(name));
    String endorseTask = taskId("head.thads", thads.processInstanceId(), NominationProcess.ENDORSE);
    JsonNode caseBefore = caseView("nominator.thads", thads.caseNumber());

    // the thads people see their task and instance: the empty lists below are not empty for want of data
    assertThat(texts(list(as("head.thads").get("/engine-rest/task").expect(200).json()), "id"))
        .containsExactly(endorseTask);
    assertThat(texts(list(as("nominator.thads").get("/engine-rest/process-instance").expect(200).json()), "id"))
        .containsExactly(thads.processInstanceId());
    assertThat(as("head.thads").get("/engine-rest/task/" + endorseTask + "/variables").expect(200).json()
        .path("nomineeName").path("value").asText()).isEqualTo(name);
    assertThat(texts(list(as("officer.ban").get("/engine-rest/history/process-instance").expect(200).json()), "id"))
        .contains(thads.processInstanceId());

    // another unit's nominator and head see nothing of it in the engine
    for (String other : List.of("nominator.ca", "head.ca")) {
      assertThat(list(as(other).get("/engine-rest/task").expect(200).json())).as("tasks of %s", other).isEmpty();
      assertThat(as(other).get("/engine-rest/task/count").expect(200).json().path("count").asInt()).isZero();
      assertThat(list(as(other).get("/engine-rest/process-instance").expect(200).json())).isEmpty();
      assertThat(list(as(other).get("/engine-rest/history/process-instance").expect(200).json())).isEmpty();
      assertThat(list(as(other).get("/engine-rest/history/process-instance?processInstanceId="
          + thads.processInstanceId()).expect(200).json())).isEmpty();
      assertThat(as(other).get("/engine-rest/process-instance/" + thads.processInstanceId() + "/variables").status())
          .isIn(403, 404);
      assertThat(as(other).get("/engine-rest/process-instance/" + thads.processInstanceId()).status())
          .isIn(403, 404);
      assertThat(as(other).get("/engine-rest/task/" + endorseTask).status()).isIn(403, 404);
      assertThat(as(other).get("/api/cases/" + thads.caseNumber()).status()).isEqualTo(404);
    }
    as("nominator.ca").get("/api/cases/" + thads.caseNumber()).refused(404, null, "Không tìm thấy hồ sơ");

    // nor can they act on it
    Answer complete = completeTask("nominator.ca", endorseTask, "endorsementOutcome", "approve");
    assertThat(complete.status()).as("complete: %s", complete.body()).isIn(403, 404);
    Answer claim = as("nominator.ca").post("/engine-rest/task/" + endorseTask + "/claim",
        Map.of("userId", "nominator.ca"));
    assertThat(claim.status()).as("claim: %s", claim.body()).isIn(403, 404);
    Answer assign = as("head.ca").post("/engine-rest/task/" + endorseTask + "/assignee",
        Map.of("userId", "head.ca"));
    assertThat(assign.status()).as("assign: %s", assign.body()).isIn(403, 404);

    JsonNode stillOpen = as("head.thads").get("/engine-rest/task/" + endorseTask).expect(200).json();
    assertThat(stillOpen.path("assignee").isNull()).isTrue();
    assertThat(caseView("nominator.thads", thads.caseNumber())).isEqualTo(caseBefore);

    // no credentials, or wrong ones: 401 with a JSON body, on the engine's REST and on ours
    for (String path : List.of("/engine-rest/task", "/api/cases/x", "/api/cases/" + thads.caseNumber(),
        "/engine-rest/process-instance")) {
      Answer anon = anonymous().get(path);
      assertThat(anon.status()).as("anonymous GET %s", path).isEqualTo(401);
      assertThat(anon.json().path("type").asText()).isEqualTo("UNAUTHORIZED");
      assertThat(anon.headers().getFirst("WWW-Authenticate")).startsWith("Basic");
    }
    // (an unknown user: a wrong password for a real one would lock it for seconds, Camunda's login delay)
    assertThat(restTemplate.withBasicAuth("nobody.here", "wrong").getForEntity("/engine-rest/task", String.class)
        .getStatusCode().value()).isEqualTo(401);
    Answer anonymousStart = anonymous().post("/engine-rest/process-definition/key/" + NominationProcess.KEY + "/start",
        body(variables(meritNomination("Ẩn danh " + System.nanoTime()))));
    assertThat(anonymousStart.status()).isEqualTo(401);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(1);
  }

  /** The end events the instance reached, from the history as the Board sees it. */
  private List<String> endEvents(String processInstanceId) {
    return texts(list(as("officer.ban").get("/engine-rest/history/activity-instance?processInstanceId="
        + processInstanceId + "&activityType=noneEndEvent").expect(200).json()), "activityId");
  }
}
