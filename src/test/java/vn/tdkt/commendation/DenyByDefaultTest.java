package vn.tdkt.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.council.CouncilProcess;
import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.problem.Refusal;

/**
 * The attacks an outside probe ran against the engine's doors, replayed: each is refused, and nothing it aimed
 * at changed (case status, variables, history, tally), with an audit line.
 */
@ExtendWith(OutputCaptureExtension.class)
class DenyByDefaultTest extends RestWorkflowTest {

  @LocalServerPort int port;

  private static final String START = "/engine-rest/process-definition/key/" + NominationProcess.KEY + "/start";

  // ------------------------------------------------------------- 1. a start that skips the case's registration

  @Test
  void aNominatorCannotStartANominationAtItsAwardedEndThroughAnyDoor(CapturedOutput output) {
    World before = world();
    Map<String, Object> attack = Map.of("variables", variables(meritNomination("Lưu Văn Tắt " + System.nanoTime())),
        "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", NominationProcess.END_AWARDED)));
    as("nominator.ca").post(START, attack).refused(403, null, "startInstructions");
    as("nominator.ca").post(START, Map.of("variables", variables(meritNomination("Lưu Văn Tắt")),
        "skipCustomListeners", true)).refused(403, null, "skipCustomListeners");
    // the webapps' own engine API is the same door
    WebappBrowser tasklist = new WebappBrowser(port);
    assertThat(tasklist.login("nominator.ca", PASSWORD, "tasklist").status()).isEqualTo(200);
    WebappBrowser.Reply viaTasklist = tasklist.post("/camunda/api/engine/engine/default/process-definition/key/"
        + NominationProcess.KEY + "/start", json(attack));
    assertThat(viaTasklist.status()).as(viaTasklist.body()).isEqualTo(403);
    assertThat(viaTasklist.body()).contains("startInstructions");

    assertThat(world()).isEqualTo(before);
    assertThat(output.getAll()).contains("DENIED status=403 user=nominator.ca")
        .contains("resource=\"door engine POST /process-definition/key/commendation-nomination/start\"");
  }

  @Test
  void anotherUnitsCaseCannotBeRejectedByStartingAnInstanceUnderItsNumber() {
    Started victim = started("nominator.thads", meritNomination("Nạn Thị Nhân " + System.nanoTime()));
    JsonNode before = caseView("nominator.thads", victim.caseNumber());
    World world = world();
    as("nominator.ca").post(START, Map.of("variables", variables(meritNomination("Kẻ Giả")),
        "businessKey", victim.caseNumber(), "startInstructions",
        List.of(Map.of("type", "startBeforeActivity", "activityId", NominationProcess.END_REJECTED))))
        .refused(403, null, "startInstructions");
    // a business key alone is refused too: the case number is the product's to give
    as("nominator.ca").post(START, Map.of("variables", variables(meritNomination("Kẻ Giả")),
        "businessKey", victim.caseNumber())).refused(403, null, "businessKey");
    assertThat(caseView("nominator.thads", victim.caseNumber())).isEqualTo(before);
    assertThat(world()).isEqualTo(world);
  }

  @Test
  void insideTheEngineNoSignedInCallerMayStartAnInstanceElsewhereThanAtItsStart() {
    World before = world();
    for (String caller : List.of("nominator.ca", "admin")) {
      for (boolean skipListeners : List.of(false, true)) {
        assertThatThrownBy(() -> as(caller, () -> runtime.createProcessInstanceByKey(NominationProcess.KEY)
            .setVariables(meritNomination("Java Văn Tắt")).startBeforeActivity(NominationProcess.END_AWARDED)
            .execute(skipListeners, skipListeners)))
            .as("%s, skip listeners %s", caller, skipListeners)
            .satisfies(e -> assertThat(Refusal.findIn(e)).isNotNull()
                .satisfies(r -> assertThat(r.status()).isEqualTo(403)));
      }
    }
    assertThat(world()).isEqualTo(before);
    // the start event is the way in, for everyone
    ProcessInstance fine = nominate("nominator.thads", meritNomination("Đúng Văn Cửa " + System.nanoTime()));
    assertThat(caseOf(fine).getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
  }

  // ------------------------------------------------------------- 2. BPMN errors and escalations from a task

  @Test
  void aBpmnErrorFromATaskIsRefusedAndCarriesNoVariables(CapturedOutput output) {
    Started s = started("nominator.thads", meritNomination("Lỗi Văn Ném " + System.nanoTime()));
    String task = taskId("head.thads", s.processInstanceId(), NominationProcess.ENDORSE);
    for (String door : List.of("bpmnError", "bpmnEscalation")) {
      as("head.thads").post("/engine-rest/task/" + task + "/" + door, Map.of("errorCode", "x", "escalationCode", "x",
          "variables", variables("awardType", "CO_THI_DUA_TINH"))).refused(403, null, "không có quyền");
    }
    // behind the door, in the engine, the same for a signed-in official
    assertThatThrownBy(() -> as("head.thads", () -> tasks.handleBpmnError(task, "x", "x",
        Map.of("awardType", "CO_THI_DUA_TINH")))).satisfies(e -> assertThat(Refusal.findIn(e)).isNotNull());
    assertThat(taskId("head.thads", s.processInstanceId(), NominationProcess.ENDORSE)).isEqualTo(task);
    assertThat(caseView("head.thads", s.caseNumber()).path("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(count("select count(*) from ACT_HI_DETAIL where PROC_INST_ID_ = ? and NAME_ = 'awardType' "
        + "and TEXT_ = 'CO_THI_DUA_TINH'", s.processInstanceId())).isZero();
    assertThat(output.getAll()).contains("resource=\"door engine POST /task/" + task + "/bpmnError\"");
  }

  @Test
  void aCouncilMembersBallotCannotBeCastTwiceThroughABpmnErrorNorHandedToAnother() {
    ProcessInstance pi = nominatedAndAppraised(meritNomination("Kín Văn Phiếu " + System.nanoTime()));
    String caseNumber = caseOf(pi).getCaseNumber();
    ProcessInstance session = openCouncilSession(null);
    Task ballot = ballotTask(session, "council.1");
    String ballotPath = "/engine-rest/task/" + ballot.getId();
    long details = count("select count(*) from ACT_HI_DETAIL where PROC_INST_ID_ = ?", session.getId());

    as("council.1").post(ballotPath + "/bpmnError", Map.of("errorCode", "x",
        "variables", variables(caseNumber, "approve"))).refused(403, null, "không có quyền");
    // hand the ballot to someone else, or add someone, or give it back: never
    as("council.1").post(ballotPath + "/assignee", Map.of("userId", "chairman")).refused(403, null, "Phiếu bầu kín");
    as("council.1").post(ballotPath + "/delegate", Map.of("userId", "council.2")).refused(403, null, "Phiếu bầu kín");
    as("council.1").post(ballotPath + "/identity-links", Map.of("userId", "chairman", "type", "candidate"))
        .refused(403, null, "Phiếu bầu kín");
    as("council.1").post(ballotPath + "/unclaim", null).refused(403, null, "Phiếu bầu kín");
    // not even the administrator, in the engine: it would change who holds a secret vote
    assertThatThrownBy(() -> as("admin", () -> tasks.setAssignee(ballot.getId(), "chairman")))
        .satisfies(e -> assertThat(Refusal.findIn(e)).isNotNull());
    assertThatThrownBy(() -> as("admin", () -> tasks.handleBpmnError(ballot.getId(), "x")))
        .satisfies(e -> assertThat(Refusal.findIn(e)).isNotNull());
    // whoever else tries to vote with it is refused
    as("chairman").post("/api/council-ballots/" + ballot.getId(), Map.of("votes", Map.of(caseNumber, "approve")))
        .expect(403);

    assertThat(tasks.createTaskQuery().taskId(ballot.getId()).singleResult().getAssignee()).isEqualTo("council.1");
    assertThat(count("select count(*) from council_ballot_tally where case_number = ? and (approvals > 0 "
        + "or rejections > 0)", caseNumber)).isZero();
    assertThat(count("select count(*) from ACT_HI_DETAIL where PROC_INST_ID_ = ?", session.getId())).isEqualTo(details);
    // the member still votes, once
    as("council.1").post("/api/council-ballots/" + ballot.getId(), Map.of("votes", Map.of(caseNumber, "approve")))
        .expect(204);
    assertThat(count("select approvals from council_ballot_tally where case_number = ?", caseNumber)).isEqualTo(1);
  }

  @Test
  void aTaskIsHandedOnlyToItsCandidatesAndClaimedOnlyForOneself() {
    Started s = started("nominator.thads", meritNomination("Giao Văn Việc " + System.nanoTime()));
    String task = taskId("head.thads", s.processInstanceId(), NominationProcess.ENDORSE);
    as("head.thads").post("/engine-rest/task/" + task + "/assignee", Map.of("userId", "nominator.ca"))
        .refused(403, null, "nhóm xử lý");
    as("head.thads").post("/engine-rest/task/" + task + "/delegate", Map.of("userId", "chairman"))
        .refused(403, null, "nhóm xử lý");
    as("head.thads").post("/engine-rest/task/" + task + "/claim", Map.of("userId", "head.ca"))
        .refused(403, null, "cho chính mình");
    as("head.thads").post("/engine-rest/task/" + task + "/identity-links",
        Map.of("groupId", "unit-ca-heads", "type", "candidate")).refused(403, null, "quản trị");
    as("head.thads").put("/engine-rest/task/" + task, Map.of("name", "Đổi tên", "assignee", "nominator.ca"))
        .expect(403);
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    assertThat(count("select count(*) from ACT_RU_IDENTITYLINK where TASK_ID_ = ? and GROUP_ID_ = 'unit-ca-heads'",
        task)).isZero();
    // to oneself, or to a colleague of the same candidate group, is the normal work
    as("head.thads").post("/engine-rest/task/" + task + "/claim", Map.of("userId", "head.thads")).expect(204);
    as("head.thads").post("/engine-rest/task/" + task + "/unclaim", null).expect(204);
  }

  @Test
  void everyTaskOperationOpenedToOfficialsRefusesAnotherUnitsTaskAndTheBoardsComplaintTask() {
    Started s = started("nominator.thads", meritNomination("Mọi Thao Tác " + System.nanoTime()));
    String endorse = taskId("head.thads", s.processInstanceId(), NominationProcess.ENDORSE);
    refusedEverywhere(endorse, List.of("nominator.ca", "head.ca", "nominator.thads", "council.1"));
    assertThat(tasks.createTaskQuery().taskId(endorse).singleResult().getAssignee()).isNull();

    // the Board's handling of a complaint lives in the unit's own case, out of the unit's reach
    ProcessInstance pi = nominate("nominator.thads", fighterNomination("Phản Ánh Văn Kín " + System.nanoTime()));
    complete("head.thads", pi, NominationProcess.ENDORSE, "endorsementOutcome", "approve");
    complete("lead.cum9", pi, NominationProcess.REVIEW_IN_CLUSTER, "clusterOutcome", "approve");
    complete("officer.ban", pi, NominationProcess.APPRAISE, "appraisalOutcome", "approve");
    anonymous().post("/api/cases/" + caseOf(pi).getCaseNumber() + "/complaints", Map.of("name", "Người Phản Ánh",
        "contact", "0900 000 000", "content", "Chưa đúng")).expect(202);
    String handle = task(pi, NominationProcess.HANDLE_COMPLAINT).getId();
    refusedEverywhere(handle, List.of("nominator.thads", "head.thads", "lead.cum9"));
    assertThat(list(as("head.thads").get("/engine-rest/task?processInstanceId=" + pi.getId()).expect(200).json()))
        .isEmpty();
    assertThat(tasks.createTaskQuery().taskId(handle).singleResult().getAssignee()).isNull();
    as("officer.ban").get("/engine-rest/task/" + handle + "/form-variables").expect(200);
  }

  /** Every task operation the allow-list opens to officials, on this task, is refused to each of these people. */
  private void refusedEverywhere(String task, List<String> outsiders) {
    List<vn.tdkt.commendation.security.EngineDoorProbe.Entry> taskOperations =
        vn.tdkt.commendation.security.EngineDoorProbe.engineEntries().stream()
            .filter(e -> e.pattern().startsWith("/task/{id}")).toList();
    assertThat(taskOperations).hasSizeGreaterThan(15);
    for (String outsider : outsiders) {
      for (var op : taskOperations) {
        String pattern = op.pattern();
        String path = "/engine-rest" + pattern.replace("{id}", task).replace("{name}", "nomineeName")
            .replace("{commentId}", "khong-co");
        Object body = pattern.endsWith("/claim") || pattern.endsWith("/assignee") || pattern.endsWith("/delegate")
            ? Map.of("userId", outsider)
            : pattern.endsWith("/comment/create") ? Map.of("message", "x")
            : pattern.contains("identity-links") ? Map.of("userId", outsider, "type", "candidate")
            : pattern.endsWith("/unclaim") ? null
            : Map.of("variables", variables("endorsementOutcome", "approve"));
        Answer answer = "GET".equals(op.method()) ? as(outsider).get(path) : as(outsider).post(path, body);
        assertThat(answer.status()).as("%s %s as %s: %s", op.method(), pattern, outsider, answer.body())
            .isIn(403, 404);
      }
    }
  }

  // ------------------------------------------------------------- 3. one credential parser for throttle and login

  @Test
  void everySpellingOfAWrongPasswordIsCountedThrottledAndAudited(CapturedOutput output) throws Exception {
    // throwaway people: the engine's own short lock after failures must not touch the demo people of other tests
    withUsers(List.of("throttle.tab", "throttle.form"), () -> {
      String tab = "Basic\t" + Base64.getEncoder().encodeToString("throttle.tab:wrong".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 5; i++) {
        assertThat(raw(HttpMethod.GET, "/engine-rest/task", tab, null)).isEqualTo(401);
      }
      assertThat(basicStatus("throttle.tab", PASSWORD)).as("the user's count holds whatever the spelling").isEqualTo(429);
      assertThat(output.getAll()).contains("DENIED status=401 user=throttle.tab");

      // junk credentials beside the webapps' login form: the form's user is counted
      throttle.clear();
      for (int i = 0; i < 5; i++) {
        WebappBrowser b = new WebappBrowser(port);
        b.get("/camunda/app/tasklist/default/");
        WebappBrowser.Reply r = b.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
            WebappBrowser.form(Map.of("username", "throttle.form", "password", "wrong")),
            "application/x-www-form-urlencoded", Map.of("Authorization", "Basic !!!"));
        assertThat(r.status()).isEqualTo(401);
      }
      assertThat(new WebappBrowser(port).login("throttle.form", PASSWORD, "tasklist").status()).isEqualTo(429);
      assertThat(basicStatus("throttle.form", PASSWORD)).isEqualTo(429);
      assertThat(output.getAll()).contains("DENIED status=401 user=throttle.form");

      // unreadable credentials on the API count against the client
      throttle.clear();
      for (int i = 0; i < 20; i++) {
        assertThat(raw(HttpMethod.GET, "/engine-rest/task", "Basic !!!", null)).isEqualTo(401);
      }
      assertThat(basicStatus("head.thads", PASSWORD)).isEqualTo(429);
      assertThat(output.getAll()).contains("reason=\"malformed credentials\"");
    });
  }

  @Test
  void anXForwardedForHeaderDoesNotMakeANewClient() {
    for (int i = 0; i < 20; i++) {
      HttpHeaders headers = new HttpHeaders();
      headers.setBasicAuth("ai.do." + i, "guess");
      headers.add("X-Forwarded-For", "10.1.2." + i);
      assertThat(restTemplate.exchange("/engine-rest/task", HttpMethod.GET, new HttpEntity<>(headers), String.class)
          .getStatusCode().value()).isEqualTo(401);
    }
    HttpHeaders fresh = new HttpHeaders();
    fresh.setBasicAuth("nominator.thads", PASSWORD);
    fresh.add("X-Forwarded-For", "192.168.77.77");
    assertThat(restTemplate.exchange("/engine-rest/task", HttpMethod.GET, new HttpEntity<>(fresh), String.class)
        .getStatusCode().value()).as("still the same client: the loopback address").isEqualTo(429);
  }

  // ------------------------------------------------------------- 6. complainants are the Board's to know

  @Test
  void theUnitComplainedAboutDoesNotSeeWhoComplained() throws Exception {
    ProcessInstance pi = nominate("nominator.thads", fighterNomination("Công Văn Khai " + System.nanoTime()));
    complete("head.thads", pi, NominationProcess.ENDORSE, "endorsementOutcome", "approve");
    complete("lead.cum9", pi, NominationProcess.REVIEW_IN_CLUSTER, "clusterOutcome", "approve");
    complete("officer.ban", pi, NominationProcess.APPRAISE, "appraisalOutcome", "approve");
    String caseNumber = caseOf(pi).getCaseNumber();
    anonymous().post("/api/cases/" + caseNumber + "/complaints", Map.of("name", "Nguyễn Văn Tố Giác",
        "contact", "0912 345 678", "content", "Thành tích chưa đúng")).expect(202);

    for (String unitPerson : List.of("nominator.thads", "head.thads", "lead.cum9")) {
      String page = pageAs(unitPerson, "/cases/" + caseNumber);
      assertThat(page).as(unitPerson).contains("Thành tích chưa đúng").doesNotContain("Tố Giác", "0912 345 678");
      assertThat(as(unitPerson).get("/api/cases/" + caseNumber).body()).doesNotContain("Tố Giác", "0912 345 678");
    }
    assertThat(pageAs("officer.ban", "/cases/" + caseNumber)).contains("Nguyễn Văn Tố Giác", "0912 345 678");
    Task handle = task(pi, NominationProcess.HANDLE_COMPLAINT);
    assertThat(as("nominator.thads").get("/engine-rest/task/" + handle.getId() + "/variables").status())
        .isIn(403, 404);
  }

  // ------------------------------------------------------------- 8. audit lines cannot be forged

  @Test
  void aLineBreakInAUserNameCannotForgeAnAuditLine(CapturedOutput output) {
    String forged = "x\nDENIED status=200 user=admin client=1.2.3.4 request=\"forged\"";
    WebappBrowser b = new WebappBrowser(port);
    b.get("/camunda/app/tasklist/default/");
    b.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
        WebappBrowser.form(Map.of("username", forged, "password", "x")), "application/x-www-form-urlencoded", Map.of());
    assertThat(output.getAll()).contains("user=x\\nDENIED status=200 user=admin")
        .doesNotContain("\nDENIED status=200 user=admin");
  }

  @Test
  void refusalsOfTheWebappsApiAreAuditedAndInVietnamese(CapturedOutput output) {
    WebappBrowser b = new WebappBrowser(port);
    assertThat(b.login("nominator.thads", PASSWORD, "tasklist").status()).isEqualTo(200);
    WebappBrowser.Reply stats = b.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics");
    assertThat(stats.status()).isEqualTo(403);
    assertThat(stats.body()).contains("không có quyền");
    WebappBrowser.Reply unknown = b.get("/camunda/api/engine/engine/default/task/khong-co-viec-nay");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).contains("Không tìm thấy");
    assertThat(output.getAll()).contains("DENIED status=403 user=nominator.thads")
        .contains("door cockpit GET /plugin/base/default/process-definition/statistics");
  }

  // ------------------------------------------------------------- 9. unknown ids: 404 in Vietnamese

  @Test
  void anUnknownIdIsNotFoundInVietnamese() {
    for (String path : List.of("/engine-rest/task/khong-co", "/engine-rest/task/khong-co/form-variables",
        "/engine-rest/process-definition/khong-co", "/engine-rest/process-instance/khong-co")) {
      as("head.thads").get(path).refused(404, null, "Không tìm thấy");
    }
    as("head.thads").post("/engine-rest/task/khong-co/claim", Map.of("userId", "head.thads"))
        .refused(404, null, "Không tìm thấy");
    as("head.thads").post("/engine-rest/task/khong-co/complete", Map.of()).refused(404, null, "Không tìm thấy");
  }

  // ------------------------------------------------------------- one sign-in for the webapps and our pages

  @Test
  void oneSignInServesTasklistAndOurPages() {
    WebappBrowser b = new WebappBrowser(port);
    assertThat(b.get("/cases").status()).as("not signed in yet").isEqualTo(302);
    assertThat(b.login("head.thads", PASSWORD, "tasklist").status()).isEqualTo(200);
    assertThat(b.get("/cases").status()).as("the Tasklist login opens our pages").isEqualTo(200);
    assertThat(b.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"head.thads\"");
    b.post("/camunda/api/admin/auth/user/default/logout", "");
    assertThat(b.get("/cases").status()).as("signed out everywhere").isEqualTo(302);
  }

  // ------------------------------------------------------------- helpers

  private record World(long running, long historic, long caseRecords, List<String> statuses) {
  }

  private World world() {
    return new World(runtime.createProcessInstanceQuery().count(), history.createHistoricProcessInstanceQuery().count(),
        count("select count(*) from case_record"),
        jdbc.queryForList("select case_number || ':' || status from case_record order by case_number", String.class));
  }

  private void withUsers(List<String> ids, Runnable test) {
    for (String id : ids) {
      org.camunda.bpm.engine.identity.User u = identity.newUser(id);
      u.setFirstName("Thử");
      u.setLastName("Nghiệm");
      u.setPassword(PASSWORD);
      identity.saveUser(u);
    }
    try {
      test.run();
    } finally {
      ids.forEach(identity::deleteUser);
      throttle.clear();
    }
  }

  private int raw(HttpMethod method, String path, String authorization, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.AUTHORIZATION, authorization);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return restTemplate.exchange(path, method, new HttpEntity<>(body, headers), String.class).getStatusCode().value();
  }

  private int basicStatus(String user, String password) {
    return restTemplate.withBasicAuth(user, password).getForEntity("/engine-rest/task", String.class)
        .getStatusCode().value();
  }

  private String pageAs(String user, String path) {
    WebappBrowser b = new WebappBrowser(port);
    assertThat(b.login(user, PASSWORD, "tasklist").status()).isEqualTo(200);
    WebappBrowser.Reply page = b.get(path);
    assertThat(page.status()).as("%s %s", user, path).isEqualTo(200);
    return page.body();
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
