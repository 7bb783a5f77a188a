package vn.tdkt.commendation.central;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.commendation.central.CentralProcess.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
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
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.notification.OutboxMailRepository;
import vn.tdkt.commendation.problem.Refusal;

/** Every path of KEY: not eligible, the Chairman's return, result entered or received, late. */
class CentralAwardProposalTest extends WorkflowTest {

  @Autowired CaseService cases;
  @Autowired CentralProposalService proposals;
  @Autowired OutboxMailRepository outbox;

  @Test
  void anEligibleProposalGoesThroughTheChairmanToTheCentralBoardAndIsAwarded() {
    String caseNumber = awardedCase("Nguyễn Văn Xuất Sắc");
    ProcessInstance pi = propose(caseNumber, "BANG_KHEN_THU_TUONG", primeMinisterMerit());

    assertThat(pi).isWaitingAt(PREPARE);
    assertEquals(caseNumber, pi.getBusinessKey());
    assertThat(task(pi, PREPARE)).hasCandidateGroup("board-officers");
    CentralProposal p = proposalOf(pi);
    assertEquals(CentralProposal.Status.PREPARING, p.getStatus());
    assertTrue(p.getEligibilityReason().contains("Đủ điều kiện"), p.getEligibilityReason());

    // these awards need 2 dossier sets (brief §4)
    assertEquals(400, refusalOf(() -> complete("officer.ban", pi, PREPARE, VAR_DOSSIER_SETS, 1)).status());
    complete("officer.ban", pi, PREPARE, VAR_DOSSIER_SETS, 2);
    assertThat(task(pi, SIGN)).hasCandidateGroup("chairman");

    // the Chairman returns it once (a reason is required), then signs
    assertEquals(400, refusalOf(() -> complete("chairman", pi, SIGN, VAR_SIGN_OUTCOME, SIGN_RETURN)).status());
    complete("chairman", pi, SIGN, VAR_SIGN_OUTCOME, SIGN_RETURN, VAR_COMMENT, "Bổ sung biên bản cụm");
    assertThat(pi).isWaitingAt(PREPARE);
    assertEquals(CentralProposal.Status.PREPARING, proposalOf(pi).getStatus());
    complete("officer.ban", pi, PREPARE, VAR_DOSSIER_SETS, 3);
    complete("chairman", pi, SIGN, VAR_SIGN_OUTCOME, SIGN_APPROVE);
    assertEquals("1/TTr-UBND", proposalOf(pi).getSubmissionNumber());
    assertEquals(3, proposalOf(pi).getDossierSets());

    // submitted on Mon 01/06/2026: 60 working days (21 in June, 23 in July, 16 in August) end Mon 24/08/2026 17:00
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-01T02:00:00Z")));
    complete("officer.ban", pi, RECORD_SUBMISSION);
    assertThat(pi).isWaitingAt(AWAIT_RESULT);
    Instant due = Instant.parse("2026-08-24T10:00:00Z");
    assertEquals(due, proposalOf(pi).getResultDueAt());
    assertEquals(due, task(pi, AWAIT_RESULT).getDueDate().toInstant());
    assertEquals(due, management.createJobQuery().processInstanceId(pi.getId()).activityId(RESULT_OVERDUE)
        .singleResult().getDuedate().toInstant());
    assertEquals(CentralProposal.Status.SUBMITTED, proposalOf(pi).getStatus());

    assertEquals(400, refusalOf(() -> complete("officer.ban", pi, AWAIT_RESULT, VAR_RESULT_OUTCOME, AWARDED)).status());
    complete("officer.ban", pi, AWAIT_RESULT, VAR_RESULT_OUTCOME, AWARDED, VAR_RESULT_DECISION, "1234/QĐ-TTg");

    assertThat(pi).isEnded().hasPassed(RECORD_RESULT, END_AWARDED);
    p = proposalOf(pi);
    assertEquals(CentralProposal.Status.AWARDED, p.getStatus());
    assertEquals("1234/QĐ-TTg", p.getResultDecisionNumber());
    assertEquals("officer.ban", p.getResultBy());
    assertTrue(outcomes(caseNumber).containsAll(List.of("centralProposed", END_AWARDED)));
    assertEquals(2, outbox.findByKindOrderById("CENTRAL_RESULT").size(), "the unit's nominator and head are told");
  }

