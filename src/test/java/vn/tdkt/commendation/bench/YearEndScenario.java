package vn.tdkt.commendation.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.tdkt.commendation.council.BallotService;
import vn.tdkt.commendation.council.CouncilProcess;
import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.proposal.DecisionListProcess;
import vn.tdkt.commendation.proposal.ProposalProcess;

/**
 * The year-end scenario of issue 12: {@code units} units × {@code perUnit} nominees, each nominee a Bằng khen of the
 * Chairman for an individual, taken to the decision twice — before proposals (one single-nominee nomination each:
 * the head's endorsement, the cluster's review and the Board's appraisal per nominee, one Council session) and with
 * proposals (one Excel file per unit uploaded to POST /api/proposals; per proposal one endorsement, one cluster
 * review, one reception, one appraisal; the awards without a Council vote on one list for the Chairman). Counts
 * the user tasks created per 100 nominees (Camunda's history) and times each side.
 */
class YearEndScenario {

  static final String CLUSTER = "cumbench";

  private final JdbcTemplate jdbc;
  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final BallotService ballots;
  private final int port;
  private final HttpClient http = HttpClient.newHttpClient();

  YearEndScenario(JdbcTemplate jdbc, IdentityService identity, AuthorizationService authorizations, RuntimeService runtime,
      TaskService tasks, HistoryService history, BallotService ballots, int port) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.authorizations = authorizations;
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.ballots = ballots;
    this.port = port;
  }

  record Result(String side, int nominees, long tasks, double seconds, long processInstances, long historyRows) {

    double tasksPer100() {
      return 100.0 * tasks / nominees;
    }
  }

  /** Adds the bench cluster's units (the province's 7 plus these make the count), its people and their grants. */
  List<String> units(int count, List<String> existing) {
    List<String> units = new ArrayList<>(existing);
    if (jdbc.queryForObject("select count(*) from org_cluster where code = ?", Integer.class, CLUSTER) == 0) {
      jdbc.update("insert into org_cluster (code, leader_unit_code, name) values (?, ?, ?)", CLUSTER, "b01",
          "Cụm thi đua đo hiệu năng");
    }
    group("cluster-" + CLUSTER + "-leaders");
    user("lead.bench", "cluster-" + CLUSTER + "-leaders");
    taskGrants("cluster-" + CLUSTER + "-leaders");
    for (int i = 1; units.size() < count; i++) {
      String code = String.format("b%02d", i);
      if (jdbc.queryForObject("select count(*) from org_unit where code = ?", Integer.class, code) == 0) {
        jdbc.update("insert into org_unit (code, cluster_code, name) values (?, ?, ?)", code, CLUSTER,
            "Đơn vị đo hiệu năng " + i);
      }
      units.add(code);
    }
    for (String unit : units) {
      group("unit-" + unit + "-nominators");
      group("unit-" + unit + "-heads");
      user("nominator." + unit, "unit-" + unit + "-nominators");
      user("head." + unit, "unit-" + unit + "-heads");
      grant("unit-" + unit + "-nominators", Resources.PROCESS_DEFINITION, NominationProcess.KEY, Permissions.READ,
          Permissions.CREATE_INSTANCE);
      grant("unit-" + unit + "-nominators", Resources.PROCESS_DEFINITION, ProposalProcess.KEY, Permissions.READ,
          Permissions.CREATE_INSTANCE);
      grant("unit-" + unit + "-nominators", Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
      taskGrants("unit-" + unit + "-nominators");
      taskGrants("unit-" + unit + "-heads");
    }
    return units;
  }

  /** Before proposals: one nomination per nominee, one Council session for all, the Chairman signs. */
  Result singleNominee(List<String> units, int perUnit) {
    Snapshot before = snapshot();
    long t0 = System.nanoTime();
    int year = LocalDate.now().getYear();
    for (String unit : units) {
      String leader = leader(unit);
      for (int i = 1; i <= perUnit; i++) {
        Map<String, Object> v = new HashMap<>();
        v.put(NominationProcess.VAR_AWARD, "BANG_KHEN_CHU_TICH_TINH");
        v.put(NominationProcess.VAR_NOMINEE_KIND, "INDIVIDUAL");
        v.put(NominationProcess.VAR_NOMINEE_NAME, "Trước " + unit + " " + i);
        v.put(NominationProcess.VAR_NOMINEE_POSITION, "Chuyên viên");
        v.put(NominationProcess.VAR_YEAR, year);
        v.put(NominationProcess.VAR_SUMMARY, "Hoàn thành xuất sắc nhiệm vụ");
        v.put(NominationProcess.VAR_EXCELLENT_YEARS, 2);
        v.put(NominationProcess.VAR_INITIATIVES, 2);
        ProcessInstance pi = as("nominator." + unit, () -> runtime.startProcessInstanceByKey(NominationProcess.KEY, v));
        complete("head." + unit, pi.getId(), NominationProcess.ENDORSE, Map.of(NominationProcess.VAR_ENDORSEMENT_OUTCOME,
            NominationProcess.APPROVE));
        complete(leader, pi.getId(), NominationProcess.REVIEW_IN_CLUSTER, Map.of(NominationProcess.VAR_CLUSTER_OUTCOME,
            NominationProcess.APPROVE));
        complete("officer.ban", pi.getId(), NominationProcess.APPRAISE, Map.of(NominationProcess.VAR_APPRAISAL_OUTCOME,
            NominationProcess.APPROVE));
      }
    }
    ProcessInstance session = as("head.ban", () -> runtime.startProcessInstanceByKey(CouncilProcess.KEY));
    Map<String, String> votes = new HashMap<>();
    runtime.createProcessInstanceQuery().processDefinitionKey(NominationProcess.KEY)
        .activityIdIn(NominationProcess.AWAIT_COUNCIL).list().forEach(pi -> votes.put(pi.getBusinessKey(), "approve"));
    for (Task ballot : tasks.createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(CouncilProcess.CAST_BALLOT).list()) {
      as(ballot.getAssignee(), () -> {
        ballots.cast(ballot.getId(), ballot.getAssignee(), votes);
        return null;
      });
    }
    sign(session.getId());
    double seconds = (System.nanoTime() - t0) / 1e9;
    check(units.size() * perUnit, "Trước ");
    return before.result("single-nominee nominations (before)", units.size() * perUnit, seconds, snapshot());
  }

  /** With proposals: one Excel file per unit, four tasks per proposal, one list for the Chairman. */
  Result proposals(List<String> units, int perUnit) throws Exception {
    Snapshot before = snapshot();
    long t0 = System.nanoTime();
    List<String> numbers = new ArrayList<>();
    for (String unit : units) {
      numbers.add(upload(unit, workbook(unit, perUnit)));
    }
    for (int i = 0; i < units.size(); i++) {
      String unit = units.get(i);
      String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(numbers.get(i))
          .processDefinitionKey(ProposalProcess.KEY).singleResult().getId();
      complete("head." + unit, pi, ProposalProcess.ENDORSE, Map.of(ProposalProcess.VAR_ENDORSEMENT_OUTCOME,
          ProposalProcess.APPROVE));
      complete(leader(unit), pi, ProposalProcess.REVIEW_IN_CLUSTER, Map.of());
      complete("officer.ban", pi, ProposalProcess.RECEIVE, Map.of(ProposalProcess.VAR_RECEPTION_OUTCOME,
          ProposalProcess.COMPLETE_DOSSIER));
      complete("officer.ban", pi, ProposalProcess.APPRAISE, Map.of());
    }
    ProcessInstance list = as("officer.ban", () -> runtime.startProcessInstanceByKey(DecisionListProcess.KEY));
    sign(list.getId());
    double seconds = (System.nanoTime() - t0) / 1e9;
    check(units.size() * perUnit, "Sau ");
    if (runtime.createProcessInstanceQuery().processDefinitionKey(ProposalProcess.KEY).count() > 0) {
      throw new IllegalStateException("proposals still running after every decision");
    }
    return before.result("proposals from Excel (after)", units.size() * perUnit, seconds, snapshot());
  }

  /** The signer approves each award type's list and the clerk numbers it from the register, as the product runs. */
  private void sign(String processInstanceId) {
    for (Task sign : tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(CouncilProcess.APPROVE_DECISION).list()) {
      String signer = sign.getAssignee() != null ? sign.getAssignee() : "chairman";
      as(signer, () -> {
        tasks.complete(sign.getId(), Map.of(CouncilProcess.VAR_CHAIRMAN_OUTCOME, CouncilProcess.APPROVE));
        return null;
      });
    }
    for (Task record : tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(CouncilProcess.RECORD_NUMBER).list()) {
      Integer next = jdbc.queryForObject("select count(*) from award_decision where decision_year = ?", Integer.class,
          LocalDate.now().getYear());
      as("vanthu", () -> {
        tasks.complete(record.getId(), Map.of(CouncilProcess.VAR_REGISTER_NUMBER, next + 1,
            CouncilProcess.VAR_REGISTER_DATE, LocalDate.now().toString()));
        return null;
      });
    }
  }

  /** Every nominee of the side awarded: the scenario measured what it says. */
  private void check(int expected, String prefix) {
    Integer awarded = jdbc.queryForObject("select count(*) from case_record where status = 'AWARDED' and "
        + "nominee_name like ?", Integer.class, prefix + "%");
    if (awarded == null || awarded != expected) {
      throw new IllegalStateException(prefix + ": " + awarded + " of " + expected + " nominees awarded");
    }
  }

  private static String leader(String unit) {
    return unit.matches("b\\d\\d") ? "lead.bench" : "lead.cum9";
  }

  // ---- Excel and HTTP ------------------------------------------------------------------------------------

  private byte[] workbook(String unit, int rows) throws Exception {
    HttpResponse<byte[]> template = http.send(request("nominator." + unit, "/api/proposals/template.xlsx").GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.body()));
         ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.getSheet("Danh sách đề nghị");
      for (int i = 1; i <= rows; i++) {
        Row row = sheet.createRow(1 + i);
        row.createCell(0).setCellValue(i);
        row.createCell(1).setCellValue("Sau " + unit + " " + i);
        row.createCell(2).setCellValue("Cá nhân");
        row.createCell(3).setCellValue("Chuyên viên");
        row.createCell(4).setCellValue("Bằng khen của Chủ tịch UBND tỉnh");
        row.createCell(5).setCellValue("Hoàn thành xuất sắc nhiệm vụ");
        row.createCell(7).setCellValue(2);
        row.createCell(8).setCellValue(2);
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  private String upload(String unit, byte[] file) throws Exception {
    String boundary = "----tdkt" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Map<String, String> fields = Map.of("kind", "ANNUAL", "unitCode", unit, "submissionNumber", "15/TTr-" + unit,
        "submissionDate", LocalDate.now().toString());
    for (Map.Entry<String, String> f : fields.entrySet()) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
          + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"danh-sach.xlsx\"\r\n"
        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.write(file);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> answer = http.send(request("nominator." + unit, "/api/proposals")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 201) {
      throw new IllegalStateException("import for " + unit + ": " + answer.statusCode() + " " + answer.body());
    }
    return answer.body().replaceAll(".*\"proposalNumber\":\"([^\"]+)\".*", "$1");
  }

  private HttpRequest.Builder request(String user, String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
  }

  // ---- the engine ------------------------------------------------------------------------------------------

  private void complete(String user, String processInstanceId, String taskKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    as(user, () -> {
      tasks.complete(task.getId(), variables);
      return null;
    });
  }

  private <T> T as(String userId, Supplier<T> call) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      return call.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private void group(String id) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group g = identity.newGroup(id);
      g.setName(id);
      g.setType("WORKFLOW");
      identity.saveGroup(g);
    }
  }

  private void user(String id, String group) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User u = identity.newUser(id);
      u.setFirstName(id);
      u.setLastName("bench");
      u.setEmail(id + "@tdkt.example");
      u.setPassword("demo");
      identity.saveUser(u);
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
      identity.createMembership(id, group);
    }
  }

  /** Grants the permissions, adding them to the group's authorization on the resource if it has one. */
  private void grant(String group, Resources resource, String id, Permission... permissions) {
    Authorization a = authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource).resourceId(id)
        .authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
    if (a == null) {
      a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      a.setGroupId(group);
      a.setResource(resource);
      a.setResourceId(id);
    }
    for (Permission p : permissions) {
      a.addPermission(p);
    }
    authorizations.saveAuthorization(a);
  }

  /** The tasks of both processes, as tdkt.security.grants gives a unit's and a cluster's roles. */
  private void taskGrants(String group) {
    for (String key : List.of(NominationProcess.KEY, ProposalProcess.KEY, "commendation-case")) {
      grant(group, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ_TASK,
          ProcessDefinitionPermissions.TASK_WORK, ProcessDefinitionPermissions.TASK_ASSIGN);
    }
  }

  /** What the engine holds before a side runs, to count what the side added. */
  private record Snapshot(long tasks, long instances, long historyRows) {

    Result result(String side, int nominees, double seconds, Snapshot after) {
      return new Result(side, nominees, after.tasks - tasks, seconds, after.instances - instances,
          after.historyRows - historyRows);
    }
  }

  private Snapshot snapshot() {
    long historyRows = 0;
    for (String table : List.of("act_hi_actinst", "act_hi_varinst", "act_hi_detail", "act_hi_taskinst",
        "act_hi_identitylink", "act_hi_procinst", "act_hi_decinst", "act_hi_dec_in", "act_hi_dec_out")) {
      Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
      historyRows += n == null ? 0 : n;
    }
    return new Snapshot(history.createHistoricTaskInstanceQuery().count(),
        history.createHistoricProcessInstanceQuery().count(), historyRows);
  }

  static String report(List<Result> results) {
    StringBuilder s = new StringBuilder();
    s.append("| side | nominees | user tasks created | tasks per 100 nominees | process instances | history rows "
        + "per nominee | time | s per 100 nominees |\n|---|---|---|---|---|---|---|---|\n");
    for (Result r : results) {
      s.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %.1f | %d | %.0f | %.1f s | %.1f |%n", r.side(),
          r.nominees(), r.tasks(), r.tasksPer100(), r.processInstances(), (double) r.historyRows() / r.nominees(),
          r.seconds(), 100 * r.seconds() / r.nominees()));
    }
    return s.toString();
  }
}
