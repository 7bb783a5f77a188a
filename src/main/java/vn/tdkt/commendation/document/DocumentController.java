package vn.tdkt.commendation.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.tdkt.commendation.official.Vn;
import vn.tdkt.commendation.casefile.CaseReader;
import vn.tdkt.commendation.casefile.CaseScope;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.security.CurrentUser;

/** Attachments of a case, and the generated decision, certificate and yearly workbook. */
@Controller
class DocumentController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final CaseDocuments documents;
  private final GeneratedDocuments generated;
  private final CaseReader reader;

  DocumentController(CaseDocuments documents, GeneratedDocuments generated, CaseReader reader) {
    this.documents = documents;
    this.generated = generated;
    this.reader = reader;
  }

  @PostMapping("/cases/{caseNumber}/documents")
  String upload(@PathVariable String caseNumber, @RequestParam(name = "file", required = false) MultipartFile file,
      RedirectAttributes redirect) throws IOException {
    CurrentUser user = CurrentUser.get();
    CaseScope scope = CaseScope.of(user.groups());
    // a case the person may not read is "not found" (the handler below), before anything about the file
    reader.readable(caseNumber, scope);
    try {
      CaseDocument saved = documents.upload(caseNumber, scope, user.id(),
          file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
      redirect.addFlashAttribute("notice", "document.uploaded");
      redirect.addFlashAttribute("noticeArg", saved.getFileName());
    } catch (Refusal refusal) {
      if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
        throw refusal;
      }
      redirect.addFlashAttribute("documentError", refusal.getMessage());
    }
    return "redirect:/cases/" + caseNumber + "#documents";
  }

  @GetMapping("/cases/{caseNumber}/documents/{id}")
  ResponseEntity<byte[]> download(@PathVariable String caseNumber, @PathVariable long id) {
    CaseDocument d = documents.download(caseNumber, id, scope());
    return file(d.getContent(), MediaType.parseMediaType(d.getContentType()), d.getFileName());
  }

  @GetMapping("/cases/{caseNumber}/certificate.pdf")
  ResponseEntity<byte[]> certificate(@PathVariable String caseNumber) {
    var c = reader.readable(caseNumber, scope());
    return file(generated.certificatePdf(c), MediaType.APPLICATION_PDF, "bang-khen-" + caseNumber + ".pdf");
  }

  /**
   * The decision is a public act, linked from /announcements without a login (its recipients are listed
   * there already): the file as issued and signed. Its number contains a slash, so it travels as a parameter, with
   * the year (numbers start again every year; without a year, the latest decision of that number).
   */
  @GetMapping("/decisions/decision.pdf")
  ResponseEntity<byte[]> decision(@RequestParam String number, @RequestParam(required = false) Integer year) {
    return file(generated.decisionPdf(number, year), MediaType.APPLICATION_PDF,
        "quyet-dinh-" + Vn.fileNamePart(number) + (year == null ? "" : "-" + year) + ".pdf");
  }

  @GetMapping("/decisions/{year}.xlsx")
  ResponseEntity<byte[]> workbook(@PathVariable int year) {
    if (!scope().all()) {
      throw Refusal.forbidden(null, "Chỉ Ban Thi đua – Khen thưởng và lãnh đạo tỉnh tải được danh sách quyết định.");
    }
    return file(generated.decisionsWorkbook(year), XLSX, "quyet-dinh-khen-thuong-" + year + ".xlsx");
  }

  @ExceptionHandler(Refusal.class)
  String refused(Refusal refusal, Model model, HttpServletResponse response) {
    response.setStatus(refusal.status());
    model.addAttribute("message", refusal.getMessage());
    return "error/refused";
  }

  private static CaseScope scope() {
    return CaseScope.of(CurrentUser.get().groups());
  }

  private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(content);
  }
}
