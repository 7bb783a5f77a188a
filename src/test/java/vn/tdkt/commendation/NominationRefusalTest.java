package vn.tdkt.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import vn.tdkt.commendation.nomination.NominationProcess;

/**
 * What the product refuses through REST, with which status, field and Vietnamese message, and that a
 * refusal leaves nothing behind: no process instance, no case record, no history, no case number used.
 */
class NominationRefusalTest extends RestWorkflowTest {

  // ---------------------------------------------------------------- start variables

  /** A wrong start: who sends it, what is changed in a valid nomination, and the expected refusal. */
  record BadStart(String user, Consumer<Map<String, Object>> change, int status, String field, String message) {
  }

  static Stream<Arguments> badStarts() {
    return Stream.of(
        bad("missing awardType", v -> v.remove("awardType"), "awardType", "Thiếu hình thức khen thưởng"),
        bad("unknown awardType", v -> v.put("awardType", "HUAN_CHUONG_LAO_DONG"), "awardType",
            "Hình thức khen thưởng không hợp lệ: HUAN_CHUONG_LAO_DONG"),
        bad("unknown nomineeKind", v -> v.put("nomineeKind", "ORGANISATION"), "nomineeKind",
            "Loại đối tượng phải là INDIVIDUAL"),
        bad("flag for an individual", v -> v.put("awardType", "CO_THI_DUA_TINH"), "awardType",
            "không tặng cho cá nhân"),
        bad("missing nomineeName", v -> v.remove("nomineeName"), "nomineeName", "Thiếu tên đối tượng"),
        bad("blank nomineeName", v -> v.put("nomineeName", "   "), "nomineeName", "Thiếu tên đối tượng"),
        bad("nomineeName of 201 characters", v -> v.put("nomineeName", "Ấ".repeat(201)), "nomineeName",
            "dài quá 200 ký tự"),
        bad("achievementSummary over 4000", v -> v.put("achievementSummary", "x".repeat(4001)), "achievementSummary",
            "tóm tắt thành tích dài quá 4000 ký tự"),
        bad("missing nomineePosition for an individual", v -> v.remove("nomineePosition"), "nomineePosition",
            "Thiếu chức vụ của cá nhân"),
        bad("emulationYear as text", v -> v.put("emulationYear", "abc"), "emulationYear",
            "Giá trị năm thi đua phải là số nguyên: abc"),
        bad("emulationYear 1999", v -> v.put("emulationYear", 1999), "emulationYear", "Năm thi đua phải từ 2000"),
        bad("emulationYear next year", v -> v.put("emulationYear", YEAR + 1), "emulationYear",
            "Năm thi đua phải từ 2000 đến " + YEAR),
        bad("negative consecutiveGrassrootsFighterYears", v -> v.put("consecutiveGrassrootsFighterYears", -1),
            "consecutiveGrassrootsFighterYears", "phải từ 0 đến 60"),
        bad("recognisedInitiatives 2.5", v -> v.put("recognisedInitiatives", 2.5), "recognisedInitiatives",
            "phải là số nguyên"),
        bad("underDiscipline maybe", v -> v.put("underDiscipline", "maybe"), "underDiscipline",
            "phải là true hoặc false"),
        bad("unknown unitCode", v -> v.put("unitCode", "khongco"), "unitCode", "Không có đơn vị mã \"khongco\""),
        forbidden("another unit's code (nominator.ca for thads)", v -> v.put("unitCode", "thads")),
        // the initiator is the signed-in caller: a start variable cannot claim to be someone else
        forbidden("another unit's code with a forged nominatorId", v -> {
          v.put("unitCode", "thads");
          v.put("nominatorId", "nominator.thads");
        }),
        forbidden("another unit's code with an empty nominatorId", v -> {
          v.put("unitCode", "thads");
          v.put("nominatorId", null);
        }));
  }

  private static Arguments forbidden(String label, Consumer<Map<String, Object>> change) {
    return Arguments.of(Named.of(label, new BadStart("nominator.ca", change, 403, "unitCode",
        "Bạn không thuộc Cục Thi hành án dân sự tỉnh nên không thể đề nghị thay đơn vị này")));
  }

