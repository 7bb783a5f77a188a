package vn.tdkt.commendation.nomination;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.commendation.nomination.NominationProcess.*;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.announcement.ComplaintForm;
import vn.tdkt.commendation.announcement.ComplaintService;
import vn.tdkt.commendation.casefile.CaseStage;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.problem.Refusal;

/** Every path of "commendation-nomination": each gateway outcome, each timer, complaints, every end state. */
class NominationProcessTest extends WorkflowTest {

  @Autowired ComplaintService complaints;

  // ---- registration and eligibility --------------------------------------------------------------

  @Test
  void registersTheCaseAndWaitsForTheUnitHead() {
    ProcessInstance pi = nominate("nominator.thads", meritNomination("Nguyễn Thị Mai"));

    assertThat(pi).isWaitingAt(ENDORSE);
    CommendationCase c = caseOf(pi);
    assertEquals(String.format("TDKT-%d-00001", YEAR), c.getCaseNumber());
    assertEquals(c.getCaseNumber(), pi.getBusinessKey());
    assertEquals("thads", c.getUnitCode());
    assertEquals("cum9", c.getClusterCode());
    assertEquals("nominator.thads", c.getNominatorId());
    assertEquals(CaseStatus.IN_PROGRESS, c.getStatus());
    assertEquals(CaseStage.ENDORSEMENT, c.getStage());
    assertEquals(List.of("registered", "eligible"), outcomes(pi));
    assertThat(task(pi, ENDORSE)).hasCandidateGroup("unit-thads-heads");
    assertEquals("nominator.thads", runtime.getVariable(pi.getId(), VAR_INITIATOR));
  }

  @Test
  void caseNumbersCountUpWithoutGaps() {
    nominate("nominator.thads", meritNomination("Người thứ nhất"));
    assertThrows(Refusal.class, () -> nominate("nominator.thads", meritNomination("Người thứ nhất")));
    ProcessInstance second = nominate("nominator.ca", meritNomination("Người thứ hai"));
    assertEquals(String.format("TDKT-%d-00002", YEAR), caseOf(second).getCaseNumber());
  }

  @Test
  void notEligibleGoesBackToTheUnitWithTheReasonAndReturnsWhenCorrected() {
    Map<String, Object> v = fighterNomination("Lê Văn Bình");
    v.put(VAR_GRASSROOTS_YEARS, 2);
    ProcessInstance pi = nominate("nominator.thads", v);

    assertThat(pi).isWaitingAt(REVISE);
    assertThat(task(pi, REVISE)).hasCandidateGroup("unit-thads-nominators");
    String reason = (String) runtime.getVariable(pi.getId(), VAR_ELIGIBILITY_REASON);
    assertTrue(reason.contains("3 năm"), reason);
    assertEquals(CaseStage.REVISION, caseOf(pi).getStage());
    assertEquals(List.of("registered", "notEligible"), outcomes(pi));

    // a colleague of the same unit may take over the correction
    Map<String, Object> corrected = fighterNomination("Lê Văn Bình");
    Task revise = task(pi, REVISE);
    corrected.put(VAR_REVISE_OUTCOME, RESUBMIT);
    // the revision form has no award, kind or year: those stay as registered
    corrected.keySet().retainAll(TASK_INPUTS.get(REVISE));
    as("nominator.thads", () -> tasks.complete(revise.getId(), corrected));

    assertThat(pi).isWaitingAt(ENDORSE);
    assertEquals(3, caseOf(pi).getConsecutiveGrassrootsFighterYears());
    assertEquals(List.of("registered", "notEligible", "revised", "resubmit", "eligible"), outcomes(pi));
  }

  @Test
  void underDisciplineIsNeverEligible() {
    Map<String, Object> v = meritNomination("Trần Văn Kỷ");
    v.put(VAR_UNDER_DISCIPLINE, true);
    ProcessInstance pi = nominate("nominator.thads", v);

    assertThat(pi).isWaitingAt(REVISE);
    assertTrue(((String) runtime.getVariable(pi.getId(), VAR_ELIGIBILITY_REASON)).contains("kỷ luật"));
  }