  @Test
  void aProposalThatDoesNotMeetTheRulesEndsWithTheReason() {
    String caseNumber = awardedCase("Lê Thị Chưa Đủ");
    Map<String, Object> v = new HashMap<>();
    v.put(VAR_PROVINCIAL_FIGHTER_TIMES, 1);
    v.put(VAR_NATIONAL_INITIATIVE, true);
    ProcessInstance pi = propose(caseNumber, "CSTD_TOAN_QUOC", v);

    assertThat(pi).isEnded().hasPassed(END_NOT_ELIGIBLE).hasNotPassed(PREPARE);
    CentralProposal p = proposals.ofCase(caseNumber).get(0);
    assertEquals(CentralProposal.Status.NOT_ELIGIBLE, p.getStatus());
    assertTrue(p.getEligibilityReason().contains("2 lần liên tục"), p.getEligibilityReason());
  }

  @Test
  void theResultMayArriveAsAMessageAndARejectionKeepsItsReason() {
    String caseNumber = awardedCase("Trần Văn Tin");
    ProcessInstance pi = submitted(caseNumber);

    long id = proposalOf(pi).getId();
    as("officer.ban", () -> proposals.receiveResult(id, "officer.ban", List.of("board-officers"), REJECTED, null,
        "Đã đủ chỉ tiêu năm"));

    assertThat(pi).isEnded().hasPassed(RESULT_RECEIVED, RECORD_RESULT, END_REJECTED).hasNotPassed(END_AWARDED);
    CentralProposal p = proposalOf(pi);
    assertEquals(CentralProposal.Status.REJECTED, p.getStatus());
    assertEquals("Đã đủ chỉ tiêu năm", p.getResultNote());
    assertTrue(outcomes(caseNumber).contains(END_REJECTED));
  }

  @Test
  void aLateResultIsEscalatedToTheBoardHeadsWhileTheTaskWaits() {
    String caseNumber = awardedCase("Phạm Thị Chờ");
    ProcessInstance pi = submitted(caseNumber);
    Task waiting = task(pi, AWAIT_RESULT);

    fireTimer(pi, RESULT_OVERDUE);

    assertThat(pi).isWaitingAt(AWAIT_RESULT).hasPassed(ESCALATE);
    assertTrue(proposalOf(pi).isResultOverdue());
    List<String> groups = tasks.getIdentityLinksForTask(waiting.getId()).stream().map(IdentityLink::getGroupId).toList();
    assertTrue(groups.contains("board-heads"), groups.toString());
    assertEquals(List.of("head.ban@tdkt.example"), outbox.findByKindOrderById("CENTRAL_RESULT_OVERDUE").stream()
        .map(m -> m.getRecipient()).toList());

    complete("head.ban", pi, AWAIT_RESULT, VAR_RESULT_OUTCOME, AWARDED, VAR_RESULT_DECISION, "99/QĐ-TTg");
    assertThat(pi).isEnded().hasPassed(END_AWARDED);
  }

  @Test
  void onlyAnAwardedCaseAFittingAwardAndNoTwinMayBeProposed() {
    ProcessInstance open = nominate("nominator.thads", meritNomination("Chưa Khen"));
    String openCase = caseOf(open).getCaseNumber();
    assertEquals(409, refusalOf(() -> propose(openCase, "BANG_KHEN_THU_TUONG", primeMinisterMerit())).status());
    assertEquals(404, refusalOf(() -> propose("TDKT-1999-99999", "BANG_KHEN_THU_TUONG", primeMinisterMerit())).status());

    String individual = awardedCase("Cá Nhân");
    assertEquals(400, refusalOf(() -> propose(individual, "CO_THI_DUA_CHINH_PHU", Map.of())).status());
    assertEquals(400, refusalOf(() -> propose(individual, "HUAN_CHUONG", Map.of())).status());
    propose(individual, "BANG_KHEN_THU_TUONG", primeMinisterMerit());
    assertEquals(409, refusalOf(() -> propose(individual, "BANG_KHEN_THU_TUONG", primeMinisterMerit())).status());
    assertEquals(1, proposals.ofCase(individual).size());
    // a unit's nominator may not start a proposal at all
    assertThrows(RuntimeException.class, () -> as("nominator.thads", () -> runtime.startProcessInstanceByKey(KEY,
        Map.of(VAR_CASE_NUMBER, individual, VAR_AWARD, "CSTD_TOAN_QUOC"))));
    assertFalse(proposals.ofCase(individual).size() > 1);
  }

  @org.springframework.beans.factory.annotation.Autowired CentralSubmissionDocument submissionDocument;

