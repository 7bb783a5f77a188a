package vn.tdkt.commendation.revocation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.commendation.revocation.RevocationProcess.*;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.central.CentralProcess;
import vn.tdkt.commendation.central.CentralProposal;
import vn.tdkt.commendation.central.CentralProposalService;
import vn.tdkt.commendation.council.CouncilProcess;
import vn.tdkt.commendation.council.DecisionSettings;
import vn.tdkt.commendation.official.OfficialTexts.SignerTitle;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.registry.AwardEntry;
import vn.tdkt.commendation.registry.AwardRegistry;

/** Every path of "award-revocation": revoked and recovered in parts, dismissed by the Board, refused by the Chairman. */
class RevocationProcessTest extends WorkflowTest {

  static final List<String> BOARD_OFFICER = List.of("board-officers");

  @Autowired RevocationService revocations;
  @Autowired AwardRegistry registry;
  @Autowired CentralProposalService proposals;
  @Autowired DecisionSettings decisionSettings;

  static final java.time.LocalDate TODAY = java.time.LocalDate.now(java.time.ZoneId.of(
      vn.tdkt.commendation.CommendationApplication.ZONE));

  /** Awarded through a Council session whose decision is approved by whoever the settings name, then issued. */
  String awardedAsConfigured(String nominee) {
    ProcessInstance pi = nominatedAndAppraised(fighterNomination(nominee));
    ProcessInstance session = openCouncilSession(null);
    for (String member : COUNCIL) {
      vote(session, member, Map.of(caseOf(pi).getCaseNumber(), "approve"));
    }
    org.camunda.bpm.engine.task.Task approve = tasks.createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(CouncilProcess.APPROVE_DECISION).singleResult();
    String signer = approve.getAssignee() != null ? approve.getAssignee() : "chairman";
    as(signer, () -> tasks.complete(approve.getId(), Map.of(CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve")));
    if (tasks.createTaskQuery().processInstanceId(session.getId()).taskDefinitionKey(CouncilProcess.RECORD_NUMBER)
        .count() > 0) {
      recordNextNumber(session);
    }
    assertEquals(CaseStatus.AWARDED, caseOf(pi).getStatus());
    return caseOf(pi).getCaseNumber();
  }

  /** A provincial fighter decided by the Council and the Chairman: its case number. */
  String awarded(String nominee) {
    ProcessInstance pi = nominatedAndAppraised(fighterNomination(nominee));
    councilDecides(List.of(pi));
    assertEquals(CaseStatus.AWARDED, caseOf(pi).getStatus());
    return caseOf(pi).getCaseNumber();
  }

  Revocation open(String caseNumber, Long bonus) {
    return revocations.open(caseNumber, new RevocationService.Opening("FALSE_OR_FORGED_PAPERS",
        "Kết luận thanh tra số 12/KL-TTr: giấy chứng nhận sáng kiến giả mạo", bonus == null ? "" : String.valueOf(bonus),
        null, null), "officer.ban", BOARD_OFFICER);
  }

  ProcessInstance processOf(Revocation r) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(r.getCaseNumber())
        .singleResult();
  }

  @Test
  void revokedEverywhereAndRecoveredInPartsUntilDone() throws IOException {
    String caseNumber = awarded("Lê Văn Giả");
    String awardDecision = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getDecisionNumber();
    // a proposal for the Prime Minister's certificate built on this award
    Map<String, Object> v = new HashMap<>();
    v.put(CentralProcess.VAR_CASE_NUMBER, caseNumber);
    v.put(CentralProcess.VAR_AWARD, "BANG_KHEN_THU_TUONG");
    v.put(CentralProcess.VAR_PROVINCIAL_MERIT, true);
    v.put(CentralProcess.VAR_GOOD_YEARS, 5);
    v.put(CentralProcess.VAR_GRASSROOTS_TIMES, 3);
    as("officer.ban", () -> runtime.startProcessInstanceByKey(CentralProcess.KEY, v));

    Revocation r = open(caseNumber, 7_020_000L);
    ProcessInstance pi = processOf(r);
    assertThat(pi).isWaitingAt(PROPOSE);
    assertEquals(caseNumber, pi.getBusinessKey());
    assertThat(task(pi, PROPOSE)).hasCandidateGroup("board-heads");
    assertEquals("Trưởng Ban TĐKT đề nghị hủy bỏ — " + caseNumber + " · Lê Văn Giả · Chiến sĩ thi đua cấp tỉnh",
        task(pi, PROPOSE).getName());
    assertEquals(Revocation.Status.PROPOSING, revocations.get(r.getId()).getStatus());
    assertTrue(((String) runtime.getVariable(pi.getId(), VAR_GROUND)).startsWith("điểm b khoản 2 Điều 93"));

    complete("head.ban", pi, PROPOSE, VAR_PROPOSE_OUTCOME, PROPOSE_YES);
    assertThat(task(pi, DECIDE)).hasCandidateGroup("chairman");
    assertEquals(Revocation.Status.DECIDING, revocations.get(r.getId()).getStatus());

    complete("chairman", pi, DECIDE, VAR_DECIDE_OUTCOME, REVOKE);
    // the UBND office's clerk numbers it from the register: a number of the year already taken is refused
    assertThat(task(pi, RECORD_NUMBER)).hasCandidateGroup("ubnd-clerks");
    int awardSequence = Integer.parseInt(awardDecision.substring(0, awardDecision.indexOf('/')));
    assertEquals(409, Refusal.findIn(assertThrows(RuntimeException.class, () -> complete("vanthu", pi, RECORD_NUMBER,
        VAR_REGISTER_NUMBER, awardSequence, VAR_REGISTER_DATE, TODAY.toString()))).status());
    complete("vanthu", pi, RECORD_NUMBER, VAR_REGISTER_NUMBER, 163, VAR_REGISTER_DATE, TODAY.toString());
    Revocation issued = revocations.get(r.getId());
    assertEquals("163/QĐ-UBND", issued.getDecisionNumber());
    assertEquals("vanthu", issued.getNumberedBy());
    assertEquals(Revocation.Status.RECOVERING, issued.getStatus());
    // the case, the registry and the central proposal know
    assertEquals(CaseStatus.REVOKED, caseRepository.findByCaseNumber(caseNumber).orElseThrow().getStatus());
    AwardEntry entry = registry.entryOf(caseNumber).orElseThrow();
    assertTrue(entry.isRevoked());
    assertEquals(issued.getDecisionNumber(), entry.getRevocationNumber());
    CentralProposal p = proposals.ofCase(caseNumber).get(0);
    assertEquals(issued.getDecisionNumber(), p.getBaseRevokedBy());
    assertEquals(String.valueOf(p.getId()), issued.getFlaggedProposals());
    List<String> history = jdbc.queryForList("select e.outcome from case_event e join case_record c on c.id = e.case_id"
        + " where c.case_number = ? order by e.id", String.class, caseNumber);
    assertTrue(history.containsAll(List.of("revocationOpened", "revocationProposed", "revoked", "centralProposalFlagged")),
        history.toString());

    // the document: Decree 30's parts, the award decision revoked, the configured bases, the signer from the identity store
    String text = text(revocations.decisionPdf(r.getId()));
    for (String part : List.of("ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA", "Số: " + issued.getDecisionNumber(),
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Thanh Hóa, ngày", "QUYẾT ĐỊNH",
        "Về việc hủy bỏ quyết định khen thưởng", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", "Căn cứ Quyết định số " + awardDecision,
        "Theo đề nghị của Trưởng Ban Thi đua – Khen thưởng tỉnh.",
        "Điều 1.", "Hủy bỏ Quyết định số " + awardDecision, "Lê Văn Giả", "điểm b khoản 2 Điều 93", "7.020.000 đồng",
        "Điều 3.", "Nơi nhận:", "- Như Điều 3;", "CHỦ TỊCH", "Đỗ Minh Khang")) {
      assertTrue(text.contains(part), part + " missing from:\n" + text);
    }
    assertTrue(!text.contains("PHÓ CHỦ TỊCH"), text);

    // the recovery is a task until the certificate and the whole bonus are back
    assertThat(task(pi, RECOVER)).hasCandidateGroup("board-officers");
    assertEquals(7_020_000L, runtime.getVariable(pi.getId(), VAR_OUTSTANDING));
    complete("officer.ban", pi, RECOVER, VAR_CERTIFICATE_RECOVERED, true, VAR_AMOUNT_RECOVERED, 5_000_000);
    assertThat(pi).isWaitingAt(RECOVER);
    assertEquals(2_020_000L, runtime.getVariable(pi.getId(), VAR_OUTSTANDING));
    Refusal tooMuch = Refusal.findIn(assertThrows(RuntimeException.class,
        () -> complete("officer.ban", pi, RECOVER, VAR_AMOUNT_RECOVERED, 3_000_000)));
    assertEquals(400, tooMuch.status());
    complete("officer.ban", pi, RECOVER, VAR_AMOUNT_RECOVERED, 2_020_000, VAR_COMMENT, "Giấy nộp tiền số 45");
    assertThat(pi).isEnded().hasPassed(ISSUE, END_REVOKED);
    Revocation done = revocations.get(r.getId());
    assertEquals(Revocation.Status.CLOSED, done.getStatus());
    assertEquals(7_020_000L, done.getAmountRecovered());
    assertTrue(done.isCertificateRecovered());
  }

  @Test
  void theBoardHeadMayDismissWithAReason() {
    String caseNumber = awarded("Trần Thị Oan");
    ProcessInstance pi = processOf(open(caseNumber, 0L));

    assertEquals(400, Refusal.findIn(assertThrows(RuntimeException.class,
        () -> complete("head.ban", pi, PROPOSE, VAR_PROPOSE_OUTCOME, DISMISS))).status());
    complete("head.ban", pi, PROPOSE, VAR_PROPOSE_OUTCOME, DISMISS, VAR_COMMENT, "Chứng cứ chưa đủ");

    assertThat(pi).isEnded().hasPassed(END_DISMISSED).hasNotPassed(DECIDE);
    assertEquals(CaseStatus.AWARDED, caseRepository.findByCaseNumber(caseNumber).orElseThrow().getStatus());
    assertEquals(Revocation.Status.DISMISSED, revocations.ofCase(caseNumber).get(0).getStatus());
    assertTrue(!registry.entryOf(caseNumber).orElseThrow().isRevoked());
  }

  @Test
  void theChairmanMayRefuseWithAReason() {
    String caseNumber = awarded("Phạm Văn Giữ");
    // no amount given: the bonus the award decision paid this individual
    Revocation r = open(caseNumber, null);
    Long paid = jdbc.queryForObject("select d.bonus_individual from award_decision d join case_record c"
        + " on c.decision_number = d.decision_number where c.case_number = ?", Long.class, caseNumber);
    assertTrue(paid != null && paid > 0, String.valueOf(paid));
    assertEquals(paid.longValue(), r.getBonusAmount());
    ProcessInstance pi = processOf(r);
    complete("head.ban", pi, PROPOSE, VAR_PROPOSE_OUTCOME, PROPOSE_YES);

    assertEquals(400, Refusal.findIn(assertThrows(RuntimeException.class,
        () -> complete("chairman", pi, DECIDE, VAR_DECIDE_OUTCOME, REFUSE))).status());
    complete("chairman", pi, DECIDE, VAR_DECIDE_OUTCOME, REFUSE, VAR_COMMENT, "Vi phạm không làm mất tiêu chuẩn");

    assertThat(pi).isEnded().hasPassed(END_REFUSED).hasNotPassed(ISSUE);
    assertEquals(CaseStatus.AWARDED, caseRepository.findByCaseNumber(caseNumber).orElseThrow().getStatus());
    assertNull(revocations.ofCase(caseNumber).get(0).getDecisionNumber());
  }

  @Test
  void whoSignsTheAwardsDecisionsSignsItsRevocationAndTheSystemMayCount() throws IOException {
    // provincial fighters' decisions are signed by a Vice-Chairman for the Chairman, numbered by the system
    Map<AwardType, DecisionSettings.Signer> before = new HashMap<>(decisionSettings.getSigners());
    DecisionSettings.Numbering numbering = decisionSettings.getNumbering();
    try {
      DecisionSettings.Signer vice = new DecisionSettings.Signer();
      vice.setTitle(SignerTitle.VICE_CHAIRMAN);
      vice.setUser("pct");
      Map<AwardType, DecisionSettings.Signer> changed = new HashMap<>(before);
      changed.put(AwardType.CHIEN_SI_THI_DUA_TINH, vice);
      decisionSettings.setSigners(changed);
      decisionSettings.setNumbering(DecisionSettings.Numbering.INTERNAL);
      String caseNumber = awardedAsConfigured("Ngô Thị Ký Thay");
      Revocation r = open(caseNumber, 0L);
      ProcessInstance pi = processOf(r);
      complete("head.ban", pi, PROPOSE, VAR_PROPOSE_OUTCOME, PROPOSE_YES);
      assertEquals("pct", task(pi, DECIDE).getAssignee());
      complete("pct", pi, DECIDE, VAR_DECIDE_OUTCOME, REVOKE);

      // no clerk's step: the system's next number of the year, after the award decision's
      assertThat(pi).hasPassed(ISSUE).isWaitingAt(RECOVER);
      Revocation issued = revocations.get(r.getId());
      String awardDecision = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getDecisionNumber();
      assertTrue(!awardDecision.equals(issued.getDecisionNumber()), issued.getDecisionNumber());
      assertEquals(SignerTitle.VICE_CHAIRMAN, issued.getSignerTitle());
      String text = text(revocations.decisionPdf(r.getId()));
      assertTrue(text.contains("KT. CHỦ TỊCH PHÓ CHỦ TỊCH") && text.contains("Trần Văn Bình"), text);
      assertTrue(text.contains("Số: " + issued.getDecisionNumber()), text);
    } finally {
      decisionSettings.setSigners(before);
      decisionSettings.setNumbering(numbering);
    }
  }

  @Test
  void onlyABoardOfficerOpensItForAnAwardedCaseAndOneAtATime() {
    ProcessInstance running = nominate("nominator.thads", meritNomination("Chưa Khen"));
    String open = caseOf(running).getCaseNumber();
    assertEquals(409, assertThrows(Refusal.class, () -> open(open, 0L)).status());
    String caseNumber = awarded("Một Lần Thôi");
    assertEquals(403, assertThrows(Refusal.class, () -> revocations.open(caseNumber,
        new RevocationService.Opening("UNLAWFUL_PROCEDURE", "x", "0", null, null), "nominator.thads",
        List.of("unit-thads-nominators"))).status());
    assertEquals(400, assertThrows(Refusal.class, () -> revocations.open(caseNumber,
        new RevocationService.Opening("UNLAWFUL_PROCEDURE", " ", "0", null, null), "officer.ban", BOARD_OFFICER))
        .status());
    assertEquals(400, assertThrows(Refusal.class, () -> revocations.open(caseNumber,
        new RevocationService.Opening("NO_SUCH_GROUND", "x", "0", null, null), "officer.ban", BOARD_OFFICER))
        .status());
    open(caseNumber, 0L);
    assertEquals(409, assertThrows(Refusal.class, () -> open(caseNumber, 0L)).status());
    assertEquals(1, runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count());
    // the process is the product's to start: an official's own start is refused by the engine's grants
    assertThrows(RuntimeException.class, () -> as("officer.ban", () -> runtime.startProcessInstanceByKey(KEY,
        Map.of(VAR_REVOCATION_ID, 1L))));
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // one line: the PDF wraps long lines wherever the page ends
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