  @Test
  void aRevisionWithWrongValuesIsRefusedAndTheTaskStays() {
    Map<String, Object> v = fighterNomination("Phạm Thị Sai");
    v.put(VAR_INITIATIVES, 0);
    ProcessInstance pi = nominate("nominator.thads", v);
    int events = outcomes(pi).size();

    Refusal refusal = refusalOf(() -> complete("nominator.thads", pi, REVISE, VAR_REVISE_OUTCOME, RESUBMIT,
        VAR_INITIATIVES, -1));

    assertEquals(400, refusal.status());
    assertEquals(VAR_INITIATIVES, refusal.field());
    assertThat(pi).isWaitingAt(REVISE);
    assertEquals(events, outcomes(pi).size());
  }

  @Test
  void theUnitMayWithdrawDuringRevision() {
    Map<String, Object> v = fighterNomination("Vũ Thị Rút");
    v.put(VAR_GRASSROOTS_YEARS, 1);
    ProcessInstance pi = nominate("nominator.thads", v);

    complete("nominator.thads", pi, REVISE, VAR_REVISE_OUTCOME, WITHDRAW);

    assertThat(pi).isEnded().hasPassed(END_WITHDRAWN);
    CommendationCase c = caseOf(pi);
    assertEquals(CaseStatus.WITHDRAWN, c.getStatus());
    assertNotNull(c.getClosedAt());
    assertTrue(outcomes(pi).contains("withdrawn"));
    // a withdrawn case no longer blocks a new nomination of the same person
    nominate("nominator.thads", fighterNomination("Vũ Thị Rút"));
  }

  // ---- endorsement -----------------------------------------------------------------------------

  @Test
  void theHeadReturnsTheNominationAndTheLoopStartsClean() {
    ProcessInstance pi = nominate("nominator.thads", meritNomination("Đỗ Văn Vòng"));
    complete("head.thads", pi, ENDORSE, VAR_ENDORSEMENT_OUTCOME, RETURN, VAR_COMMENT, "Thiếu minh chứng sáng kiến");

    assertThat(pi).isWaitingAt(REVISE);
    assertEquals("Thiếu minh chứng sáng kiến", runtime.getVariable(pi.getId(), VAR_PREVIOUS_COMMENT));

    complete("nominator.thads", pi, REVISE, VAR_REVISE_OUTCOME, RESUBMIT);
    assertThat(pi).isWaitingAt(ENDORSE);
    assertNull(runtime.getVariable(pi.getId(), VAR_ENDORSEMENT_OUTCOME), "a stale choice would preselect the form");
    assertTrue(outcomes(pi).containsAll(List.of("return", "resubmit")));
  }

  @Test
  void theHeadRejectsAndTheCaseEndsRejectedWithTheReason() {
    ProcessInstance pi = nominate("nominator.thads", meritNomination("Hoàng Văn Dừng"));
    complete("head.thads", pi, ENDORSE, VAR_ENDORSEMENT_OUTCOME, REJECT, VAR_COMMENT, "Chưa tiêu biểu");

    assertThat(pi).isEnded().hasPassed(END_REJECTED);
    CommendationCase c = caseOf(pi);
    assertEquals(CaseStatus.REJECTED, c.getStatus());
    assertEquals(CaseStage.ENDORSEMENT, c.getStage());
    assertEquals("Chưa tiêu biểu", c.getOutcomeReason());
  }

  @Test
  void returnAndRejectNeedAComment() {
    ProcessInstance pi = nominate("nominator.thads", meritNomination("Ngô Thị Lý"));

    Refusal refusal = refusalOf(() -> complete("head.thads", pi, ENDORSE, VAR_ENDORSEMENT_OUTCOME, RETURN));
    assertEquals(400, refusal.status());
    assertEquals(VAR_COMMENT, refusal.field());
    assertEquals(400, refusalOf(() -> complete("head.thads", pi, ENDORSE, VAR_ENDORSEMENT_OUTCOME, "maybe")).status());
    assertThat(pi).isWaitingAt(ENDORSE);
  }

  @Test
  void anotherUnitsHeadCannotActOnTheTask() {
    ProcessInstance pi = nominate("nominator.thads", meritNomination("Bùi Văn Riêng"));
    Task endorse = task(pi, ENDORSE);

    assertEquals(0, as("head.ca", () -> tasks.createTaskQuery().taskId(endorse.getId()).count()));
    // refused by the engine's guard: head.ca is neither the task's assignee nor in its candidate group
    vn.tdkt.commendation.problem.Refusal refused = assertThrows(vn.tdkt.commendation.problem.Refusal.class,
        () -> as("head.ca", () -> tasks.complete(endorse.getId(), Map.of(VAR_ENDORSEMENT_OUTCOME, APPROVE))));
    assertEquals(403, refused.status());
    assertThat(pi).isWaitingAt(ENDORSE);
  }