  @Test
  void theSignedSubmissionIsADocumentInTheDecree30LayoutEvenForAHostileName() throws Exception {
    String hostile = "<b>Trần</b> & \"Văn\" Ngu\u0301y\u0302\u0303\u0309\u0323\u0306\u0300n \u0007" + "Dài".repeat(40);
    String caseNumber = awardedCase(hostile);
    ProcessInstance pi = submitted(caseNumber);
    String text;
    try (var doc = org.apache.pdfbox.Loader.loadPDF(submissionDocument.pdf(proposalOf(pi)))) {
      var stripper = new org.apache.pdfbox.text.PDFTextStripper();
      stripper.setSortByPosition(true);
      text = stripper.getText(doc).replaceAll("\\s+", " ");
    }
    String stream;
    try (var doc = org.apache.pdfbox.Loader.loadPDF(submissionDocument.pdf(proposalOf(pi)))) {
      stream = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
    }
    // the table's cells in the order they were written, without spaces: wrapped lines read as one
    assertTrue(stream.contains("<b>Trần</b>&\"Văn\"Ngú"), stream);
    // the provincial award the proposal is built on (a provincial fighter, see awardedCase)
    assertTrue(stream.contains("danhhiệuChiếnsĩthiđuacấptỉnh(Quyếtđịnhsố7/QĐ-UBND"), stream);
    String number = proposalOf(pi).getSubmissionNumber();
    for (String expected : List.of("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: " + number, "TỜ TRÌNH",
        "Về việc đề nghị tặng Bằng khen của Thủ tướng Chính phủ", "Kính gửi:", "- Thủ tướng Chính phủ;",
        "Hồ sơ kèm theo: 2 bộ.", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đỗ Minh Khang")) {
      assertTrue(text.contains(expected), expected + " in " + text);
    }
    assertFalse(text.contains(caseNumber) || text.contains("chairman"), text);
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** A provincial case awarded by the Chairman. */
  private String awardedCase(String nominee) {
    // a provincial fighter: a provincial certificate of merit decided this year would leave no "5 good years after
    // it" for the Prime Minister's certificate, now that the registry records it (issue 14)
    ProcessInstance pi = nominatedAndAppraised(fighterNomination(nominee));
    String caseNumber = caseOf(pi).getCaseNumber();
    cases.decide(caseNumber, "7/QĐ-UBND", LocalDate.of(YEAR, 12, 1), "chairman");
    runtime.createMessageCorrelation(NominationProcess.MSG_COUNCIL_RESULT).processInstanceId(pi.getId())
        .setVariable(NominationProcess.VAR_COUNCIL_OUTCOME, NominationProcess.AWARDED).correlate();
    return caseNumber;
  }

  private static Map<String, Object> primeMinisterMerit() {
    Map<String, Object> v = new HashMap<>();
    v.put(VAR_PROVINCIAL_MERIT, true);
    v.put(VAR_GOOD_YEARS, 5);
    v.put(VAR_GRASSROOTS_TIMES, 3);
    return v;
  }

  private ProcessInstance propose(String caseNumber, String award, Map<String, Object> inputs) {
    Map<String, Object> v = new HashMap<>(inputs);
    v.put(VAR_CASE_NUMBER, caseNumber);
    v.put(VAR_AWARD, award);
    return as("officer.ban", () -> runtime.startProcessInstanceByKey(KEY, v));
  }

  private ProcessInstance submitted(String caseNumber) {
    ProcessInstance pi = propose(caseNumber, "BANG_KHEN_THU_TUONG", primeMinisterMerit());
    complete("officer.ban", pi, PREPARE, VAR_DOSSIER_SETS, 2);
    complete("chairman", pi, SIGN, VAR_SIGN_OUTCOME, SIGN_APPROVE);
    complete("officer.ban", pi, RECORD_SUBMISSION);
    assertThat(pi).isWaitingAt(AWAIT_RESULT);
    return pi;
  }

  private CentralProposal proposalOf(ProcessInstance pi) {
    String key = pi.getBusinessKey() != null ? pi.getBusinessKey()
        : history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey();
    return proposals.ofCase(key).stream().filter(p -> pi.getId().equals(p.getProcessInstanceId())).findFirst()
        .orElseThrow();
  }

  private List<String> outcomes(String caseNumber) {
    return jdbc.queryForList("select e.outcome from case_event e join case_record c on c.id = e.case_id "
        + "where c.case_number = ? order by e.id", String.class, caseNumber);
  }

  private static Refusal refusalOf(Executable call) {
    Throwable t = assertThrows(Throwable.class, call);
    Refusal r = Refusal.findIn(t);
    if (r == null) {
      throw new AssertionError("not a refusal", t);
    }
    return r;
  }
}
