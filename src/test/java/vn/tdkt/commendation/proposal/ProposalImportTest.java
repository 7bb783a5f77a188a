package vn.tdkt.commendation.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import vn.tdkt.commendation.RestWorkflowTest;

/**
 * The Excel door of a proposal, over HTTP as a client uses it: the template, a real .xlsx written by Apache POI
 * (as a person fills the template in Excel) uploaded to POST /api/proposals; a bad file is refused with every wrong
 * row and nothing is stored.
 */
class ProposalImportTest extends RestWorkflowTest {

  /** One filled row: the values of the template's columns, in its order (NomineeField's). */
  record Line(String name, String kind, String position, String award, String summary, String grassroots,
      String excellent, String initiatives, String discipline, String date, String allComplete, String advanced,
      String fighters, String warned) {

    static Line merit(String name) {
      return new Line(name, "Cá nhân", "Chấp hành viên", "Bằng khen của Chủ tịch UBND tỉnh",
          "Hoàn thành xuất sắc nhiệm vụ", "0", "2", "2", "Không", null, null, null, null, null);
    }

    static Line collective(String name) {
      return new Line(name, "Tập thể", null, "Tập thể lao động xuất sắc", "Tập thể hoàn thành xuất sắc nhiệm vụ",
          null, null, null, "Không", null, "Có", "75", "2", "Không");
    }

    static Line household(String name) {
      return new Line(name, "Hộ gia đình", null, "Bằng khen của Chủ tịch UBND tỉnh",
          "Hiến 500 m2 đất làm đường giao thông nông thôn", null, null, null, "Không", null, null, null, null, null);
    }

    String[] cells() {
      return new String[] {name, kind, position, award, summary, grassroots, excellent, initiatives, discipline, date,
          allComplete, advanced, fighters, warned};
    }
  }

  @Test
  void theTemplateHasTheColumnsChoiceListsAndAnExampleRow() throws IOException {
    ResponseEntity<byte[]> answer = restTemplate.withBasicAuth("nominator.thads", PASSWORD)
        .getForEntity("/api/proposals/template.xlsx", byte[].class);
    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    assertThat(answer.getHeaders().getContentType().toString()).contains("spreadsheetml");
    assertThat(answer.getHeaders().getContentDisposition().getFilename()).endsWith(".xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()))) {
      Sheet sheet = wb.getSheet(ProposalWorkbook.SHEET);
      Row header = sheet.getRow(0);
      List<String> headers = new ArrayList<>();
      header.forEach(c -> headers.add(c.getStringCellValue()));
      assertThat(headers).contains("STT", "Họ và tên / Tên tập thể", "Loại đối tượng", "Hình thức khen thưởng",
          "Tóm tắt thành tích", "Ngày lập thành tích (dd/mm/yyyy)");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Ví dụ");
      List<String> lists = sheet.getDataValidations().stream().map(DataValidation::getValidationConstraint)
          .map(c -> String.join(",", c.getExplicitListValues())).toList();
      assertThat(lists).anyMatch(l -> l.contains("Bằng khen của Chủ tịch UBND tỉnh") && l.contains("Cờ thi đua của UBND tỉnh"));
      assertThat(lists).anyMatch(l -> l.equals("Cá nhân,Tập thể,Hộ gia đình"));
    }
  }