  // ---- cluster review --------------------------------------------------------------------------

  @Test
  void theClusterReturnsOrRejects() {
    ProcessInstance returned = nominate("nominator.thads", meritNomination("Trịnh Văn Cụm"));
    complete("head.thads", returned, ENDORSE, VAR_ENDORSEMENT_OUTCOME, APPROVE);
    assertThat(task(returned, REVIEW_IN_CLUSTER)).hasCandidateGroup("cluster-cum9-leaders");
    complete("lead.cum9", returned, REVIEW_IN_CLUSTER, VAR_CLUSTER_OUTCOME, RETURN, VAR_COMMENT, "Bổ sung biên bản");
    assertThat(returned).isWaitingAt(REVISE);

    ProcessInstance rejected = nominate("nominator.ca", meritNomination("Lý Thị Cụm"));
    complete("head.ca", rejected, ENDORSE, VAR_ENDORSEMENT_OUTCOME, APPROVE);
    complete("lead.cum9", rejected, REVIEW_IN_CLUSTER, VAR_CLUSTER_OUTCOME, REJECT, VAR_COMMENT, "Không đạt bình xét");
    assertThat(rejected).isEnded().hasPassed(END_REJECTED);
    assertEquals(CaseStage.CLUSTER_REVIEW, caseOf(rejected).getStage());
    assertEquals("Không đạt bình xét", caseOf(rejected).getOutcomeReason());
  }

  @Test
  void aFlagNeedsMoreThanHalfOfTheClustersBallots() {
    ProcessInstance pi = nominate("nominator.thads", flagNomination("Cục Thi hành án dân sự tỉnh"));
    complete("head.thads", pi, ENDORSE, VAR_ENDORSEMENT_OUTCOME, APPROVE);

    assertEquals(400, refusalOf(() -> complete("lead.cum9", pi, REVIEW_IN_CLUSTER, VAR_CLUSTER_OUTCOME, APPROVE,
        VAR_CLUSTER_VOTES_FOR, 3, VAR_CLUSTER_VOTES_TOTAL, 7)).status());
    assertEquals(400, refusalOf(() -> complete("lead.cum9", pi, REVIEW_IN_CLUSTER, VAR_CLUSTER_OUTCOME, APPROVE))
        .status());
    assertEquals(400, refusalOf(() -> complete("lead.cum9", pi, REVIEW_IN_CLUSTER, VAR_CLUSTER_OUTCOME, APPROVE,
        VAR_CLUSTER_VOTES_FOR, 8, VAR_CLUSTER_VOTES_TOTAL, 7)).status());
    assertThat(pi).isWaitingAt(REVIEW_IN_CLUSTER);

    complete("lead.cum9", pi, REVIEW_IN_CLUSTER, VAR_CLUSTER_OUTCOME, APPROVE, VAR_CLUSTER_VOTES_FOR, 4,
        VAR_CLUSTER_VOTES_TOTAL, 7);
    assertThat(pi).isWaitingAt(APPRAISE);
    String comment = jdbc.queryForObject("select comment_text from case_event where outcome = 'approve' "
        + "and stage = 'CLUSTER_REVIEW'", String.class);
    assertTrue(comment.contains("4/7"), comment);
  }

  // ---- appraisal -------------------------------------------------------------------------------

