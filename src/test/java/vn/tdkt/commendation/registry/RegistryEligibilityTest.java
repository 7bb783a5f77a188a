package vn.tdkt.commendation.registry;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.commendation.nomination.NominationProcess.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.central.CentralProcess;
import vn.tdkt.commendation.central.CentralProposal;
import vn.tdkt.commendation.central.CentralProposalService;
import vn.tdkt.commendation.problem.Refusal;

/**
 * Eligibility reads the awards registry where it holds records: the registry wins over the unit's declaration,
 * the difference is shown in the reason and the case history; an initiative counts for one award only; a second
 * award of the same year needs the Board's reason; a central proposal counts the good years after the latest
 * provincial certificate of merit.
 */
class RegistryEligibilityTest extends WorkflowTest {

  static final LocalDate BORN = LocalDate.of(1985, 3, 14);

  @Autowired AwardRegistry registry;
  @Autowired CentralProposalService proposals;

  static RegistryWriter board() {
    return RegistryWriter.of("officer.ban", List.of("board-officers"));
  }

  void title(String name, Title title, int year) {
    registry.addEntry(new AwardRegistry.EntryInput(NomineeKind.INDIVIDUAL, name, BORN, "thads", "Chấp hành viên", title,
        year, title.level() == Title.Level.RATING ? null : "1" + year + "/QĐ-CTHADS",
        title.level() == Title.Level.RATING ? null : LocalDate.of(year, 12, 20), "Cục trưởng"), board());
  }

  long initiative(String name, String title, int year) {
    return registry.addInitiative(new AwardRegistry.InitiativeInput(name, BORN, "thads", "Chấp hành viên", title,
        Initiative.Recognition.GRASSROOTS, year, "12/QĐ-HĐSK"), board()).getId();
  }

  @Test
  void theRegistryWinsOverTheDeclarationAndTheDifferenceIsShown() {
    // the unit declares 3 consecutive grassroots fighter titles; the registry has one, this year's
    title("Lê Văn Khai", Title.CSTD_CO_SO, YEAR);
    initiative("Lê Văn Khai", "Số hóa sổ thụ lý", YEAR);

    ProcessInstance pi = nominate("nominator.thads", fighterNomination("Lê Văn Khai"));

    assertThat(pi).isWaitingAt(REVISE);
    String reason = (String) runtime.getVariable(pi.getId(), VAR_ELIGIBILITY_REASON);
    assertTrue(reason.startsWith("Chiến sĩ thi đua cấp tỉnh cần 3 năm liên tục"), reason);
    assertTrue(reason.contains("số năm liên tục Chiến sĩ thi đua cơ sở: kê khai 3, sổ ghi 1 (năm " + YEAR + ")"), reason);
    String history = jdbc.queryForObject("select e.comment_text from case_event e join case_record c on c.id = e.case_id"
        + " where c.case_number = ? and e.outcome = 'notEligible'", String.class, caseOf(pi).getCaseNumber());
    assertTrue(history.contains("sổ ghi 1"), history);
  }

  @Test
  void recordsTheDeclarationMissedCountToo() {
    // declared 0 excellent years and 0 initiatives; the registry has two excellent years and two initiatives
    title("Phan Thị Đủ", Title.HOAN_THANH_XUAT_SAC, YEAR - 1);
    title("Phan Thị Đủ", Title.HOAN_THANH_XUAT_SAC, YEAR);
    initiative("Phan Thị Đủ", "Quy trình xác minh điều kiện thi hành án", YEAR - 1);
    initiative("Phan Thị Đủ", "Mẫu biên bản điện tử", YEAR);
    Map<String, Object> v = meritNomination("Phan Thị Đủ");
    v.put(VAR_EXCELLENT_YEARS, 0);
    v.put(VAR_INITIATIVES, 0);

    ProcessInstance pi = nominate("nominator.thads", v);

    assertThat(pi).isWaitingAt(ENDORSE);
    String reason = (String) runtime.getVariable(pi.getId(), VAR_ELIGIBILITY_REASON);
    assertTrue(reason.contains("hoàn thành xuất sắc nhiệm vụ: kê khai 0, sổ ghi 2"), reason);
    assertTrue(reason.contains("kê khai 0, sổ ghi 2"), reason);
  }