  @Test
  void aGoodFileOf200RowsBecomesOneProposalWith200Cases() throws IOException {
    List<Line> lines = new ArrayList<>();
    for (int i = 1; i <= 200; i++) {
      lines.add(i % 10 == 0 ? Line.collective("Đội công tác số " + i) : i % 25 == 1 ? Line.household("Hộ ông Nguyễn Văn " + i)
          : Line.merit("Cán bộ số " + i));
    }
    long started = System.nanoTime();
    Answer answer = upload("nominator.thads", workbook(lines), "ANNUAL", null);
    long millis = (System.nanoTime() - started) / 1_000_000;

    JsonNode body = answer.expect(201).json();
    String number = body.path("proposalNumber").asText();
    assertThat(number).isEqualTo(String.format("DN-%d-00001", YEAR));
    assertThat(body.path("cases")).hasSize(200);
    assertThat(body.path("cases").get(0).asText()).isEqualTo(caseNumber(1));
    assertThat(millis).as("200 rows imported in %d ms", millis).isLessThan(60_000);
    JsonNode first = caseView("nominator.thads", caseNumber(1));
    assertThat(first.path("proposalNumber").asText()).isEqualTo(number);
    assertThat(first.path("commendationKind").asText()).isEqualTo("ANNUAL");
    assertThat(caseView("officer.ban", caseNumber(1)).path("nomineeKind").asText()).isEqualTo("HOUSEHOLD");
    JsonNode proposal = as("nominator.thads").get("/api/proposals/" + number).expect(200).json();
    assertThat(proposal.path("nominees")).hasSize(200);
    assertThat(proposal.path("status").asText()).isEqualTo("ENDORSEMENT");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).count()).isEqualTo(1);
    // another unit's nominator does not see it
    as("nominator.ca").get("/api/proposals/" + number).expect(404);
  }

  @Test
  void aFileWithBadRowsIsRefusedWithEachRowAndNothingIsStored() throws IOException {
    upload("nominator.thads", workbook(List.of(Line.merit("Đã có hồ sơ"))), "ANNUAL", null).expect(201);
    long cases = caseRepository.count();
    long proposals = count("select count(*) from proposal");

    Line flagToPerson = new Line("Lê Văn Cờ", "Cá nhân", "Đội trưởng", "Cờ thi đua của UBND tỉnh", "Thành tích", null,
        null, null, null, null, null, null, null, null);
    Line noName = new Line("", "Cá nhân", "Chấp hành viên", "Bằng khen của Chủ tịch UBND tỉnh", "Thành tích", null,
        "2", "2", null, null, null, null, null, null);
    Line tooLong = Line.merit("X".repeat(201));
    Line wrongDate = new Line("Trần Văn Ngày", "Cá nhân", "Chấp hành viên", "Bằng khen của Chủ tịch UBND tỉnh",
        "Thành tích", null, "2", "2", null, "31/02/" + YEAR, null, null, null, null);
    Answer answer = upload("nominator.thads", workbook(List.of(Line.merit("Đúng"), flagToPerson, noName, tooLong,
        Line.merit("Đúng"), Line.merit("Đã có hồ sơ"), wrongDate)), "ANNUAL", null);

    JsonNode body = answer.expect(400).json();
    assertThat(body.path("type").asText()).isEqualTo("INVALID");
    assertThat(body.path("message").asText()).contains("lỗi");
    List<String> errors = new ArrayList<>();
    body.path("errors").forEach(e -> errors.add(e.path("row").asInt() + " | " + e.path("column").asText() + " | "
        + e.path("message").asText()));
    // the data starts on Excel row 3 (row 1: headers, row 2: the template's example)
    assertThat(errors).hasSize(6);
    assertThat(errors.get(0)).startsWith("4 | Hình thức khen thưởng | Cờ thi đua của UBND tỉnh không tặng cho cá nhân");
    assertThat(errors.get(1)).startsWith("5 | Họ và tên / Tên tập thể | Thiếu");
    assertThat(errors.get(2)).startsWith("6 | Họ và tên / Tên tập thể |").contains("dài quá 200");
    assertThat(errors.get(3)).startsWith("7 | Họ và tên / Tên tập thể | Trùng với dòng 3");
    assertThat(errors.get(4)).startsWith("8 | Họ và tên / Tên tập thể | Đối tượng đã có hồ sơ " + caseNumber(1));
    assertThat(errors.get(5)).startsWith("9 | Ngày lập thành tích (dd/mm/yyyy) | Ngày \"31/02/" + YEAR + "\" không hợp lệ");
    assertThat(caseRepository.count()).isEqualTo(cases);
    assertThat(count("select count(*) from proposal")).isEqualTo(proposals);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProposalProcess.KEY).count()).isEqualTo(1);
  }

  @Test
  void anAwardOutsideTheKindIsRefusedForASuddenProposal() throws IOException {
    Line dated = new Line("Phạm Văn Cứu", "Cá nhân", "Cảnh sát", "Chiến sĩ thi đua cấp tỉnh", "Cứu người",
        "3", null, "1", null, "01/03/" + YEAR, null, null, null, null);
    JsonNode body = upload("nominator.thads", workbook(List.of(dated)), "AD_HOC", null).expect(400).json();
    assertThat(body.path("errors").get(0).path("column").asText()).isEqualTo("Hình thức khen thưởng");
    assertThat(body.path("errors").get(0).path("message").asText()).contains("đột xuất");
  }

  @Test
  void aFileThatIsNotExcelIsRefused() {
    Answer answer = upload("nominator.thads", "Đây không phải bảng tính".getBytes(StandardCharsets.UTF_8), "ANNUAL",
        null);
    answer.refused(400, "file", "không phải bảng tính Excel");
    assertThat(caseRepository.count()).isZero();
  }

  @Test
  void theSubmissionsFieldsAreCheckedAndOnlyTheUnitsNominatorsMayImport() throws IOException {
    byte[] file = workbook(List.of(Line.merit("A")));
    upload("nominator.thads", file, "YEARLY", null).refused(400, ProposalProcess.VAR_KIND, "Loại khen thưởng");
    upload("nominator.thads", file, "ANNUAL", Map.of("submissionNumber", "")).refused(400,
        ProposalProcess.VAR_SUBMISSION_NUMBER, "Thiếu số tờ trình");
    upload("nominator.thads", file, "ANNUAL", Map.of("submissionDate", "01/12/2026")).refused(400,
        ProposalProcess.VAR_SUBMISSION_DATE, "yyyy-MM-dd");
    upload("nominator.ca", file, "ANNUAL", Map.of("unitCode", "thads")).refused(403, ProposalProcess.VAR_UNIT,
        "Cục Thi hành án dân sự tỉnh");
    assertThat(upload("head.thads", file, "ANNUAL", null).status()).isEqualTo(403);
    assertThat(caseRepository.count()).isZero();
  }

  // ---- helpers -------------------------------------------------------------------------------------------

  /** The template downloaded, filled from row 3 on as a person would, written by POI. */
  byte[] workbook(List<Line> lines) throws IOException {
    byte[] template = ProposalWorkbook.template(YEAR);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template));
         ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.getSheet(ProposalWorkbook.SHEET);
      int r = 2;
      for (Line line : lines) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(r - 1);
        String[] cells = line.cells();
        for (int c = 0; c < cells.length; c++) {
          if (cells[c] == null) {
            continue;
          }
          if (cells[c].matches("\\d{1,3}")) {
            row.createCell(c + 1).setCellValue(Integer.parseInt(cells[c]));
          } else {
            row.createCell(c + 1).setCellValue(cells[c]);
          }
        }
        r++;
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  Answer upload(String user, byte[] file, String kind, Map<String, String> overrides) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(file) {
      @Override
      public String getFilename() {
        return "danh-sach.xlsx";
      }
    });
    Map<String, String> fields = new java.util.HashMap<>(Map.of("kind", kind, "submissionNumber", "15/TTr-CTHADS",
        "submissionDate", TODAY.toString(), "signerName", "Lê Văn Thủ", "emulationYear", String.valueOf(YEAR)));
    if (overrides != null) {
      fields.putAll(overrides);
    }
    fields.forEach(form::add);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    ResponseEntity<String> response = restTemplate.withBasicAuth(user, PASSWORD)
        .postForEntity("/api/proposals", new HttpEntity<>(form, headers), String.class);
    return Answer.of(response);
  }
}