  @Test
  void appraisalHasItsDeadlineAndEscalatesToTheBoardHeadsWhenItPasses() {
    // complete dossier on Tue 10/02/2026, a week before Tết Bính Ngọ (off Sat 14/02 – Sun 22/02):
    // 25 working days end on Tue 24/03/2026 at 17:00; the reminder comes 3 working days earlier
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-10T03:00:00Z")));
    ProcessInstance pi = toAppraisal(meritNomination("Mai Văn Hạn"));
    Task appraise = task(pi, APPRAISE);
    assertThat(appraise).hasCandidateGroup("board-officers");
    Instant due = Instant.parse("2026-03-24T10:00:00Z");
    assertEquals(due, appraise.getDueDate().toInstant(), "task due date");
    assertEquals(due, caseOf(pi).getAppraisalDueAt(), "case record");
    assertEquals(due, timerDue(pi, APPRAISAL_OVERDUE), "escalation timer");
    assertEquals(Instant.parse("2026-03-19T10:00:00Z"), timerDue(pi, APPRAISAL_REMINDER), "reminder timer");

    fireTimer(pi, APPRAISAL_REMINDER);
    assertThat(pi).isWaitingAt(APPRAISE).hasPassed(APPRAISAL_REMINDER);
    assertTrue(outcomes(pi).contains("appraisalReminder"));
    assertFalse(caseOf(pi).isAppraisalOverdue());
    assertEquals(0, as("head.ban", () -> tasks.createTaskQuery().taskId(appraise.getId()).count()));

    fireTimer(pi, APPRAISAL_OVERDUE);

    assertThat(pi).isWaitingAt(APPRAISE);
    List<String> groups = tasks.getIdentityLinksForTask(appraise.getId()).stream()
        .map(IdentityLink::getGroupId).toList();
    assertTrue(groups.contains("board-heads"), groups.toString());
    assertEquals(1, as("head.ban", () -> tasks.createTaskQuery().taskId(appraise.getId()).count()));
    assertTrue(caseOf(pi).isAppraisalOverdue());
    assertTrue(outcomes(pi).contains("appraisalOverdue"));

    complete("head.ban", pi, APPRAISE, VAR_APPRAISAL_OUTCOME, APPROVE);
    assertThat(pi).isWaitingAt(AWAIT_COUNCIL);
    assertFalse(caseOf(pi).isAppraisalOverdue());
  }

  @Test
  void appraisalRejects() {
    ProcessInstance pi = toAppraisal(meritNomination("Cao Văn Trượt"));
    complete("officer.ban", pi, APPRAISE, VAR_APPRAISAL_OUTCOME, REJECT, VAR_COMMENT, "Thành tích chưa đủ");

    assertThat(pi).isEnded().hasPassed(END_REJECTED);
    assertEquals(CaseStage.APPRAISAL, caseOf(pi).getStage());
    assertEquals("Thành tích chưa đủ", caseOf(pi).getOutcomeReason());
  }

  @Test
  void aSupplementLoopsBackToAppraisal() {
    ProcessInstance pi = toAppraisal(meritNomination("Đinh Thị Bổ"));
    assertEquals(400, refusalOf(() -> complete("officer.ban", pi, APPRAISE, VAR_APPRAISAL_OUTCOME,
        SUPPLEMENT_REQUEST)).status());
    complete("officer.ban", pi, APPRAISE, VAR_APPRAISAL_OUTCOME, SUPPLEMENT_REQUEST, VAR_COMMENT, "Thiếu biên bản");

    assertThat(pi).isWaitingAt(SUPPLEMENT);
    assertThat(task(pi, SUPPLEMENT)).hasCandidateGroup("unit-thads-nominators");
    assertEquals(CaseStage.SUPPLEMENT, caseOf(pi).getStage());

    complete("nominator.thads", pi, SUPPLEMENT, VAR_SUPPLEMENT_OUTCOME, RESUBMIT, VAR_COMMENT, "Đã nộp biên bản");
    assertThat(pi).isWaitingAt(APPRAISE);
    assertEquals(CaseStage.APPRAISAL, caseOf(pi).getStage());
  }

  @Test
  void aSupplementHasItsWorkingDayDeadlineAndAReminderBeforeIt() {
    ProcessInstance pi = toAppraisal(meritNomination("Phan Thị Nhắc"));
    // asked on Mon 22/12/2025: 10 working days over the New Year (Thu 01/01/2026 off) end Tue 06/01/2026
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-12-22T04:00:00Z")));
    complete("officer.ban", pi, APPRAISE, VAR_APPRAISAL_OUTCOME, SUPPLEMENT_REQUEST, VAR_COMMENT, "Thiếu biên bản");

    Instant due = Instant.parse("2026-01-06T10:00:00Z");
    assertEquals(due, task(pi, SUPPLEMENT).getDueDate().toInstant());
    assertEquals(due, caseOf(pi).getSupplementDueAt());
    assertEquals(due, timerDue(pi, SUPPLEMENT_OVERDUE));
    // 3 working days before Tue 06/01: Mon 05/01, Fri 02/01, Wed 31/12 (Thu 01/01 is off)
    assertEquals(Instant.parse("2025-12-31T10:00:00Z"), timerDue(pi, SUPPLEMENT_REMINDER));

    fireTimer(pi, SUPPLEMENT_REMINDER);
    assertThat(pi).isWaitingAt(SUPPLEMENT);
    assertTrue(outcomes(pi).contains("supplementReminder"));
  }

