package vn.tdkt.commendation.registration;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.commendation.registration.RegistrationProcess.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.commendation.CommendationApplication;
import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.registry.RegistryWorkbook;
import vn.tdkt.commendation.registry.Title;

/**
 * Every path of "emulation-registration" (accepted; returned, corrected and sent again; withdrawn), the statuses
 * the cluster's leaders and the Board see, the spreadsheet's row errors, and "no registration, no title" in its
 * three settings.
 */
class RegistrationProcessTest extends WorkflowTest {

  static final List<String> THADS = List.of("unit-thads-nominators");

  @Autowired RegistrationService registrations;
  @Autowired RegistrationSettings settings;
  @Autowired OrganisationService organisation;

  @AfterEach
  void defaults() {
    settings.setProvincialTitles(RegistrationSettings.Rule.WARN);
    settings.setDeadline(MonthDay.of(3, 31));
  }

  void aim(String name, Title title) {
    registrations.addLine("thads", YEAR, new RegistrationService.LineInput(
        title == Title.CO_THI_DUA_TINH ? NomineeKind.COLLECTIVE : NomineeKind.INDIVIDUAL, name,
        title == Title.CO_THI_DUA_TINH ? null : LocalDate.of(1984, 6, 1), "Chấp hành viên", title),
        "nominator.thads", THADS);
  }

  ProcessInstance sent() {
    registrations.send("thads", YEAR, "nominator.thads", THADS);
    return runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey("DK-thads-" + YEAR).active().singleResult();
  }

  RegistrationService.UnitStatus statusOf(String unit) {
    return registrations.statusOf(organisation.unitsOf("cum9"), YEAR).stream()
        .filter(r -> r.unit().getCode().equals(unit)).findFirst().orElseThrow().status();
  }

  @Test
  void sentAndAcceptedByTheClusterLeader() {
    aim("Cục Thi hành án dân sự tỉnh", Title.CO_THI_DUA_TINH);
    aim("Nguyễn Thị Đăng Ký", Title.CSTD_TINH);
    assertEquals(RegistrationService.UnitStatus.NOT_SENT, statusOf("thads"));

    ProcessInstance pi = sent();
    assertThat(pi).isWaitingAt(REVIEW);
    assertThat(task(pi, REVIEW)).hasCandidateGroup("cluster-cum9-leaders");
    assertEquals("Trưởng cụm xem xét bản đăng ký thi đua — Cục Thi hành án dân sự tỉnh · năm " + YEAR,
        task(pi, REVIEW).getName());
    assertEquals("Cờ thi đua của UBND tỉnh: 1; Chiến sĩ thi đua cấp tỉnh: 1", runtime.getVariable(pi.getId(), VAR_SUMMARY));
    assertEquals(RegistrationService.UnitStatus.SENT, statusOf("thads"));
    // sent, it cannot be changed
    assertEquals(409, assertThrows(Refusal.class, () -> aim("Muộn", Title.CSTD_CO_SO)).status());

    complete("lead.cum9", pi, REVIEW, VAR_REVIEW_OUTCOME, ACCEPT_YES);
    assertThat(pi).isEnded().hasPassed(END_ACCEPTED);
    assertEquals(RegistrationService.UnitStatus.ACCEPTED, statusOf("thads"));
    assertEquals(RegistrationService.UnitStatus.NOT_SENT, statusOf("ca"));
    assertEquals(7, registrations.statusOf(organisation.unitsOf("cum9"), YEAR).size());
  }

  @Test
  void returnedWithAReasonCorrectedAndSentAgain() {
    settings.setDeadline(MonthDay.of(1, 1));
    aim("Lê Văn Sửa", Title.CSTD_CO_SO);
    ProcessInstance pi = sent();
    LocalDate today = LocalDate.now(ZoneId.of(CommendationApplication.ZONE));
    assertEquals(today.isAfter(LocalDate.of(YEAR, 1, 1)), registrations.find("thads", YEAR).orElseThrow().isLate());

    assertEquals(400, Refusal.findIn(assertThrows(RuntimeException.class,
        () -> complete("lead.cum9", pi, REVIEW, VAR_REVIEW_OUTCOME, RETURN))).status());
    complete("lead.cum9", pi, REVIEW, VAR_REVIEW_OUTCOME, RETURN, VAR_COMMENT, "Thiếu danh sách Lao động tiên tiến");
    assertThat(task(pi, REVISE)).hasCandidateGroup("unit-thads-nominators");
    assertEquals(RegistrationService.UnitStatus.RETURNED, statusOf("thads"));
    assertEquals("Thiếu danh sách Lao động tiên tiến", runtime.getVariable(pi.getId(), VAR_REVIEW_COMMENT));

    // corrected on the page, then sent again: the unit's task completes as the nominator
    aim("Lê Văn Sửa", Title.LAO_DONG_TIEN_TIEN);
    registrations.send("thads", YEAR, "nominator.thads", THADS);
    assertThat(pi).isWaitingAt(REVIEW);
    assertEquals(RegistrationService.UnitStatus.SENT, statusOf("thads"));
    complete("lead.cum9", pi, REVIEW, VAR_REVIEW_OUTCOME, ACCEPT_YES);
    assertThat(pi).isEnded().hasPassed(REVISE, END_ACCEPTED);
    assertEquals(2, registrations.find("thads", YEAR).orElseThrow().getLines().size());
  }

