package vn.tdkt.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

import vn.tdkt.commendation.nomination.NominationProcess;

/**
 * Hostile input and hostile callers: variables no form has, tasks of another unit or already done, script
 * in a name, guessed passwords, floods of complaints — each refused with a clear Vietnamese answer, nothing
 * stored, and each denial in the audit log.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecurityHardeningTest extends RestWorkflowTest {

  @Autowired WebApplicationContext context;

  @AfterEach
  void removeThrowawayUser() {
    if (identity.createUserQuery().userId("throttle.user").count() > 0) {
      identity.deleteUser("throttle.user");
    }
    throttle.clear();
  }

  // ---------------------------------------------------------------- unknown variables

  @Test
  void aTaskTakesOnlyTheFieldsOfItsFormThroughEveryDoor() {
    Started s = started("nominator.thads", meritNomination("Tạ Văn Biến Lạ " + System.nanoTime()));
    String task = taskId("head.thads", s.processInstanceId(), NominationProcess.ENDORSE);
    JsonNode before = caseView("head.thads", s.caseNumber());

    completeTask("head.thads", task, "endorsementOutcome", "approve", "priority", "urgent")
        .refused(400, "priority", "Không được gửi biến priority");
    // a variable the process knows but this form does not have is just as unknown here
    completeTask("head.thads", task, "endorsementOutcome", "approve", "nomineeName", "Người Khác")
        .refused(400, "nomineeName", "chỉ nhận các trường comment, endorsementOutcome");
    as("head.thads").post("/engine-rest/task/" + task + "/submit-form",
        body(variables("endorsementOutcome", "approve", "eligible", false))).refused(400, "eligible", "Không được gửi biến");
    // the variable doors of a task are not opened to officials at all (the door answers first) ...
    exchange("head.thads", HttpMethod.PUT, "/engine-rest/task/" + task + "/variables/priority", Map.of("value", "x"))
        .refused(403, null, "không được mở cho vai trò của bạn");
    exchange("head.thads", HttpMethod.PUT, "/engine-rest/task/" + task + "/localVariables/secret", Map.of("value", "x"))
        .refused(403, null, "không được mở cho vai trò của bạn");
    as("head.thads").post("/engine-rest/task/" + task + "/variables",
        Map.of("modifications", variables("awardType", "CO_THI_DUA_TINH"))).refused(403, null, "không được mở");
    exchange("head.thads", HttpMethod.DELETE, "/engine-rest/task/" + task + "/variables/clusterCode", null)
        .refused(403, null, "không được mở");
    // ... and behind the door, for the administrator who passes it, the engine's input guard still refuses
    exchange("admin", HttpMethod.PUT, "/engine-rest/task/" + task + "/variables/priority", Map.of("value", "x"))
        .refused(400, "priority", "Không được gửi biến");
    exchange("admin", HttpMethod.PUT, "/engine-rest/task/" + task + "/localVariables/secret", Map.of("value", "x"))
        .refused(400, "secret", "Không được gửi biến");
    as("admin").post("/engine-rest/task/" + task + "/variables",
        Map.of("modifications", variables("awardType", "CO_THI_DUA_TINH"))).refused(400, "awardType", "Không được gửi biến");
    as("admin").post("/engine-rest/task/" + task + "/variables", Map.of("deletions", List.of("unitCode")))
        .refused(400, "unitCode", "Không được gửi biến");
    exchange("admin", HttpMethod.DELETE, "/engine-rest/task/" + task + "/variables/clusterCode", null)
        .refused(400, "clusterCode", "Không được gửi biến");

    // nothing was stored or removed, the task is still open, the case as it was
    JsonNode vars = as("admin").get("/engine-rest/task/" + task + "/variables").expect(200).json();
    assertThat(vars.has("priority")).isFalse();
    assertThat(vars.has("secret")).isFalse();
    assertThat(vars.has("endorsementOutcome")).isFalse();
    assertThat(vars.path("unitCode").path("value").asText()).isEqualTo("thads");
    assertThat(vars.path("clusterCode").path("value").asText()).isEqualTo("cum9");
    assertThat(vars.path("awardType").path("value").asText()).isEqualTo("BANG_KHEN_CHU_TICH_TINH");
    assertThat(taskId("head.thads", s.processInstanceId(), NominationProcess.ENDORSE)).isEqualTo(task);
    assertThat(caseView("head.thads", s.caseNumber())).isEqualTo(before);
    assertThat(count("select count(*) from ACT_HI_VARINST where NAME_ in ('priority', 'secret') "
        + "and PROC_INST_ID_ = ?", s.processInstanceId())).isZero();

    // the form's own fields are fine, behind the same door
    exchange("admin", HttpMethod.PUT, "/engine-rest/task/" + task + "/variables/comment",
        Map.of("value", "Đang xem")).expect(204);
    completeTask("head.thads", task, "endorsementOutcome", "approve", "comment", "Đồng ý").expect(204);
    assertThat(caseView("head.thads", s.caseNumber()).path("stage").asText()).isEqualTo("CLUSTER_REVIEW");
  }

  @Test
  void aStartWithAVariableNoFormHasIsRefusedAndLeavesNothing() {
    long historic = history.createHistoricProcessInstanceQuery().count();
    Map<String, Object> v = meritNomination("Hà Văn Khởi Lạ " + System.nanoTime());
    v.put("eligible", true);
    startNomination("nominator.thads", v).refused(400, "eligible", "Không được gửi biến eligible");
    Map<String, Object> w = meritNomination("Hà Văn Khởi Lạ " + System.nanoTime());
    w.put("clusterCode", "cum1");
    startNomination("nominator.thads", w).refused(400, "clusterCode", "Không được gửi biến clusterCode");
    as("head.ban").post("/engine-rest/process-definition/key/council-session/start",
        body(variables("awardTypes", "", "quorumReached", true))).refused(400, "quorumReached", "Không được gửi biến");
    assertThat(runtime.createProcessInstanceQuery().count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(historic);
    assertThat(count("select count(*) from case_record")).isZero();
    assertThat(count("select count(*) from council_session")).isZero();
  }

  // ---------------------------------------------------------------- another unit's task, a task already done

  @Test
  void anotherUnitsTaskOrADoneTaskIsAClearRefusalNeverA500(CapturedOutput output) {
    Started s = started("nominator.thads", meritNomination("Đinh Thị Khác Đơn Vị " + System.nanoTime()));
    String task = taskId("head.thads", s.processInstanceId(), NominationProcess.ENDORSE);
    JsonNode before = caseView("nominator.thads", s.caseNumber());

    // nominator.ca through every door: list, read, claim, complete, set variables
    assertThat(list(as("nominator.ca").get("/engine-rest/task?processInstanceId=" + s.processInstanceId())
        .expect(200).json())).isEmpty();
    as("nominator.ca").get("/engine-rest/task/" + task).refused(404, null, "Không tìm thấy");
    as("nominator.ca").get("/engine-rest/task/" + task + "/variables").refused(403, null, "không có quyền");
    as("nominator.ca").post("/engine-rest/task/" + task + "/claim", Map.of("userId", "nominator.ca"))
        .refused(403, null, "không có quyền");
    completeTask("nominator.ca", task, "endorsementOutcome", "approve").refused(403, null, "không có quyền");
    exchange("nominator.ca", HttpMethod.PUT, "/engine-rest/task/" + task + "/variables/endorsementOutcome",
        Map.of("value", "approve")).refused(403, null, "không có quyền");
    as("nominator.ca").post("/engine-rest/task/" + task + "/variables",
        Map.of("modifications", variables("comment", "x"))).refused(403, null, "không có quyền");
    as("nominator.ca").get("/engine-rest/process-instance/" + s.processInstanceId()).refused(404, null, "Không tìm thấy");
    as("nominator.ca").get("/api/cases/" + s.caseNumber()).refused(404, null, "Không tìm thấy hồ sơ");
    assertThat(as("head.thads").get("/engine-rest/task/" + task).expect(200).json().path("assignee").isNull()).isTrue();
    assertThat(caseView("nominator.thads", s.caseNumber())).isEqualTo(before);
    assertThat(output.getAll()).contains("DENIED status=403 user=nominator.ca")
        .contains("resource=\"Task:" + task).contains("DENIED status=404 user=nominator.ca")
        .contains("resource=\"case " + s.caseNumber() + "\" reason=\"outside the caller's scope");

    // done once: a second completion, or a claim, is a conflict (the task has ended), not a 500
    completeTask("head.thads", task, "endorsementOutcome", "approve").expect(204);
    completeTask("head.thads", task, "endorsementOutcome", "approve").refused(409, null, "đã được hoàn thành");
    as("head.thads").post("/engine-rest/task/" + task + "/claim", Map.of("userId", "head.thads"))
        .refused(409, null, "đã được hoàn thành");

    // claimed by one cluster leader, another may not take it over
    String review = taskId("lead.cum9", s.processInstanceId(), NominationProcess.REVIEW_IN_CLUSTER);
    identity.saveUser(newUser("throttle.user"));
    identity.createMembership("throttle.user", "cluster-cum9-leaders");
    as("lead.cum9").post("/engine-rest/task/" + review + "/claim", Map.of("userId", "lead.cum9")).expect(204);
    as("throttle.user").post("/engine-rest/task/" + review + "/claim", Map.of("userId", "throttle.user"))
        .refused(409, null, "đã được người khác nhận");
  }

  /** A door of the engine's REST API, with what another unit's nominator sends through it. */
  record Door(HttpMethod method, String path, Object body) {
  }

  @Test
  void anotherUnitsNominatorGetsNothingThroughAnyDoorOfTheEngine() {
    Started s = started("nominator.thads", meritNomination("Kiều Thị Mọi Cửa " + System.nanoTime()));
    String task = taskId("head.thads", s.processInstanceId(), NominationProcess.ENDORSE);
    JsonNode caseBefore = caseView("nominator.thads", s.caseNumber());
    JsonNode taskBefore = as("head.thads").get("/engine-rest/task/" + task).expect(200).json();
    long commentsBefore = count("select count(*) from ACT_HI_COMMENT");
    String pi = s.processInstanceId();

    List<Door> actions = List.of(
        new Door(HttpMethod.POST, "/engine-rest/task/" + task + "/assignee", Map.of("userId", "nominator.ca")),
        new Door(HttpMethod.POST, "/engine-rest/task/" + task + "/delegate", Map.of("userId", "nominator.ca")),
        new Door(HttpMethod.POST, "/engine-rest/task/" + task + "/resolve", body(variables("endorsementOutcome", "approve"))),
        new Door(HttpMethod.POST, "/engine-rest/task/" + task + "/submit-form", body(variables("endorsementOutcome", "approve"))),
        new Door(HttpMethod.PUT, "/engine-rest/task/" + task, Map.of("name", "Đổi tên", "assignee", "nominator.ca")),
        new Door(HttpMethod.POST, "/engine-rest/task/" + task + "/identity-links",
            Map.of("groupId", "unit-ca-nominators", "type", "candidate")),
        new Door(HttpMethod.POST, "/engine-rest/task/" + task + "/comment/create", Map.of("message", "Tôi đã xem")),
        new Door(HttpMethod.POST, "/engine-rest/task/" + task + "/localVariables",
            Map.of("modifications", variables("comment", "x"))),
        new Door(HttpMethod.PUT, "/engine-rest/task/" + task + "/localVariables/comment", Map.of("value", "x")),
        new Door(HttpMethod.DELETE, "/engine-rest/task/" + task + "/variables/comment", null),
        new Door(HttpMethod.GET, "/engine-rest/task/" + task + "/form-variables", null),
        new Door(HttpMethod.GET, "/engine-rest/task/" + task + "/identity-links", null),
        new Door(HttpMethod.GET, "/engine-rest/process-instance/" + pi + "/variables", null),
        new Door(HttpMethod.POST, "/engine-rest/process-instance/" + pi + "/variables",
            Map.of("modifications", variables("unitCode", "ca"))),
        new Door(HttpMethod.PUT, "/engine-rest/process-instance/" + pi + "/variables/unitCode", Map.of("value", "ca")),
        new Door(HttpMethod.DELETE, "/engine-rest/process-instance/" + pi, null),
        new Door(HttpMethod.POST, "/engine-rest/message", Map.of("messageName", NominationProcess.MSG_COMPLAINT,
            "businessKey", s.caseNumber())));
    for (Door door : actions) {
      Answer answer = exchange("nominator.ca", door.method(), door.path(), door.body());
      assertThat(answer.status()).as("%s %s: %s", door.method(), door.path(), answer.body()).isIn(400, 403, 404);
      assertThat(answer.json().path("message").asText()).as("%s %s answers in words", door.method(), door.path())
          .isNotBlank();
    }
    List<String> lists = List.of("/engine-rest/task?processInstanceId=" + pi, "/engine-rest/task?candidateGroup=unit-thads-heads",
        "/engine-rest/variable-instance?processInstanceIdIn=" + pi, "/engine-rest/execution?processInstanceId=" + pi,
        "/engine-rest/history/task?processInstanceId=" + pi,
        "/engine-rest/history/variable-instance?processInstanceId=" + pi,
        "/engine-rest/history/activity-instance?processInstanceId=" + pi,
        "/engine-rest/history/identity-link-log?taskId=" + task,
        "/engine-rest/process-instance?businessKey=" + s.caseNumber());
    for (String path : lists) {
      // either the door is closed to a nominator, or Camunda's grants show nothing of another unit
      Answer found = as("nominator.ca").get(path);
      assertThat(found.status()).as("GET %s", path).isIn(200, 403);
      if (found.status() == 200) {
        assertThat(list(found.json())).as("GET %s", path).isEmpty();
      }
    }

    // the thads case and its task are exactly as before
    assertThat(as("head.thads").get("/engine-rest/task/" + task).expect(200).json()).isEqualTo(taskBefore);
    assertThat(caseView("nominator.thads", s.caseNumber())).isEqualTo(caseBefore);
    assertThat(count("select count(*) from ACT_HI_COMMENT")).isEqualTo(commentsBefore);
    assertThat(count("select count(*) from ACT_RU_IDENTITYLINK where TASK_ID_ = ? and GROUP_ID_ = 'unit-ca-nominators'",
        task)).isZero();
    JsonNode vars = as("admin").get("/engine-rest/process-instance/" + pi + "/variables").expect(200).json();
    assertThat(vars.path("unitCode").path("value").asText()).isEqualTo("thads");
  }

  // ---------------------------------------------------------------- script in a name

  @Test
  void aScriptInANomineeNameIsShownAsText() throws Exception {
    String name = "<script>alert('xss')</script> Vũ Văn Mã Độc " + System.nanoTime();
    Started s = started("nominator.thads", fighterNomination(name));
    completeViaRest("head.thads", s.processInstanceId(), NominationProcess.ENDORSE, "endorsementOutcome", "approve");
    completeViaRest("lead.cum9", s.processInstanceId(), NominationProcess.REVIEW_IN_CLUSTER, "clusterOutcome", "approve");
    completeViaRest("officer.ban", s.processInstanceId(), NominationProcess.APPRAISE, "appraisalOutcome", "approve");
    assertThat(caseView("officer.ban", s.caseNumber()).path("nomineeName").asText()).isEqualTo(name);

    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    String page = mvc.perform(get("/cases/" + s.caseNumber()).with(user("nominator.thads")
        .authorities(AuthorityUtils.createAuthorityList("GROUP_unit-thads-nominators"))))
        .andReturn().getResponse().getContentAsString();
    String announcements = mvc.perform(get("/announcements")).andReturn().getResponse().getContentAsString();
    for (String html : List.of(page, announcements)) {
      assertThat(html).contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt; Vũ Văn Mã Độc")
          .doesNotContain("<script>alert");
    }
  }

  @Test
  void pagesSendSecurityHeadersAndTheSessionCookieIsHttpOnlyAndSameSite() {
    ResponseEntity<String> login = restTemplate.getForEntity("/login", String.class);
    HttpHeaders h = login.getHeaders();
    assertThat(h.getFirst("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
    assertThat(h.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(h.getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(h.getFirst("Referrer-Policy")).isEqualTo("same-origin");
    // Spring Session (shared by the nodes) names its cookie SESSION
    assertThat(h.getOrEmpty(HttpHeaders.SET_COOKIE)).filteredOn(c -> c.startsWith("SESSION="))
        .singleElement().asString().contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    assertThat(login.getBody()).contains("name=\"_csrf\"");
  }

  // ---------------------------------------------------------------- guessed passwords

  @Test
  void repeatedWrongPasswordsForOneUserAreThrottledWithRetryAfter(CapturedOutput output) throws Exception {
    identity.saveUser(newUser("throttle.user"));
    for (int i = 1; i <= 5; i++) {
      assertThat(basic("throttle.user", "wrong-" + i, "/engine-rest/task").getStatusCode().value())
          .as("attempt %d", i).isEqualTo(401);
    }
    // now even the right password is not checked for this user, on every door
    for (String path : List.of("/engine-rest/task", "/api/cases/x")) {
      ResponseEntity<String> blocked = basic("throttle.user", "demo", path);
      assertThat(blocked.getStatusCode().value()).isEqualTo(429);
      assertThat(Long.parseLong(blocked.getHeaders().getFirst("Retry-After"))).isBetween(1L, 900L);
      assertThat(JSON.readTree(blocked.getBody()).path("message").asText())
          .startsWith("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau");
    }
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    MvcResult form = mvc.perform(post("/login").with(csrf()).param("username", "throttle.user").param("password", "demo"))
        .andReturn();
    assertThat(form.getResponse().getStatus()).isEqualTo(429);
    assertThat(form.getResponse().getContentType()).startsWith("text/html");
    assertThat(form.getResponse().getContentAsString()).contains("Đăng nhập sai quá nhiều lần", "href=\"/login\"");
    // other people are not locked out by a stranger's guesses
    assertThat(basic("nominator.thads", "demo", "/engine-rest/task").getStatusCode().value()).isEqualTo(200);
    assertThat(output.getAll()).contains("DENIED status=401 user=throttle.user client=127.0.0.1")
        .contains("DENIED status=429 user=throttle.user client=127.0.0.1 request=\"GET /engine-rest/task\"");
  }

  @Test
  void oneClientGuessingManyNamesIsThrottledWhateverTheName() throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    for (int i = 0; i < 10; i++) {
      assertThat(basic("ai.do." + i, "guess", "/api/cases/x").getStatusCode().value()).isEqualTo(401);
      MvcResult failed = mvc.perform(post("/login").with(csrf()).param("username", "ai.khac." + i)
          .param("password", "guess")).andReturn();
      assertThat(failed.getResponse().getRedirectedUrl()).contains("/login?error");
    }
    ResponseEntity<String> blocked = basic("nominator.thads", "demo", "/engine-rest/task");
    assertThat(blocked.getStatusCode().value()).isEqualTo(429);
    assertThat(blocked.getHeaders().getFirst("Retry-After")).isNotBlank();
    // unauthenticated public pages are not login attempts
    assertThat(anonymous().get("/announcements").status()).isEqualTo(200);
    throttle.clear();
    assertThat(basic("nominator.thads", "demo", "/engine-rest/task").getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void theCamundaWebappLoginIsThrottledToo() {
    identity.saveUser(newUser("throttle.user"));
    assertThat(webappLogin("throttle.user", "demo")).as("the webapp login works").isEqualTo(200);
    for (int i = 1; i <= 5; i++) {
      assertThat(webappLogin("throttle.user", "wrong-" + i)).as("attempt %d", i).isEqualTo(401);
    }
    assertThat(webappLogin("throttle.user", "demo")).isEqualTo(429);
    assertThat(basic("throttle.user", "demo", "/engine-rest/task").getStatusCode().value())
        .as("the same user count holds on every door").isEqualTo(429);
  }

  /** Logs in to Tasklist as the browser does: its CSRF cookie first, then the form POST. */
  private int webappLogin(String user, String password) {
    ResponseEntity<String> page = restTemplate.getForEntity("/camunda/app/tasklist/default/", String.class);
    List<String> cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
    String xsrf = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN="))
        .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst()
        .orElseThrow(() -> new AssertionError("no XSRF cookie: " + cookies));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(c -> c.substring(0, c.indexOf(';'))).toList()));
    headers.add("X-XSRF-TOKEN", xsrf);
    return restTemplate.postForEntity("/camunda/api/admin/auth/user/default/login/welcome",
        new HttpEntity<>("username=" + user + "&password=" + password, headers), String.class).getStatusCode().value();
  }

  // ---------------------------------------------------------------- the public complaint endpoint

  @Test
  void anAnonymousCallAndAFormPostWithoutCsrfTokenAreLoggedWithTheirDoor(CapturedOutput output) throws Exception {
    assertThat(anonymous().get("/api/cases/TDKT-2000-00001").status()).isEqualTo(401);
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    assertThat(mvc.perform(post("/announcements/TDKT-2000-00001/complaints").param("content", "x")).andReturn()
        .getResponse().getStatus()).isEqualTo(403);
    assertThat(output.getAll()).contains("DENIED status=401 user=anonymous client=127.0.0.1 "
        + "request=\"GET /api/cases/TDKT-2000-00001\"")
        .contains("DENIED status=403 user=anonymous client=127.0.0.1 request=\"POST /announcements/TDKT-2000-00001/complaints\"")
        .contains("MissingCsrfTokenException");
  }

  @Test
  void theComplaintEndpointIsSizeAndRateLimitedPerClient(CapturedOutput output) {
    String complaints = "/api/cases/TDKT-2000-99999/complaints";
    Answer huge = anonymous().post(complaints, Map.of("name", "A", "contact", "B", "content", "x".repeat(20_000)));
    assertThat(huge.status()).isEqualTo(413);
    assertThat(huge.json().path("message").asText()).contains("quá lớn");
    for (int i = 2; i <= 10; i++) {
      anonymous().post(complaints, Map.of("name", "A", "contact", "B", "content", "C " + i))
          .refused(404, null, "được công khai");
    }
    Answer flooded = anonymous().post(complaints, Map.of("name", "A", "contact", "B", "content", "C"));
    assertThat(flooded.status()).isEqualTo(429);
    assertThat(flooded.headers().getFirst("Retry-After")).isNotBlank();
    assertThat(flooded.json().path("message").asText()).contains("quá nhiều phản ánh");
    assertThat(count("select count(*) from complaint")).isZero();
    assertThat(output.getAll()).contains("DENIED status=429 user=anonymous").contains("resource=\"complaint\"");
  }

  // ---------------------------------------------------------------- helpers

  private User newUser(String id) {
    User u = identity.newUser(id);
    u.setFirstName("Thử");
    u.setLastName("Nghiệm");
    u.setPassword(PASSWORD);
    return u;
  }

  private ResponseEntity<String> basic(String user, String password, String path) {
    return restTemplate.withBasicAuth(user, password).getForEntity(path, String.class);
  }

  private Answer exchange(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    String text;
    try {
      text = body == null ? null : JSON.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
    ResponseEntity<String> r = restTemplate.withBasicAuth(user, PASSWORD)
        .exchange(path, method, new HttpEntity<>(text, headers), String.class);
    return new Answer(r.getStatusCode().value(), r.getBody(), r.getHeaders());
  }

}
