package vn.tdkt.commendation.statistics;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.tdkt.commendation.CommendationApplication;
import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.movement.Movement;
import vn.tdkt.commendation.movement.Movements;
import vn.tdkt.commendation.registry.AwardRegistry;
import vn.tdkt.commendation.registry.RegistryWriter;
import vn.tdkt.commendation.registry.Title;

/**
 * A seeded year gives the right numbers in forms 0601.N and 0603.N: the workbook is read back with Apache POI, cell
 * by cell, by the rows' codes; a revoked award and what falls outside the period are not counted.
 */
class StatisticsWorkbookTest extends WorkflowTest {

  static final int Y = YEAR;
  static final List<String> BOARD = List.of("board-officers");

  @Autowired StatisticsService statistics;
  @Autowired Movements movements;
  @Autowired AwardRegistry registry;
  @Autowired WebApplicationContext context;

  void movement(String name, Movement.Scope scope, Movement.Method method, LocalDate from, LocalDate to) {
    movements.launch(new Movements.Launch(name, "Nội dung", null, from, to, scope,
        scope == Movement.Scope.CLUSTER ? "cum9" : null, method, null, null, null), "officer.ban", BOARD);
  }

  void award(String name, NomineeKind kind, Title title, LocalDate decided) {
    registry.addEntry(new AwardRegistry.EntryInput(kind, name, kind == NomineeKind.INDIVIDUAL ? LocalDate.of(1980, 1, 1)
        : null, "ca", null, title, decided.getYear(), "9/QĐ-UBND", decided, "Chủ tịch UBND tỉnh"),
        RegistryWriter.of("officer.ban", BOARD));
  }

  void seed() {
    // the report year Y runs from 01/12/(Y-1) to 30/11/Y
    movement("Chuyên đề ngắn", Movement.Scope.PROVINCE, Movement.Method.THEMATIC, LocalDate.of(Y - 1, 12, 15),
        LocalDate.of(Y, 6, 14));
    movement("Cụm cả năm", Movement.Scope.CLUSTER, Movement.Method.REGULAR, LocalDate.of(Y, 1, 1), LocalDate.of(Y, 12, 31));
    movement("Dài hạn", Movement.Scope.PROVINCE, Movement.Method.REGULAR, LocalDate.of(Y, 3, 1), LocalDate.of(Y + 4, 2, 28));
    movement("Sau kỳ", Movement.Scope.PROVINCE, Movement.Method.REGULAR, LocalDate.of(Y, 12, 15), LocalDate.of(Y + 1, 6, 1));
    award("Cá nhân Một", NomineeKind.INDIVIDUAL, Title.BANG_KHEN_CHU_TICH_TINH, LocalDate.of(Y, 2, 10));
    award("Cá nhân Hai", NomineeKind.INDIVIDUAL, Title.BANG_KHEN_CHU_TICH_TINH, LocalDate.of(Y - 1, 12, 1));
    award("Phòng Ba", NomineeKind.COLLECTIVE, Title.BANG_KHEN_CHU_TICH_TINH, LocalDate.of(Y, 11, 30));
    award("Cá nhân Bốn", NomineeKind.INDIVIDUAL, Title.CSTD_TINH, LocalDate.of(Y, 5, 5));
    award("Công an tỉnh", NomineeKind.COLLECTIVE, Title.CO_THI_DUA_TINH, LocalDate.of(Y, 1, 20));
    award("Phòng Năm", NomineeKind.COLLECTIVE, Title.TAP_THE_LAO_DONG_XUAT_SAC, LocalDate.of(Y, 1, 20));
    award("Trước Kỳ", NomineeKind.INDIVIDUAL, Title.BANG_KHEN_CHU_TICH_TINH, LocalDate.of(Y - 1, 11, 30));
  }