  @Test
  void withoutRecordsTheDeclarationCounts() {
    ProcessInstance pi = nominate("nominator.thads", meritNomination("Người Chưa Có Trong Sổ"));

    assertThat(pi).isWaitingAt(ENDORSE);
    String reason = (String) runtime.getVariable(pi.getId(), VAR_ELIGIBILITY_REASON);
    assertTrue(reason.startsWith("Đủ tiêu chuẩn để xét đề nghị."), reason);
    assertTrue(!reason.contains("sổ theo dõi khen thưởng"), reason);
  }

  @Test
  void namesakesWithoutADateOfBirthAreNotGuessed() {
    registry.addEntry(new AwardRegistry.EntryInput(NomineeKind.INDIVIDUAL, "Nguyễn Văn An", LocalDate.of(1980, 1, 1),
        "thads", null, Title.CSTD_CO_SO, YEAR, "1/QĐ", LocalDate.of(YEAR, 12, 1), null), board());
    registry.addEntry(new AwardRegistry.EntryInput(NomineeKind.INDIVIDUAL, "Nguyễn Văn An", LocalDate.of(1992, 5, 5),
        "thads", null, Title.CSTD_CO_SO, YEAR, "2/QĐ", LocalDate.of(YEAR, 12, 1), null), board());

    ProcessInstance pi = nominate("nominator.thads", fighterNomination("Nguyễn Văn An"));

    // both namesakes have one title: the declaration (3 years) is used, and the official is told why
    assertThat(pi).isWaitingAt(ENDORSE);
    String reason = (String) runtime.getVariable(pi.getId(), VAR_ELIGIBILITY_REASON);
    assertTrue(reason.contains("có nhiều người cùng tên"), reason);
  }

  @Test
  void anInitiativeUsedOnceIsRefusedTheSecondTime() {
    title("Trịnh Văn Sáng", Title.CSTD_CO_SO, YEAR - 2);
    title("Trịnh Văn Sáng", Title.CSTD_CO_SO, YEAR - 1);
    title("Trịnh Văn Sáng", Title.CSTD_CO_SO, YEAR);
    long first = initiative("Trịnh Văn Sáng", "Phần mềm theo dõi án", YEAR - 1);
    long second = initiative("Trịnh Văn Sáng", "Sổ tay nghiệp vụ", YEAR);

    // the certificate of merit counts (and holds) both initiatives
    ProcessInstance merit = nominate("nominator.thads", meritNomination("Trịnh Văn Sáng"));
    assertThat(merit).isWaitingAt(ENDORSE);
    String meritCase = caseOf(merit).getCaseNumber();

    // the provincial fighter title of the same person and year finds none left
    ProcessInstance pi = nominate("nominator.thads", fighterNomination("Trịnh Văn Sáng"));
    assertThat(pi).isWaitingAt(REVISE);
    String reason = (String) runtime.getVariable(pi.getId(), VAR_ELIGIBILITY_REASON);
    assertTrue(reason.startsWith("Chiến sĩ thi đua cấp tỉnh cần có sáng kiến"), reason);
    assertTrue(reason.contains("\"Phần mềm theo dõi án\" đã dùng cho hồ sơ " + meritCase), reason);

    // the first case is awarded: its initiatives are used for good, with the decision
    complete("head.thads", merit, ENDORSE, VAR_ENDORSEMENT_OUTCOME, APPROVE);
    complete("lead.cum9", merit, REVIEW_IN_CLUSTER, VAR_CLUSTER_OUTCOME, APPROVE);
    complete("officer.ban", merit, APPRAISE, VAR_APPRAISAL_OUTCOME, APPROVE);
    String decision = councilDecides(List.of(merit));
    AwardEntry entry = registry.entryOf(meritCase).orElseThrow();
    assertEquals(Title.BANG_KHEN_CHU_TICH_TINH, entry.getTitle());
    assertEquals(decision, entry.getDecisionNumber());
    assertEquals(AwardEntry.Source.SYSTEM, entry.getSource());
    List<Initiative> ideas = registry.initiativesOf(entry.getAwardee());
    assertEquals(List.of(meritCase, meritCase), ideas.stream().map(Initiative::getUsedByCase).toList());
    assertTrue(ideas.get(0).getUsedFor().contains(decision), ideas.get(0).getUsedFor());

    // linking a used initiative to another award by hand is refused, with what used it
    Refusal refused = assertThrows(Refusal.class, () -> registry.useInitiative(first, "TDKT-" + YEAR + "-09999", board()));
    assertEquals(409, refused.status());
    assertTrue(refused.getMessage().contains("đã được dùng cho Bằng khen của Chủ tịch UBND tỉnh"), refused.getMessage());
    assertNotNull(second);
  }