  @Test
  void theUnitMayWithdrawInsteadOfSupplementing() {
    ProcessInstance pi = toAppraisal(meritNomination("Lương Văn Thôi"));
    complete("officer.ban", pi, APPRAISE, VAR_APPRAISAL_OUTCOME, SUPPLEMENT_REQUEST, VAR_COMMENT, "Thiếu hồ sơ");
    complete("nominator.thads", pi, SUPPLEMENT, VAR_SUPPLEMENT_OUTCOME, WITHDRAW);

    assertThat(pi).isEnded().hasPassed(END_WITHDRAWN);
    assertEquals(CaseStatus.WITHDRAWN, caseOf(pi).getStatus());
  }

  @Test
  void aMissedSupplementDeadlineWithdrawsTheCase() {
    ProcessInstance pi = toAppraisal(meritNomination("Tạ Văn Muộn"));
    complete("officer.ban", pi, APPRAISE, VAR_APPRAISAL_OUTCOME, SUPPLEMENT_REQUEST, VAR_COMMENT, "Thiếu hồ sơ");

    fireTimer(pi, SUPPLEMENT_OVERDUE);

    assertThat(pi).isEnded().hasPassed(END_WITHDRAWN);
    CommendationCase c = caseOf(pi);
    assertEquals(CaseStatus.WITHDRAWN, c.getStatus());
    assertTrue(c.getOutcomeReason().contains("Quá hạn bổ sung"), c.getOutcomeReason());
    assertTrue(outcomes(pi).contains("supplementOverdue"));
  }

  // ---- public notice and complaints ---------------------------------------------------------------

  @Test
  void withoutNoticeTheCaseWaitsForTheCouncil() {
    ProcessInstance pi = toAppraisal(meritNomination("Hà Văn Chờ"));
    complete("officer.ban", pi, APPRAISE, VAR_APPRAISAL_OUTCOME, APPROVE);

    assertThat(pi).isWaitingAt(AWAIT_COUNCIL).hasNotPassed(PUBLIC_NOTICE);
    assertEquals(CaseStatus.AWAITING_COUNCIL, caseOf(pi).getStatus());
    assertEquals(CaseStage.COUNCIL, caseOf(pi).getStage());
  }

  @Test
  void aFighterIsPutUnderPublicNoticeUntilTheNoticeEnds() {
    ProcessInstance pi = toAppraisal(fighterNomination("Quách Thị Công"));
    // appraised on Fri 24/04/2026: Mon 27/04 (Giỗ Tổ moved from Sunday), 30/4, 1/5 and two weekends are
    // off, so 10 working days of notice end on Wed 13/05/2026 at 17:00
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-24T02:00:00Z")));
    complete("officer.ban", pi, APPRAISE, VAR_APPRAISAL_OUTCOME, APPROVE);

    assertThat(pi).isWaitingAt(NOTICE_PERIOD);
    CommendationCase c = caseOf(pi);
    assertEquals(CaseStatus.UNDER_NOTICE, c.getStatus());
    assertEquals(CaseStage.PUBLIC_NOTICE, c.getStage());
    assertEquals(Instant.parse("2026-05-13T10:00:00Z"), c.getNoticeEndsAt());
    assertEquals(c.getNoticeEndsAt(), timerDue(pi, NOTICE_PERIOD));

    fireTimer(pi, NOTICE_PERIOD);
    assertThat(pi).isWaitingAt(AWAIT_COUNCIL);
    assertEquals(CaseStatus.AWAITING_COUNCIL, caseOf(pi).getStatus());
  }