  private static Arguments bad(String label, Consumer<Map<String, Object>> change, String field, String message) {
    return Arguments.of(Named.of(label, new BadStart("nominator.thads", change, 400, field, message)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badStarts")
  void aWrongStartVariableIsRefusedAndLeavesNothingBehind(BadStart bad) {
    String name = "Phạm Thị Từ Chối " + System.nanoTime();
    Map<String, Object> v = meritNomination(name);
    bad.change().accept(v);
    World before = world();

    startNomination(bad.user(), v).refused(bad.status(), bad.field(), bad.message());

    assertThat(world()).isEqualTo(before);
    assertThat(count("select count(*) from case_record where nominee_name = ?", name)).isZero();
    // no number was used up: the next valid nomination is still the first of the year
    assertThat(started("nominator.thads", meritNomination(name)).caseNumber()).isEqualTo(caseNumber(1));
    assertThat(world()).as("a valid start shows in every count").isNotEqualTo(before)
        .extracting(World::running, World::historic, World::caseRecords)
        .containsExactly(before.running() + 1, before.historic() + 1, before.caseRecords() + 1);
  }

  @Test
  void theNominatorIsTheSignedInCallerWhateverTheStartVariablesSay() {
    Map<String, Object> v = meritNomination("Cao Văn Mạo Danh " + System.nanoTime());
    v.put("nominatorId", "nominator.thads");
    Started s = started("nominator.ca", v);

    JsonNode registered = caseView("nominator.ca", s.caseNumber());
    assertThat(registered.path("unitCode").asText()).isEqualTo("ca");
    assertThat(list(registered.path("events")).get(0).path("actor").asText()).isEqualTo("nominator.ca");
    assertThat(jdbc.queryForObject("select nominator_id from case_record where case_number = ?", String.class,
        s.caseNumber())).isEqualTo("nominator.ca");
    assertThat(as("admin").get("/engine-rest/process-instance/" + s.processInstanceId()
        + "/variables/nominatorId").expect(200).json().path("value").asText()).isEqualTo("nominator.ca");
    assertThat(as("nominator.thads").get("/api/cases/" + s.caseNumber()).status()).isEqualTo(404);
    taskId("head.ca", s.processInstanceId(), NominationProcess.ENDORSE);
    assertThat(list(as("head.thads").get("/engine-rest/task").expect(200).json())).isEmpty();
  }

  @Test
  void theSameNomineeAwardAndYearTwiceIsAConflictUntilTheFirstCaseIsClosed() {
    String name = "Đỗ Văn Trùng Lặp " + System.nanoTime();
    Started first = started("nominator.thads", meritNomination(name));
    World before = world();

    startNomination("nominator.thads", meritNomination(name))
        .refused(409, "nomineeName", "đã có hồ sơ đang xét hoặc đã được tặng");
    // the same person typed differently is still the same person
    startNomination("nominator.thads", meritNomination("  " + name.toUpperCase().replace(" ", "  ") + " "))
        .refused(409, "nomineeName", "mỗi thành tích chỉ được khen một lần");
    assertThat(world()).isEqualTo(before);
    // another award, or another year, is another achievement
    Map<String, Object> lastYear = meritNomination(name);
    lastYear.put("emulationYear", YEAR - 1);
    assertThat(started("nominator.thads", lastYear).caseNumber()).isEqualTo(caseNumber(2));

    // rejected by the unit's head: the nominee may be nominated again, and no number was lost to the 409s
    completeViaRest("head.thads", first.processInstanceId(), NominationProcess.ENDORSE,
        "endorsementOutcome", "reject", "comment", "Chưa đủ thành tích");
    assertThat(caseView("nominator.thads", first.caseNumber()).path("status").asText()).isEqualTo("REJECTED");
    Started second = started("nominator.thads", meritNomination(name));
    assertThat(second.caseNumber()).isEqualTo(caseNumber(3));
    startNomination("nominator.thads", meritNomination(name)).refused(409, "nomineeName", "đã có hồ sơ");

    // withdrawn by the unit after a return: again free
    completeViaRest("head.thads", second.processInstanceId(), NominationProcess.ENDORSE,
        "endorsementOutcome", "return", "comment", "Bổ sung minh chứng");
    completeViaRest("nominator.thads", second.processInstanceId(), NominationProcess.REVISE, "reviseOutcome", "withdraw");
    assertThat(caseView("nominator.thads", second.caseNumber()).path("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(started("nominator.thads", meritNomination(name)).caseNumber()).isEqualTo(caseNumber(4));
  }

  // ---------------------------------------------------------------- task completion

  @Test
  void theHeadMustChooseAKnownOutcomeAndGiveReasonsToReturnOrReject() {
    Started s = started("nominator.thads", meritNomination("Vũ Thị Ký Trình " + System.nanoTime()));
    String task = taskId("head.thads", s.processInstanceId(), NominationProcess.ENDORSE);
    JsonNode before = caseView("head.thads", s.caseNumber());

    completeTask("head.thads", task, "endorsementOutcome", "maybe")
        .refused(400, "endorsementOutcome", "Kết quả xử lý không hợp lệ: maybe. Chọn một trong: approve, reject, return");
    completeTask("head.thads", task).refused(400, "endorsementOutcome", "Kết quả xử lý không hợp lệ");
    completeTask("head.thads", task, "endorsementOutcome", "reject")
        .refused(400, "comment", "Cần ghi rõ lý do khi chọn \"reject\"");
    completeTask("head.thads", task, "endorsementOutcome", "return")
        .refused(400, "comment", "Cần ghi rõ lý do khi chọn \"return\"");
    completeTask("head.thads", task, "endorsementOutcome", "return", "comment", "   ")
        .refused(400, "comment", "Cần ghi rõ lý do");

    unchanged(s, NominationProcess.ENDORSE, "head.thads", task, before);
    assertThat(as("admin").get("/engine-rest/process-instance/" + s.processInstanceId() + "/variables")
        .expect(200).json().has("endorsementOutcome")).isFalse();

    completeTask("head.thads", task, "endorsementOutcome", "return", "comment", "Bổ sung minh chứng").expect(204);
    JsonNode returned = caseView("head.thads", s.caseNumber());
    assertThat(returned.path("stage").asText()).isEqualTo("REVISION");
    JsonNode last = lastEvent(returned);
    assertThat(last.path("outcome").asText()).isEqualTo("return");
    assertThat(last.path("actor").asText()).isEqualTo("head.thads");
    assertThat(last.path("comment").asText()).isEqualTo("Bổ sung minh chứng");
    taskId("nominator.thads", s.processInstanceId(), NominationProcess.REVISE);
  }

  @Test
  void theBoardMustSayWhatToSupplement() {
    Started s = started("nominator.thads", meritNomination("Hồ Văn Bổ Sung " + System.nanoTime()));
    completeViaRest("head.thads", s.processInstanceId(), NominationProcess.ENDORSE, "endorsementOutcome", "approve");
    completeViaRest("lead.cum9", s.processInstanceId(), NominationProcess.REVIEW_IN_CLUSTER, "clusterOutcome", "approve");
    String task = taskId("officer.ban", s.processInstanceId(), NominationProcess.APPRAISE);
    JsonNode before = caseView("officer.ban", s.caseNumber());

    completeTask("officer.ban", task, "appraisalOutcome", "supplement")
        .refused(400, "comment", "Cần ghi rõ lý do khi chọn \"supplement\"");
    completeTask("officer.ban", task, "appraisalOutcome", "reject")
        .refused(400, "comment", "Cần ghi rõ lý do khi chọn \"reject\"");
    completeTask("officer.ban", task, "appraisalOutcome", "return")
        .refused(400, "appraisalOutcome", "Chọn một trong: approve, reject, supplement");
    unchanged(s, NominationProcess.APPRAISE, "officer.ban", task, before);

    completeTask("officer.ban", task, "appraisalOutcome", "supplement", "comment", "Thiếu bản sao sáng kiến")
        .expect(204);
    JsonNode supplement = caseView("officer.ban", s.caseNumber());
    assertThat(supplement.path("stage").asText()).isEqualTo("SUPPLEMENT");
    assertThat(lastEvent(supplement).path("comment").asText()).isEqualTo("Thiếu bản sao sáng kiến");
    taskId("nominator.thads", s.processInstanceId(), NominationProcess.SUPPLEMENT);
  }

  @Test
  void aFlagGoesForwardOnlyWithMoreThanHalfOfTheClustersVotes() {
    String unitName = "Đội Thi hành án Cờ " + System.nanoTime();
    Started s = started("nominator.thads", flagNomination(unitName));
    completeViaRest("head.thads", s.processInstanceId(), NominationProcess.ENDORSE, "endorsementOutcome", "approve");
    String task = taskId("lead.cum9", s.processInstanceId(), NominationProcess.REVIEW_IN_CLUSTER);
    JsonNode before = caseView("lead.cum9", s.caseNumber());

    completeTask("lead.cum9", task, "clusterOutcome", "approve", "clusterVotesFor", 3, "clusterVotesTotal", 7)
        .refused(400, "clusterVotesFor", "Cờ thi đua cần trên 50% số phiếu của cụm; đơn vị được 3/7 phiếu");
    completeTask("lead.cum9", task, "clusterOutcome", "approve", "clusterVotesFor", 3, "clusterVotesTotal", 6)
        .refused(400, "clusterVotesFor", "3/6");
    completeTask("lead.cum9", task, "clusterOutcome", "approve", "clusterVotesFor", 8, "clusterVotesTotal", 7)
        .refused(400, "clusterVotesTotal", "Kết quả bỏ phiếu của cụm không hợp lệ");
    completeTask("lead.cum9", task, "clusterOutcome", "approve", "clusterVotesFor", 0, "clusterVotesTotal", 0)
        .refused(400, "clusterVotesTotal", "Kết quả bỏ phiếu của cụm không hợp lệ");
    completeTask("lead.cum9", task, "clusterOutcome", "approve")
        .refused(400, "clusterVotesFor", "Cần nhập số phiếu");
    completeTask("lead.cum9", task, "clusterOutcome", "approve", "clusterVotesFor", -4, "clusterVotesTotal", 7)
        .refused(400, "clusterVotesFor", "Cần nhập số phiếu");
    unchanged(s, NominationProcess.REVIEW_IN_CLUSTER, "lead.cum9", task, before);

    completeTask("lead.cum9", task, "clusterOutcome", "approve", "clusterVotesFor", 4, "clusterVotesTotal", 7)
        .expect(204);
    JsonNode approved = caseView("lead.cum9", s.caseNumber());
    assertThat(approved.path("stage").asText()).isEqualTo("APPRAISAL");
    assertThat(lastEvent(approved).path("comment").asText()).contains("4/7");
  }

  @Test
  void completingATaskCannotChangeTheUnitClusterOrAwardThatRouteTheCase() {
    Started s = started("nominator.thads", fighterNomination("Mai Thị Định Tuyến " + System.nanoTime()));
    String endorse = taskId("head.thads", s.processInstanceId(), NominationProcess.ENDORSE);
    JsonNode before = caseView("head.thads", s.caseNumber());

    // the revision would go to another unit's nominators
    completeTask("head.thads", endorse, "endorsementOutcome", "return", "comment", "Sửa lại", "unitCode", "ca")
        .refused(400, "unitCode", "Không được thay đổi");
    // the cluster review would go to nobody
    completeTask("head.thads", endorse, "endorsementOutcome", "approve", "clusterCode", "cum1")
        .refused(400, "clusterCode", "Không được thay đổi");
    // the public notice of a provincial emulation fighter would be skipped
    completeTask("head.thads", endorse, "endorsementOutcome", "approve", "awardType", "BANG_KHEN_CHU_TICH_TINH")
        .refused(400, "awardType", "Không được thay đổi");
    unchanged(s, NominationProcess.ENDORSE, "head.thads", endorse, before);
    assertThat(list(as("nominator.ca").get("/engine-rest/task").expect(200).json())).isEmpty();

    completeTask("head.thads", endorse, "endorsementOutcome", "approve").expect(204);
    completeViaRest("lead.cum9", s.processInstanceId(), NominationProcess.REVIEW_IN_CLUSTER, "clusterOutcome", "approve");
    String appraise = taskId("officer.ban", s.processInstanceId(), NominationProcess.APPRAISE);
    completeTask("officer.ban", appraise, "appraisalOutcome", "approve", "awardType", "TAP_THE_LAO_DONG_XUAT_SAC")
        .refused(400, "awardType", "Không được thay đổi");
    completeTask("officer.ban", appraise, "appraisalOutcome", "approve").expect(204);
    assertThat(caseView("officer.ban", s.caseNumber()).path("status").asText()).isEqualTo("UNDER_NOTICE");
  }

  // ---------------------------------------------------------------- complaints

  @Test
  void anyoneMayComplainDuringTheNoticeAndNotAfterIt() {
    String name = "Bùi Thị Công Khai " + System.nanoTime();
    Started s = underNotice(fighterNomination(name));
    JsonNode notice = caseView("officer.ban", s.caseNumber());
    assertThat(notice.path("status").asText()).isEqualTo("UNDER_NOTICE");
    assertThat(notice.path("noticeEndsAt").isNull()).isFalse();
    assertThat(anonymous().get("/announcements").expect(200).body()).contains(name, s.caseNumber());
    String complaints = "/api/cases/" + s.caseNumber() + "/complaints";

    // lodged anonymously: accepted, and the Board gets a task to handle it
    JsonNode accepted = anonymous().post(complaints, Map.of("name", "Nguyễn Văn Dân", "contact", "0912 345 678",
        "content", "Đối tượng chưa đủ 3 năm liên tục đạt Chiến sĩ thi đua cơ sở.")).expect(202).json();
    assertThat(accepted.path("caseNumber").asText()).isEqualTo(s.caseNumber());
    long complaintId = accepted.path("complaintId").asLong();
    assertThat(count("select count(*) from complaint where id = ? and case_number = ?", complaintId, s.caseNumber()))
        .isEqualTo(1);
    List<JsonNode> boardTasks = list(as("officer.ban").get("/engine-rest/task?candidateGroup=board-officers"
        + "&processInstanceId=" + s.processInstanceId()).expect(200).json());
    assertThat(texts(boardTasks, "taskDefinitionKey")).containsExactly(NominationProcess.HANDLE_COMPLAINT);
    String handle = boardTasks.get(0).path("id").asText();
    assertThat(as("officer.ban").get("/engine-rest/task/" + handle + "/variables/complaintContent").expect(200)
        .json().path("value").asText()).contains("chưa đủ 3 năm");
    assertThat(list(as("nominator.thads").get("/engine-rest/task?processInstanceId=" + s.processInstanceId())
        .expect(200).json())).as("the unit does not see the complaint task").isEmpty();
    assertThat(lastEvent(caseView("officer.ban", s.caseNumber())).path("actor").asText()).isEqualTo("public");

    // wrong complaints: nothing stored, no further task
    anonymous().post(complaints, Map.of("name", "Nguyễn Văn Dân", "contact", "0912 345 678"))
        .refused(400, "content", "Thiếu nội dung phản ánh");
    anonymous().post(complaints, Map.of("name", " ", "contact", "0912 345 678", "content", "Nội dung"))
        .refused(400, "name", "Thiếu họ tên");
    anonymous().post(complaints, Map.of("name", "A", "contact", "B", "content", "x".repeat(4001)))
        .refused(400, "content", "dài quá 4000 ký tự");
    anonymous().post(complaints, "{\"name\": \"Nguyễn Văn Dân\", \"content\": ")
        .refused(400, null, "không phải JSON hợp lệ");
    anonymous().post("/api/cases/TDKT-2000-99999/complaints", Map.of("name", "A", "contact", "B", "content", "C"))
        .refused(404, null, "Không có hồ sơ TDKT-2000-99999 được công khai");
    Started notOnNotice = started("nominator.thads", meritNomination("Không Công Khai " + System.nanoTime()));
    anonymous().post("/api/cases/" + notOnNotice.caseNumber() + "/complaints",
        Map.of("name", "A", "contact", "B", "content", "C")).refused(404, null, "được công khai");
    assertThat(count("select count(*) from complaint")).isEqualTo(1);
    assertThat(list(as("officer.ban").get("/engine-rest/task?processInstanceId=" + s.processInstanceId()
        + "&taskDefinitionKey=" + NominationProcess.HANDLE_COMPLAINT).expect(200).json())).hasSize(1);

    // withdrawing the nominee needs a reason; dismissing does not
    JsonNode beforeHandling = caseView("officer.ban", s.caseNumber());
    completeTask("officer.ban", handle, "complaintOutcome", "withdrawNominee")
        .refused(400, "comment", "Cần ghi rõ lý do khi chọn \"withdrawNominee\"");
    completeTask("officer.ban", handle, "complaintOutcome", "approve")
        .refused(400, "complaintOutcome", "Chọn một trong: dismiss, withdrawNominee");
    unchanged(s, NominationProcess.HANDLE_COMPLAINT, "officer.ban", handle, beforeHandling);
    assertThat(jdbc.queryForObject("select outcome from complaint where id = ?", String.class, complaintId)).isNull();
    completeTask("officer.ban", handle, "complaintOutcome", "dismiss").expect(204);
    assertThat(jdbc.queryForObject("select outcome from complaint where id = ?", String.class, complaintId))
        .isEqualTo("dismiss");
    assertThat(caseView("officer.ban", s.caseNumber()).path("status").asText()).isEqualTo("UNDER_NOTICE");

    // the notice ends: the case waits for the Council and complaints are too late
    fireTimer(instance(s), NominationProcess.NOTICE_PERIOD);
    assertThat(caseView("officer.ban", s.caseNumber()).path("status").asText()).isEqualTo("AWAITING_COUNCIL");
    JsonNode beforeLate = caseView("officer.ban", s.caseNumber());
    anonymous().post(complaints, Map.of("name", "Trần Thị Muộn", "contact", "muon@example.vn", "content", "Quá hạn"))
        .refused(409, null, "không còn trong thời gian công khai");
    assertThat(count("select count(*) from complaint")).isEqualTo(1);
    assertThat(runtime.createExecutionQuery().processInstanceId(s.processInstanceId())
        .activityId(NominationProcess.HANDLE_COMPLAINT).count()).isZero();
    assertThat(caseView("officer.ban", s.caseNumber())).isEqualTo(beforeLate);
    assertThat(anonymous().get("/announcements").expect(200).body()).doesNotContain(name);
  }

  // ---------------------------------------------------------------- ballots

  @Test
  void aMemberVotesOnlyOnTheirOwnBallotAndOnlyOnListedCases() {
    ProcessInstance pi = nominatedAndAppraised(meritNomination("Lý Văn Phiếu Kín " + System.nanoTime()));
    String caseNumber = caseOf(pi).getCaseNumber();
    ProcessInstance session = openCouncilSession(null);
    Task mine = ballotTask(session, "council.1");
    Task theirs = ballotTask(session, "council.2");
    Map<String, Object> valid = Map.of("votes", Map.of(caseNumber, "approve"));

    Answer other = as("council.1").post("/api/council-ballots/" + theirs.getId(), valid);
    assertThat(other.status()).as("another member's ballot: %s", other.body()).isIn(403, 404);
    Answer outsider = as("nominator.thads").post("/api/council-ballots/" + mine.getId(), valid);
    assertThat(outsider.status()).as("not a member: %s", outsider.body()).isIn(403, 404);
    as("council.1").post("/api/council-ballots/khong-co-phieu", valid).refused(404, null, "Không có phiếu bầu");

    as("council.1").post("/api/council-ballots/" + mine.getId(),
        Map.of("votes", Map.of(caseNumber, "approve", "TDKT-2000-99999", "approve")))
        .refused(400, "votes", "Hồ sơ TDKT-2000-99999 không có trong danh sách của phiên họp");
    as("council.1").post("/api/council-ballots/" + mine.getId(), Map.of("votes", Map.of("TDKT-2000-99999", "reject")))
        .refused(400, "votes", "không có trong danh sách");
    as("council.1").post("/api/council-ballots/" + mine.getId(), Map.of("votes", Map.of(caseNumber, "maybe")))
        .refused(400, "votes", "phải là approve hoặc reject");
    as("council.1").post("/api/council-ballots/" + mine.getId(), Map.of("votes", Map.of()))
        .refused(400, "votes", "Phiếu bầu trống");
    as("council.1").post("/api/council-ballots/" + mine.getId(), "{\"votes\": [")
        .refused(400, null, "không phải JSON hợp lệ");
    // the ballot never goes through the engine's own task completion
    completeTask("council.1", mine.getId(), "votes", "approve")
        .refused(400, "votes", "Phiếu bầu phải được nộp trên trang");

    assertThat(ballotTask(session, "council.1")).isNotNull();
    assertThat(ballotTask(session, "council.2")).isNotNull();
    assertThat(count("select count(*) from council_voter")).isZero();
    assertThat(count("select coalesce(sum(approvals + rejections), 0) from council_ballot_tally")).isZero();

    // the member's own, complete ballot counts once
    as("council.1").post("/api/council-ballots/" + mine.getId(), valid).expect(204);
    assertThat(ballotTask(session, "council.1")).isNull();
    assertThat(count("select count(*) from council_voter")).isEqualTo(1);
    assertThat(count("select sum(approvals) from council_ballot_tally where case_number = ?", caseNumber))
        .isEqualTo(1);
    Answer again = as("council.1").post("/api/council-ballots/" + mine.getId(), valid);
    assertThat(again.status()).isIn(404, 409);
    assertThat(count("select sum(approvals) from council_ballot_tally where case_number = ?", caseNumber))
        .isEqualTo(1);
  }

  // ---------------------------------------------------------------- helpers

  /** What a refused start could have left behind. */
  record World(long running, long historic, long caseRecords, long caseEvents, long authorizations,
      long yearCounterValue) {
  }

  private World world() {
    return new World(runtime.createProcessInstanceQuery().count(),
        history.createHistoricProcessInstanceQuery().count(),
        count("select count(*) from case_record"),
        count("select count(*) from case_event"),
        count("select count(*) from ACT_RU_AUTHORIZATION"),
        count("select coalesce(sum(last_value), 0) from year_counter"));
  }

  /** The refused task is still open with the same id, and the case record is exactly as before. */
  private void unchanged(Started s, String taskKey, String user, String taskId, JsonNode caseBefore) {
    assertThat(taskId(user, s.processInstanceId(), taskKey)).isEqualTo(taskId);
    assertThat(caseView(user, s.caseNumber())).isEqualTo(caseBefore);
  }

  private static JsonNode lastEvent(JsonNode caseView) {
    List<JsonNode> events = list(caseView.path("events"));
    return events.get(events.size() - 1);
  }

  /** Through REST up to the public notice (whose award types have one), its timer not yet fired. */
  private Started underNotice(Map<String, Object> nomination) {
    Started s = started("nominator.thads", nomination);
    completeViaRest("head.thads", s.processInstanceId(), NominationProcess.ENDORSE, "endorsementOutcome", "approve");
    completeViaRest("lead.cum9", s.processInstanceId(), NominationProcess.REVIEW_IN_CLUSTER, "clusterOutcome", "approve");
    completeViaRest("officer.ban", s.processInstanceId(), NominationProcess.APPRAISE, "appraisalOutcome", "approve");
    return s;
  }

  private ProcessInstance instance(Started s) {
    return runtime.createProcessInstanceQuery().processInstanceId(s.processInstanceId()).singleResult();
  }
}