  @Test
  void aReturnedRegistrationMayBeWithdrawnAndDraftedAgain() {
    aim("Trần Rút", Title.CSTD_CO_SO);
    ProcessInstance pi = sent();
    complete("lead.cum9", pi, REVIEW, VAR_REVIEW_OUTCOME, RETURN, VAR_COMMENT, "Làm lại");
    complete("nominator.thads", pi, REVISE, VAR_REVISE_OUTCOME, WITHDRAW);

    assertThat(pi).isEnded().hasPassed(END_WITHDRAWN);
    assertEquals(RegistrationService.UnitStatus.NOT_SENT, statusOf("thads"));
    aim("Trần Rút", Title.LAO_DONG_TIEN_TIEN);
    assertThat(sent()).isWaitingAt(REVIEW);
  }

  @Test
  void onlyTheUnitsNominatorsDraftAndSendAndNotEmpty() {
    assertEquals(403, assertThrows(Refusal.class, () -> registrations.addLine("thads", YEAR,
        new RegistrationService.LineInput(NomineeKind.INDIVIDUAL, "X", null, null, Title.CSTD_CO_SO), "nominator.ca",
        List.of("unit-ca-nominators"))).status());
    assertEquals(400, assertThrows(Refusal.class, () -> registrations.send("thads", YEAR, "nominator.thads", THADS))
        .status());
    assertEquals(400, assertThrows(Refusal.class, () -> aim("Xếp Loại", Title.HOAN_THANH_XUAT_SAC)).status());
    assertEquals(0, runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count());
  }

  @Test
  void theSpreadsheetListsItsWrongRowsAndChangesNothingUntilRight() throws IOException {
    aim("Dòng Cũ", Title.CSTD_CO_SO);
    byte[] wrong = filled(List.of(
        List.of("Cá nhân", "Phạm Thị Đúng", "02/02/1990", "Thư ký", "Lao động tiên tiến"),
        List.of("Cá nhân", "Phạm Văn Sai", "31/02/1990", "", "Chiến sĩ thi đua cơ sở"),
        List.of("Tập thể", "Phòng Tổ chức", "", "", "Chiến sĩ thi đua cấp tỉnh")));

    List<RegistryWorkbook.RowError> errors = registrations.importLines("thads", YEAR, wrong, THADS);

    assertEquals(List.of(3, 4), errors.stream().map(RegistryWorkbook.RowError::row).toList());
    assertTrue(errors.get(0).message().contains("dd/mm/yyyy"), errors.get(0).message());
    assertTrue(errors.get(1).message().contains("không áp dụng cho tập thể"), errors.get(1).message());
    assertEquals(List.of("Dòng Cũ"), registrations.find("thads", YEAR).orElseThrow().getLines().stream()
        .map(RegistrationLine::getName).toList());

    assertTrue(registrations.importLines("thads", YEAR, filled(List.of(
        List.of("Cá nhân", "Phạm Thị Đúng", "02/02/1990", "Thư ký", "Lao động tiên tiến"),
        List.of("Tập thể", "Phòng Tổ chức", "", "", "Tập thể lao động tiên tiến"))), THADS).isEmpty());
    assertEquals(List.of("Phạm Thị Đúng", "Phòng Tổ chức"), registrations.find("thads", YEAR).orElseThrow().getLines()
        .stream().map(RegistrationLine::getName).toList());
  }

  @Test
  void noRegistrationNoTitleAsConfigured() {
    // warn (the default): eligible, with the warning in the reason
    ProcessInstance warned = nominate("nominator.thads", fighterNomination("Hồ Chưa Đăng Ký"));
    assertThat(warned).isWaitingAt(NominationProcess.ENDORSE);
    assertTrue(((String) runtime.getVariable(warned.getId(), NominationProcess.VAR_ELIGIBILITY_REASON))
        .contains("Đơn vị chưa gửi bản đăng ký thi đua năm " + YEAR + " (cảnh báo)"));

    // enforce: not eligible, unless the sent registration names the person for that title
    settings.setProvincialTitles(RegistrationSettings.Rule.ENFORCE);
    aim("Hồ Đã Đăng Ký", Title.CSTD_TINH);
    sent();
    ProcessInstance refused = nominate("nominator.thads", fighterNomination("Hồ Không Có Tên"));
    assertThat(refused).isWaitingAt(NominationProcess.REVISE);
    String reason = (String) runtime.getVariable(refused.getId(), NominationProcess.VAR_ELIGIBILITY_REASON);
    assertTrue(reason.contains("không có Hồ Không Có Tên đăng ký Chiến sĩ thi đua cấp tỉnh"), reason);
    assertThat(nominate("nominator.thads", fighterNomination("Hồ Đã Đăng Ký"))).isWaitingAt(NominationProcess.ENDORSE);

    // off: nothing said
    settings.setProvincialTitles(RegistrationSettings.Rule.OFF);
    ProcessInstance off = nominate("nominator.ca", fighterNomination("Công An Không Đăng Ký"));
    assertEquals("Đủ tiêu chuẩn để xét đề nghị.", runtime.getVariable(off.getId(), NominationProcess.VAR_ELIGIBILITY_REASON));
  }

  static byte[] filled(List<List<String>> rows) throws IOException {
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(RegistrationWorkbook.template()));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.getSheet(RegistrationWorkbook.SHEET);
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          if (!rows.get(r).get(c).isEmpty()) {
            row.createCell(c).setCellValue(rows.get(r).get(c));
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }
}