  @Test
  void aSeededYearGivesTheRightNumbers() throws IOException {
    seed();

    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(statistics.workbook(Y, statistics.yearPeriod(Y))))) {
      Sheet m = wb.getSheet("0601.N");
      assertEquals("Biểu số: 0601.N/BNV-TĐKT", m.getRow(0).getCell(0).getStringCellValue());
      assertEquals("Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023", m.getRow(1).getCell(0).getStringCellValue());
      assertEquals("SỐ PHONG TRÀO THI ĐUA", m.getRow(4).getCell(0).getStringCellValue());
      assertTrue(m.getRow(5).getCell(0).getStringCellValue().contains("01/12/" + (Y - 1) + " đến 30/11/" + Y));
      assertEquals(List.of(3L, 0L, 3L, 0L), row(m, "01"));
      assertEquals(List.of(0L, 0L, 0L, 0L), row(m, "02"));
      assertEquals(2L, row(m, "03").get(0));
      assertEquals(1L, row(m, "04").get(0));
      assertEquals(1L, row(m, "06").get(0));
      assertEquals(1L, row(m, "07").get(0));
      assertEquals(0L, row(m, "08").get(0));
      assertEquals(1L, row(m, "09").get(0));
      assertEquals(0L, row(m, "10").get(0));
      assertEquals(1L, row(m, "11").get(0));
      assertEquals(2L, row(m, "12").get(0));

      Sheet a = wb.getSheet("0603.N");
      assertEquals("Biểu số: 0603.N/BNV-TĐKT", a.getRow(0).getCell(0).getStringCellValue());
      // columns: 1 total, 2 Bằng khen, 3 CSTĐ cấp tỉnh, 4 Cờ thi đua, 5 Huy hiệu
      assertEquals(List.of(5L, 3L, 1L, 1L, 0L), row(a, "01"));
      assertEquals(List.of(2L, 1L, 0L, 1L, 0L), row(a, "02"));
      assertEquals(java.util.Arrays.asList(null, null, null, null, null), row(a, "03"));
      assertEquals(List.of(0L, 0L, 0L, 0L, 0L), row(a, "04"));
      assertEquals(List.of(3L, 2L, 1L, 0L, 0L), row(a, "05"));
      assertNull(row(a, "06").get(0));
      assertEquals(List.of(5L, 3L, 1L, 1L, 0L), row(a, "11"));
      assertEquals(List.of(0L, 0L, 0L, 0L, 0L), row(a, "12"));
    }
  }

  @Test
  void aChosenPeriodCountsTheSystemsDecisionsAndNotARevokedOne() throws IOException {
    LocalDate today = LocalDate.now(ZoneId.of(CommendationApplication.ZONE));
    ProcessInstance kept = nominatedAndAppraised(meritNomination("Giữ Nguyên"));
    ProcessInstance revoked = nominatedAndAppraised(meritNomination("Bị Hủy Bỏ"));
    councilDecides(List.of(kept, revoked));
    StatisticsService.Period around = statistics.period(Y, today.minusDays(1), today.plusDays(1));
    assertEquals(List.of(2L, 2L, 0L, 0L, 0L), row(sheet(around), "05"));

    registry.markRevoked(caseOf(revoked).getCaseNumber(), "99/QĐ-UBND", today);

    assertEquals(List.of(1L, 1L, 0L, 0L, 0L), row(sheet(around), "05"));
  }

  @Test
  void theBoardDownloadsItAndOthersAreRefused() throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    mvc.perform(get("/statistics").with(user("officer.ban").authorities(AuthorityUtils.createAuthorityList(
        "GROUP_board-officers")))).andExpect(status().isOk()).andExpect(content().string(containsString("0603.N")));
    mvc.perform(get("/statistics/" + Y + ".xlsx").with(user("head.ban").authorities(AuthorityUtils.createAuthorityList(
        "GROUP_board-heads")))).andExpect(status().isOk())
        .andExpect(content().contentType(StatisticsController.XLSX));
    mvc.perform(get("/statistics/" + Y + ".xlsx?from=" + Y + "-05-01&to=" + Y + "-01-01").with(user("head.ban")
        .authorities(AuthorityUtils.createAuthorityList("GROUP_board-heads")))).andExpect(status().isBadRequest());
    mvc.perform(get("/statistics/" + Y + ".xlsx").with(user("nominator.thads").authorities(
        AuthorityUtils.createAuthorityList("GROUP_unit-thads-nominators")))).andExpect(status().isForbidden());
  }

  Sheet sheet(StatisticsService.Period p) throws IOException {
    Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(statistics.workbook(Y, p)));
    return wb.getSheet("0603.N");
  }

  /** The numbers of the row with that code (column B), from column 1 on; null for a blank cell. */
  static List<Long> row(Sheet sheet, String code) {
    for (Row r : sheet) {
      Cell b = r.getCell(1);
      if (b != null && b.getCellType() == CellType.STRING && code.equals(b.getStringCellValue())) {
        List<Long> values = new java.util.ArrayList<>();
        for (int c = StatisticsWorkbook.FIRST_VALUE_COLUMN; c < r.getLastCellNum(); c++) {
          Cell v = r.getCell(c);
          values.add(v == null || v.getCellType() == CellType.BLANK ? null : (long) v.getNumericCellValue());
        }
        return values;
      }
    }
    throw new AssertionError("no row " + code + " in " + sheet.getSheetName());
  }
}