  @Test
  void aWithdrawnNominationFreesItsInitiatives() {
    title("Võ Thị Rút", Title.CSTD_CO_SO, YEAR - 1);
    title("Võ Thị Rút", Title.CSTD_CO_SO, YEAR);
    initiative("Võ Thị Rút", "Sáng kiến một", YEAR);
    initiative("Võ Thị Rút", "Sáng kiến hai", YEAR);
    ProcessInstance pi = nominate("nominator.thads", meritNomination("Võ Thị Rút"));
    complete("head.thads", pi, ENDORSE, VAR_ENDORSEMENT_OUTCOME, REJECT, VAR_COMMENT, "Chưa đủ hồ sơ");
    assertThat(pi).isEnded();

    ProcessInstance again = nominate("nominator.thads", meritNomination("Võ Thị Rút"));
    assertThat(again).isWaitingAt(ENDORSE);
  }

  @Test
  void aSecondAwardOfTheSameYearNeedsTheBoardsReason() {
    title("Đặng Văn Hai", Title.BANG_KHEN_CHU_TICH_TINH, YEAR);
    title("Đặng Văn Hai", Title.CSTD_CO_SO, YEAR - 2);
    title("Đặng Văn Hai", Title.CSTD_CO_SO, YEAR - 1);
    title("Đặng Văn Hai", Title.CSTD_CO_SO, YEAR);
    initiative("Đặng Văn Hai", "Sáng kiến cấp tỉnh", YEAR);

    ProcessInstance pi = nominate("nominator.thads", fighterNomination("Đặng Văn Hai"));
    complete("head.thads", pi, ENDORSE, VAR_ENDORSEMENT_OUTCOME, APPROVE);
    complete("lead.cum9", pi, REVIEW_IN_CLUSTER, VAR_CLUSTER_OUTCOME, APPROVE);
    String same = (String) runtime.getVariable(pi.getId(), VAR_SAME_YEAR_AWARDS);
    assertTrue(same.startsWith("Bằng khen của Chủ tịch UBND tỉnh"), same);

    Refusal refused = Refusal.findIn(assertThrows(RuntimeException.class,
        () -> complete("officer.ban", pi, APPRAISE, VAR_APPRAISAL_OUTCOME, APPROVE)));
    assertEquals(400, refused.status());
    assertTrue(refused.getMessage().contains("cần ghi rõ lý do"), refused.getMessage());
    complete("officer.ban", pi, APPRAISE, VAR_APPRAISAL_OUTCOME, APPROVE, VAR_COMMENT,
        "Thành tích đột xuất khác với thành tích được tặng Bằng khen");
    assertThat(pi).isNotWaitingAt(APPRAISE);
  }

  @Test
  void theGoodYearsOfAPrimeMinistersCertificateCountAfterTheLatestProvincialCertificate() {
    // the Chairman's certificate of this year is the case proposed: no good year after it yet
    ProcessInstance nomination = nominatedAndAppraised(meritNomination("Hoàng Văn Vội"));
    councilDecides(List.of(nomination));
    String caseNumber = caseOf(nomination).getCaseNumber();
    Map<String, Object> v = new HashMap<>();
    v.put(CentralProcess.VAR_CASE_NUMBER, caseNumber);
    v.put(CentralProcess.VAR_AWARD, "BANG_KHEN_THU_TUONG");
    v.put(CentralProcess.VAR_PROVINCIAL_MERIT, true);
    v.put(CentralProcess.VAR_GOOD_YEARS, 5);
    v.put(CentralProcess.VAR_GRASSROOTS_TIMES, 3);
    ProcessInstance pi = as("officer.ban", () -> runtime.startProcessInstanceByKey(CentralProcess.KEY, v));

    assertThat(pi).isEnded().hasPassed(CentralProcess.END_NOT_ELIGIBLE);
    CentralProposal p = proposals.ofCase(caseNumber).get(0);
    assertTrue(p.getEligibilityReason().contains("sau Bằng khen cấp tỉnh năm " + YEAR + ": kê khai 5, tối đa 0"),
        p.getEligibilityReason());
    assertNull(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult());
  }
}