  @Test
  void aComplaintHoldsTheCaseUntilItIsHandledThenTheCaseGoesOn() {
    ProcessInstance pi = underNotice(fighterNomination("Kiều Văn Khiếu"));
    String caseNumber = caseOf(pi).getCaseNumber();

    complaints.lodge(caseNumber, new ComplaintForm("Nguyễn Văn Dân", "dan@example.vn", "Sáng kiến chưa được áp dụng"));

    Task handle = task(pi, HANDLE_COMPLAINT);
    assertThat(handle).hasCandidateGroup("board-officers");
    assertEquals("Sáng kiến chưa được áp dụng", tasks.getVariable(handle.getId(), VAR_COMPLAINT_CONTENT));
    assertTrue(outcomes(pi).contains("complaintLodged"));

    // the notice ends while the complaint is still open: the case does not reach the Council yet
    fireTimer(pi, NOTICE_PERIOD);
    assertThat(pi).isWaitingAt(HANDLE_COMPLAINT).hasNotPassed(AWAIT_COUNCIL);

    Refusal late = assertThrows(Refusal.class, () -> complaints.lodge(caseNumber,
        new ComplaintForm("Người khác", "0900000000", "Khiếu nại muộn")));
    assertEquals(409, late.status());

    complete("officer.ban", pi, HANDLE_COMPLAINT, VAR_COMPLAINT_OUTCOME, DISMISS, VAR_COMMENT, "Đã xác minh");
    assertThat(pi).isWaitingAt(AWAIT_COUNCIL);
    assertEquals("dismiss", jdbc.queryForObject("select outcome from complaint", String.class));
  }

  @Test
  void twoComplaintsMustBothBeHandled() {
    ProcessInstance pi = underNotice(fighterNomination("Dương Thị Hai"));
    String caseNumber = caseOf(pi).getCaseNumber();
    complaints.lodge(caseNumber, new ComplaintForm("A", "a@example.vn", "Thứ nhất"));
    complaints.lodge(caseNumber, new ComplaintForm("B", "b@example.vn", "Thứ hai"));
    fireTimer(pi, NOTICE_PERIOD);
    List<Task> open = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(HANDLE_COMPLAINT).list();
    assertEquals(2, open.size());

    as("officer.ban", () -> tasks.complete(open.get(0).getId(), Map.of(VAR_COMPLAINT_OUTCOME, DISMISS)));
    assertThat(pi).isWaitingAt(HANDLE_COMPLAINT).hasNotPassed(AWAIT_COUNCIL);
    // the first decision is not inherited by the second complaint
    assertNull(tasks.getVariable(open.get(1).getId(), VAR_COMPLAINT_OUTCOME));
    assertEquals(400, refusalOf(() -> as("officer.ban", () -> tasks.complete(open.get(1).getId(), Map.of())))
        .status());
    as("officer.ban", () -> tasks.complete(open.get(1).getId(), Map.of(VAR_COMPLAINT_OUTCOME, DISMISS)));
    assertThat(pi).isWaitingAt(AWAIT_COUNCIL);
  }

  @Test
  void anUpheldComplaintWithdrawsTheNominee() {
    ProcessInstance pi = underNotice(flagNominationThroughCluster("Công an tỉnh – khiếu nại"));
    String caseNumber = caseOf(pi).getCaseNumber();
    complaints.lodge(caseNumber, new ComplaintForm("C", "c@example.vn", "Đơn vị có cán bộ vi phạm"));

    assertEquals(400, refusalOf(() -> complete("officer.ban", pi, HANDLE_COMPLAINT, VAR_COMPLAINT_OUTCOME,
        WITHDRAW_NOMINEE)).status());
    complete("officer.ban", pi, HANDLE_COMPLAINT, VAR_COMPLAINT_OUTCOME, WITHDRAW_NOMINEE, VAR_COMMENT,
        "Khiếu nại có cơ sở");

    assertThat(pi).isEnded().hasPassed("nomineeWithdrawn", END_REJECTED).hasNotPassed(AWAIT_COUNCIL);
    CommendationCase c = caseOf(pi);
    assertEquals(CaseStatus.REJECTED, c.getStatus());
    assertEquals(CaseStage.PUBLIC_NOTICE, c.getStage());
    assertEquals("Khiếu nại có cơ sở", c.getOutcomeReason());
    assertEquals(0, management.createJobQuery().processInstanceId(pi.getId()).count(), "the notice timer is gone");
  }

  @Test
  void complaintsAreRefusedForCasesNotUnderNotice() {
    ProcessInstance pi = nominate("nominator.thads", meritNomination("Không công khai"));
    String caseNumber = caseOf(pi).getCaseNumber();

    assertEquals(404, assertThrows(Refusal.class, () -> complaints.lodge(caseNumber,
        new ComplaintForm("A", "a", "b"))).status());
    assertEquals(404, assertThrows(Refusal.class, () -> complaints.lodge("TDKT-1999-00001",
        new ComplaintForm("A", "a", "b"))).status());
  }

