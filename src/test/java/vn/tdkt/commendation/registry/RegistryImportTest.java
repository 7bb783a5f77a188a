package vn.tdkt.commendation.registry;

import static vn.tdkt.commendation.PageRequests.official;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.problem.Refusal;

/**
 * Grassroots titles, earlier awards and initiatives come into the registry from the template's spreadsheet:
 * a file with a wrong row stores nothing and lists every wrong row; a unit imports only its own grassroots
 * records; the pages show each official the records of their scope.
 */
class RegistryImportTest extends WorkflowTest {

  @Autowired AwardRegistry registry;
  @Autowired WebApplicationContext context;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }


  /** The template as a user downloads it, filled with these rows (awards sheet, initiatives sheet). */
  byte[] filled(List<List<Object>> awards, List<List<Object>> initiatives) throws IOException {
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(registry.template()));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      write(wb.getSheet(RegistryWorkbook.AWARDS), awards);
      write(wb.getSheet(RegistryWorkbook.INITIATIVES), initiatives);
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static void write(Sheet sheet, List<List<Object>> rows) {
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      for (int c = 0; c < rows.get(r).size(); c++) {
        Object v = rows.get(r).get(c);
        if (v instanceof Number n) {
          row.createCell(c).setCellValue(n.doubleValue());
        } else if (v != null) {
          row.createCell(c).setCellValue(v.toString());
        }
      }
    }
  }

  static final String THADS = "Cục Thi hành án dân sự tỉnh";

  List<List<Object>> goodAwards() {
    return List.of(
        List.of("Cá nhân", "Lê Thị Nhập", "14/03/1985", THADS, "Chấp hành viên", "Chiến sĩ thi đua cơ sở", YEAR - 1,
            "15/QĐ-CTHADS", "20/12/" + (YEAR - 1), "Cục trưởng"),
        List.of("Cá nhân", "Lê Thị Nhập", "14/03/1985", THADS, "Chấp hành viên", "Lao động tiên tiến", YEAR,
            "16/QĐ-CTHADS", "20/12/" + YEAR, "Cục trưởng"),
        java.util.Arrays.asList("Tập thể", "Phòng Nghiệp vụ", null, THADS, null, "Tập thể lao động tiên tiến", YEAR,
            "17/QĐ-CTHADS", "20/12/" + YEAR, "Cục trưởng"));
  }

  @Test
  void aFileWithWrongRowsStoresNothingAndListsEachWrongRow() throws Exception {
    List<List<Object>> awards = new java.util.ArrayList<>(goodAwards());
    // row 5: no date of birth; row 6: an unknown title and an unknown unit; row 7: the same as row 2
    awards.add(java.util.Arrays.asList("Cá nhân", "Trần Văn Thiếu", null, THADS, null, "Lao động tiên tiến", YEAR,
        "18/QĐ", "20/12/" + YEAR, null));
    awards.add(List.of("Cá nhân", "Đỗ Văn Sai", "01/01/1990", "Sở Không Có", "", "Huân chương Mặt Trời", YEAR,
        "19/QĐ", "20/12/" + YEAR, ""));
    awards.add(goodAwards().get(0));
    byte[] file = filled(awards, List.of(List.of("Lê Thị Nhập", "14/03/1985", THADS, "Chấp hành viên",
        "Sổ tay nghiệp vụ", "Cơ sở", YEAR, "3/QĐ-HĐSK")));

    RegistryWorkbook.Result result = registry.importWorkbook(file, RegistryEligibilityTest.board());

    assertEquals(0, result.awards());
    assertEquals(List.of(5, 6, 7), result.errors().stream().map(RegistryWorkbook.RowError::row).toList());
    assertTrue(result.errors().get(0).message().contains("Thiếu ngày sinh"), result.errors().get(0).message());
    assertTrue(result.errors().get(1).message().contains("Sở Không Có"), result.errors().get(1).message());
    assertTrue(result.errors().get(1).message().contains("Huân chương Mặt Trời"), result.errors().get(1).message());
    assertTrue(result.errors().get(2).message().contains("Trùng với một dòng phía trên"), result.errors().get(2).message());
    assertEquals(0, jdbc.queryForObject("select count(*) from registry_award", Integer.class));
    assertEquals(0, jdbc.queryForObject("select count(*) from registry_initiative", Integer.class));

    // corrected, it goes in whole; sent again, every row is already there
    RegistryWorkbook.Result stored = registry.importWorkbook(filled(goodAwards(), List.of(List.of("Lê Thị Nhập",
        "14/03/1985", THADS, "Chấp hành viên", "Sổ tay nghiệp vụ", "Cơ sở", YEAR, "3/QĐ-HĐSK"))),
        RegistryEligibilityTest.board());
    assertEquals(3, stored.awards());
    assertEquals(1, stored.initiatives());
    assertEquals(2, jdbc.queryForObject("select count(*) from registry_awardee", Integer.class));
    RegistryWorkbook.Result again = registry.importWorkbook(filled(goodAwards(), List.of()), RegistryEligibilityTest.board());
    assertEquals(3, again.errors().size());
    assertTrue(again.errors().get(0).message().contains("đã có Chiến sĩ thi đua cơ sở năm " + (YEAR - 1) + " trong sổ"));
  }

  @Test
  void aUnitImportsOnlyItsOwnGrassrootsRecords() throws Exception {
    RegistryWriter unit = RegistryWriter.of("nominator.ca", List.of("unit-ca-nominators"));
    List<List<Object>> rows = List.of(
        List.of("Cá nhân", "Phạm Văn Công An", "02/02/1988", "Công an tỉnh", "Đội trưởng", "Chiến sĩ thi đua cơ sở",
            YEAR, "5/QĐ-CAT", "15/12/" + YEAR, "Giám đốc"),
        List.of("Cá nhân", "Phạm Văn Công An", "02/02/1988", "Công an tỉnh", "Đội trưởng",
            "Bằng khen của Chủ tịch UBND tỉnh", YEAR, "9/QĐ-UBND", "15/12/" + YEAR, ""),
        List.of("Cá nhân", "Người Đơn Vị Khác", "02/02/1988", THADS, "", "Lao động tiên tiến", YEAR, "1/QĐ",
            "15/12/" + YEAR, ""));

    RegistryWorkbook.Result result = registry.importWorkbook(filled(rows, List.of()), unit);

    assertEquals(List.of(3, 4), result.errors().stream().map(RegistryWorkbook.RowError::row).toList());
    assertTrue(result.errors().get(0).message().contains("chỉ Ban Thi đua – Khen thưởng nhập vào sổ"));
    assertTrue(result.errors().get(1).message().contains("không được nhập sổ cho đơn vị này"));
    assertEquals(400, assertThrows(Refusal.class, () -> registry.importWorkbook("not excel".getBytes(), unit)).status());
  }

  @Test
  void thePagesShowEachOfficialTheRecordsOfTheirScopeAndImportByUpload() throws Exception {
    MockMultipartFile file = new MockMultipartFile("file", "so.xlsx", RegistryController.XLSX,
        filled(goodAwards(), List.of()));
    mvc.perform(multipart("/registry/import").file(file).with(csrf()).with(official("officer.ban", "board-officers")))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("imported"));

    mvc.perform(get("/registry").with(official("nominator.thads", "unit-thads-nominators")))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Lê Thị Nhập")))
        .andExpect(content().string(containsString("Nhập từ Excel")));
    mvc.perform(get("/registry").with(official("nominator.ca", "unit-ca-nominators")))
        .andExpect(status().isOk()).andExpect(content().string(not(containsString("Lê Thị Nhập"))));
    // a search by part of the name, whatever its case; % and _ are letters of the search, not wildcards
    mvc.perform(get("/registry").param("name", "thị nhập").with(official("officer.ban", "board-officers")))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Lê Thị Nhập")));
    mvc.perform(get("/registry").param("name", "%").with(official("officer.ban", "board-officers")))
        .andExpect(status().isOk()).andExpect(content().string(not(containsString("Lê Thị Nhập"))));
    mvc.perform(get("/registry").with(official("council.1", "council-members")))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Lê Thị Nhập")))
        .andExpect(content().string(not(containsString("Nhập vào sổ"))));
    long id = jdbc.queryForObject("select id from registry_awardee where full_name = 'Lê Thị Nhập'", Long.class);
    mvc.perform(get("/registry/awardees/" + id).with(official("lead.cum9", "cluster-cum9-leaders")))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Chiến sĩ thi đua cơ sở")))
        .andExpect(content().string(containsString("15/QĐ-CTHADS")));
    mvc.perform(get("/registry/awardees/" + id).with(official("nominator.ca", "unit-ca-nominators")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/registry/template.xlsx").with(official("nominator.ca", "unit-ca-nominators")))
        .andExpect(status().isOk());
  }
}
