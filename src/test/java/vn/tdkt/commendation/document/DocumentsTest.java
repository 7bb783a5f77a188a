package vn.tdkt.commendation.document;

import static vn.tdkt.commendation.PageRequests.official;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.tdkt.commendation.WorkflowTest;

/** Attachments are checked by size, content and the reader's scope; generated documents read back right. */
class DocumentsTest extends WorkflowTest {

  @Autowired WebApplicationContext context;
  @Autowired CaseDocumentRepository documents;
  @org.springframework.boot.test.web.server.LocalServerPort int port;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }


  static byte[] minimalPdf() {
    return "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] minimalDocx() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
          + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
          .getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void aReaderOfTheCaseAttachesAPdfAndADocxAndDownloadsThem() throws Exception {
    String caseNumber = caseOf(nominate("nominator.thads", meritNomination("Lê Văn Đính Kèm"))).getCaseNumber();

    mvc.perform(multipart("/cases/" + caseNumber + "/documents")
            .file(new MockMultipartFile("file", "báo cáo thành tích.pdf", "application/pdf", minimalPdf()))
            .with(csrf()).with(official("nominator.thads", "unit-thads-nominators")))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "document.uploaded"));
    mvc.perform(multipart("/cases/" + caseNumber + "/documents")
            .file(new MockMultipartFile("file", "bien-ban.docx", "application/octet-stream", minimalDocx()))
            .with(csrf()).with(official("head.thads", "unit-thads-heads")))
        .andExpect(flash().attribute("notice", "document.uploaded"));

    List<CaseDocument> saved = documents.findByCaseNumberOrderById(caseNumber);
    assertEquals(List.of("báo cáo thành tích.pdf", "bien-ban.docx"), saved.stream().map(CaseDocument::getFileName).toList());
    assertEquals("application/pdf", saved.get(0).getContentType());
    mvc.perform(get("/cases/" + caseNumber + "/documents/" + saved.get(0).getId())
            .with(official("officer.ban", "board-officers")))
        .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
        .andExpect(content().bytes(minimalPdf()));
    mvc.perform(get("/cases/" + caseNumber).with(official("nominator.thads", "unit-thads-nominators")))
        .andExpect(content().string(containsString("bien-ban.docx")));
    // the case's process carries a link to each attachment, for Tasklist and the REST API
    assertEquals(2, tasks.getProcessInstanceAttachments(caseOf(nominateNone(caseNumber)).getProcessInstanceId()).size());
  }

  private ProcessInstance nominateNone(String caseNumber) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
  }

  @Test
  void aFileOverTheLimitIsRefusedWithItsReason() throws Exception {
    String caseNumber = caseOf(nominate("nominator.thads", meritNomination("Lê Văn Quá Cỡ"))).getCaseNumber();
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(minimalPdf(), 0, big, 0, minimalPdf().length);
    mvc.perform(multipart("/cases/" + caseNumber + "/documents")
            .file(new MockMultipartFile("file", "lon.pdf", "application/pdf", big))
            .with(csrf()).with(official("nominator.thads", "unit-thads-nominators")))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("documentError", "Tệp \"lon.pdf\" lớn hơn mức cho phép 10 MB."));
    assertTrue(documents.findByCaseNumberOrderById(caseNumber).isEmpty());
  }

  @Test
  void aFileWhoseContentIsNotItsTypeIsRefused() throws Exception {
    String caseNumber = caseOf(nominate("nominator.thads", meritNomination("Lê Văn Giả Mạo"))).getCaseNumber();
    // an executable renamed to .pdf, a PDF renamed to .png, a plain zip renamed to .docx
    byte[][] contents = {"MZ\u0090\u0000 fake exe".getBytes(StandardCharsets.ISO_8859_1), minimalPdf(), zipWithout()};
    String[] names = {"thanh-tich.pdf", "anh.png", "bien-ban.docx"};
    String[] types = {"PDF", "PNG", "DOCX"};
    for (int i = 0; i < names.length; i++) {
      mvc.perform(multipart("/cases/" + caseNumber + "/documents")
              .file(new MockMultipartFile("file", names[i], "application/pdf", contents[i]))
              .with(csrf()).with(official("nominator.thads", "unit-thads-nominators")))
          .andExpect(status().is3xxRedirection())
          .andExpect(flash().attribute("documentError", "Nội dung tệp \"" + names[i] + "\" không đúng định dạng "
              + types[i] + " (tệp có thể bị đổi tên hoặc hỏng)."));
    }
    mvc.perform(multipart("/cases/" + caseNumber + "/documents")
            .file(new MockMultipartFile("file", "virus.exe", "application/octet-stream", contents[0]))
            .with(csrf()).with(official("nominator.thads", "unit-thads-nominators")))
        .andExpect(flash().attribute("documentError", "Chỉ nhận tệp PDF, DOCX, JPG hoặc PNG."));
    assertTrue(documents.findByCaseNumberOrderById(caseNumber).isEmpty());
  }

  private static byte[] zipWithout() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        zip.putNextEntry(new ZipEntry("readme.txt"));
        zip.write("x".getBytes(StandardCharsets.UTF_8));
      }
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aCaseThePersonMayNotReadTakesNoFileAndGivesNone() throws Exception {
    String caseNumber = caseOf(nominate("nominator.thads", meritNomination("Lê Văn Bí Mật"))).getCaseNumber();
    mvc.perform(multipart("/cases/" + caseNumber + "/documents")
            .file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf", minimalPdf()))
            .with(csrf()).with(official("nominator.thads", "unit-thads-nominators")))
        .andExpect(flash().attribute("notice", "document.uploaded"));
    long id = documents.findByCaseNumberOrderById(caseNumber).get(0).getId();

    mvc.perform(multipart("/cases/" + caseNumber + "/documents")
            .file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf", minimalPdf()))
            .with(csrf()).with(official("nominator.ca", "unit-ca-nominators")))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("Không tìm thấy hồ sơ " + caseNumber + ".")));
    mvc.perform(get("/cases/" + caseNumber + "/documents/" + id).with(official("nominator.ca", "unit-ca-nominators")))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("Không tìm thấy hồ sơ " + caseNumber + ".")));
    assertEquals(1, documents.findByCaseNumberOrderById(caseNumber).size());
  }

  @Test
  void theDecisionPdfNamesItsNumberAndRecipientsAndTheWorkbookListsThem() throws Exception {
    List<ProcessInstance> appraised = new ArrayList<>();
    appraised.add(nominatedAndAppraised(meritNomination("Nguyễn Thị Tâm")));
    appraised.add(nominatedAndAppraised(meritNomination("Trần Văn Đức")));
    String number = councilDecides(appraised);
    assertEquals("01/QĐ-UBND", number);

    byte[] pdf = mvc.perform(get("/decisions/decision.pdf").param("number", number)
            .with(official("officer.ban", "board-officers")))
        .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
        .andReturn().getResponse().getContentAsByteArray();
    String text = pdfText(pdf);
    // a public act: the announcements page links it and anyone may open it
    mvc.perform(get("/announcements")).andExpect(content().string(containsString("/decisions/decision.pdf?number=01/Q")));
    assertTrue(pdfText(mvc.perform(get("/decisions/decision.pdf").param("number", number))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).contains("Nguyễn Thị Tâm"));
    assertTrue(text.contains("Số: 01/QĐ-UBND"), text);
    assertTrue(text.contains("Nguyễn Thị Tâm"), text);
    assertTrue(text.contains("Trần Văn Đức"), text);
    assertTrue(text.contains("QUYẾT ĐỊNH"), text);
    assertTrue(text.contains("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"), text);

    String caseNumber = caseOf(appraised.get(0)).getCaseNumber();
    String certificate = pdfText(mvc.perform(get("/cases/" + caseNumber + "/certificate.pdf")
            .with(official("nominator.thads", "unit-thads-nominators")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    assertTrue(certificate.contains("Nguyễn Thị Tâm") && certificate.contains("01/QĐ-UBND"), certificate);
    assertTrue(!certificate.contains("Trần Văn Đức"), certificate);

    byte[] xlsx = mvc.perform(get("/decisions/" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
            .getYear() + ".xlsx").with(official("officer.ban", "board-officers")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getSheetAt(0);
      assertEquals(2, sheet.getLastRowNum(), "a header and one row per recipient");
      assertEquals("Số quyết định", sheet.getRow(0).getCell(0).getStringCellValue());
      List<String> nominees = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        assertEquals("01/QĐ-UBND", row.getCell(0).getStringCellValue());
        // the decision's date is a date cell (sorts and filters as a date), shown as 06/12/2026
        assertEquals(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")),
            row.getCell(1).getLocalDateTimeCellValue().toLocalDate());
        assertEquals(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
            .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
            new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(1)));
        assertEquals("Bằng khen của Chủ tịch UBND tỉnh", row.getCell(2).getStringCellValue());
        assertEquals("Cục Thi hành án dân sự tỉnh", row.getCell(6).getStringCellValue());
        nominees.add(row.getCell(4).getStringCellValue());
      }
      assertEquals(List.of(caseNumber, caseOf(appraised.get(1)).getCaseNumber()),
          List.of(sheet.getRow(1).getCell(3).getStringCellValue(), sheet.getRow(2).getCell(3).getStringCellValue()));
      assertEquals(List.of("Nguyễn Thị Tâm", "Trần Văn Đức"), nominees);
    }
    // the year's list is for the Board: a unit's nominator is refused
    mvc.perform(get("/decisions/2026.xlsx").with(official("nominator.thads", "unit-thads-nominators")))
        .andExpect(status().isForbidden());
  }

  @Test
  void anUploadOverTheServersLimitIsRefusedInVietnameseOverRealHttp() {
    String caseNumber = caseOf(nominate("nominator.thads", meritNomination("Lê Văn Khổng Lồ"))).getCaseNumber();
    org.springframework.web.client.RestTemplate http = new org.springframework.boot.web.client.RestTemplateBuilder()
        .rootUri("http://localhost:" + port).build();
    http.setErrorHandler(response -> false);
    // sign in through the login form like a browser: session cookie and CSRF token from the pages
    var loginPage = http.getForEntity("/login", String.class);
    String cookie = loginPage.getHeaders().getFirst("Set-Cookie").split(";")[0];
    var headers = new org.springframework.http.HttpHeaders();
    headers.add("Cookie", cookie);
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
    var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
    form.add("username", "nominator.thads");
    form.add("password", "demo");
    form.add("_csrf", csrfIn(loginPage.getBody()));
    var signedIn = http.postForEntity("/login", new org.springframework.http.HttpEntity<>(form, headers), String.class);
    cookie = signedIn.getHeaders().getFirst("Set-Cookie").split(";")[0];
    headers = new org.springframework.http.HttpHeaders();
    headers.add("Cookie", cookie);
    var casePage = http.exchange("/cases/" + caseNumber, org.springframework.http.HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(headers), String.class);
    assertEquals(200, casePage.getStatusCode().value());

    headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
    var upload = new org.springframework.util.LinkedMultiValueMap<String, Object>();
    upload.add("_csrf", csrfIn(casePage.getBody()));
    upload.add("file", new org.springframework.core.io.ByteArrayResource(new byte[51 * 1024 * 1024]) {
      @Override
      public String getFilename() {
        return "qua-lon.pdf";
      }
    });
    var refused = http.postForEntity("/cases/" + caseNumber + "/documents",
        new org.springframework.http.HttpEntity<>(upload, headers), String.class);
    assertEquals(413, refused.getStatusCode().value());
    assertTrue(refused.getBody().contains("Tệp tải lên quá lớn."), refused.getBody());
    assertTrue(documents.findByCaseNumberOrderById(caseNumber).isEmpty());
  }

  private static String csrfIn(String html) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    if (!m.find()) {
      throw new AssertionError("no CSRF token in the page");
    }
    return m.group(1);
  }

  static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertNotNull(doc.getDocumentCatalog());
      return new PDFTextStripper().getText(doc);
    }
  }
}