  @Test
  void aComplaintWithoutContentIsRefusedAndNothingIsOpened() {
    ProcessInstance pi = underNotice(fighterNomination("Thiếu nội dung"));
    Refusal refusal = assertThrows(Refusal.class, () -> complaints.lodge(caseOf(pi).getCaseNumber(),
        new ComplaintForm("A", "a@example.vn", "  ")));
    assertEquals(400, refusal.status());
    assertEquals("content", refusal.field());
    assertEquals(0, tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(HANDLE_COMPLAINT).count());
    assertEquals(0, jdbc.queryForObject("select count(*) from complaint", Integer.class));
  }

  // ---- the Council's result ----------------------------------------------------------------------

  @Test
  void theCouncilsResultEndsTheCaseAwardedOrRejected() {
    ProcessInstance awarded = toAppraisal(meritNomination("Được Khen"));
    complete("officer.ban", awarded, APPRAISE, VAR_APPRAISAL_OUTCOME, APPROVE);
    ProcessInstance rejected = toAppraisal(meritNomination("Không Được"));
    complete("officer.ban", rejected, APPRAISE, VAR_APPRAISAL_OUTCOME, APPROVE);

    runtime.createMessageCorrelation(MSG_COUNCIL_RESULT).processInstanceId(awarded.getId())
        .setVariable(VAR_COUNCIL_OUTCOME, AWARDED).correlate();
    runtime.createMessageCorrelation(MSG_COUNCIL_RESULT).processInstanceId(rejected.getId())
        .setVariable(VAR_COUNCIL_OUTCOME, REJECTED).correlate();

    assertThat(awarded).isEnded().hasPassed(ANNOUNCE, END_AWARDED);
    assertEquals(CaseStatus.AWARDED, caseOf(awarded).getStatus());
    assertEquals(CaseStage.ANNOUNCEMENT, caseOf(awarded).getStage());
    assertThat(rejected).isEnded().hasPassed(END_REJECTED);
    assertEquals(CaseStatus.REJECTED, caseOf(rejected).getStatus());
    // an awarded achievement cannot be nominated again for the same award and year
    assertEquals(409, assertThrows(Refusal.class,
        () -> nominate("nominator.thads", meritNomination("Được Khen"))).status());
  }

  // ---- helpers --------------------------------------------------------------------------------

  private Instant timerDue(ProcessInstance pi, String activityId) {
    return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).timers().singleResult()
        .getDuedate().toInstant();
  }

  private ProcessInstance toAppraisal(Map<String, Object> variables) {
    ProcessInstance pi = nominate("nominator.thads", variables);
    complete("head.thads", pi, ENDORSE, VAR_ENDORSEMENT_OUTCOME, APPROVE);
    complete("lead.cum9", pi, REVIEW_IN_CLUSTER, VAR_CLUSTER_OUTCOME, APPROVE);
    assertThat(pi).isWaitingAt(APPRAISE);
    return pi;
  }

  private ProcessInstance underNotice(Map<String, Object> variables) {
    ProcessInstance pi = toAppraisal(variables);
    complete("officer.ban", pi, APPRAISE, VAR_APPRAISAL_OUTCOME, APPROVE);
    assertThat(pi).isWaitingAt(NOTICE_PERIOD);
    return pi;
  }

  private ProcessInstance underNotice(ProcessInstance atAppraisal) {
    complete("officer.ban", atAppraisal, APPRAISE, VAR_APPRAISAL_OUTCOME, APPROVE);
    assertThat(atAppraisal).isWaitingAt(NOTICE_PERIOD);
    return atAppraisal;
  }

  private ProcessInstance flagNominationThroughCluster(String unitName) {
    ProcessInstance pi = nominate("nominator.ca", flagNomination(unitName));
    complete("head.ca", pi, ENDORSE, VAR_ENDORSEMENT_OUTCOME, APPROVE);
    complete("lead.cum9", pi, REVIEW_IN_CLUSTER, VAR_CLUSTER_OUTCOME, APPROVE, VAR_CLUSTER_VOTES_FOR, 6,
        VAR_CLUSTER_VOTES_TOTAL, 7);
    return pi;
  }

  /** The refusal behind an engine call, however the engine wrapped it. */
  private static Refusal refusalOf(Executable call) {
    Throwable thrown = assertThrows(Throwable.class, call);
    Refusal refusal = Refusal.findIn(thrown);
    if (refusal == null) {
      throw new AssertionError("Expected a refusal, got " + thrown, thrown);
    }
    return refusal;
  }
}
