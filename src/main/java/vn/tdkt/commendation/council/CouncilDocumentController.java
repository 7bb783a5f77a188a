package vn.tdkt.commendation.council;

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

import jakarta.servlet.http.HttpServletResponse;
import vn.tdkt.commendation.official.Vn;
import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.official.IssuedDocument;
import vn.tdkt.commendation.official.IssuedDocuments;
import vn.tdkt.commendation.problem.Refusal;

/**
 * A Council session's documents for the people who work on its decisions (security/PageRoutes): the minutes as
 * issued and signed, and per award type the Board's submission and the draft decision the signer and the clerk read.
 */
@Controller
class CouncilDocumentController {

  private final CouncilService council;
  private final DecisionSigning signing;
  private final DecisionDocuments documents;
  private final IssuedDocuments issued;

  CouncilDocumentController(CouncilService council, DecisionSigning signing, DecisionDocuments documents,
      IssuedDocuments issued) {
    this.council = council;
    this.signing = signing;
    this.documents = documents;
    this.issued = issued;
  }

  @GetMapping("/council/sessions/{sessionNumber}/minutes.pdf")
  ResponseEntity<byte[]> minutes(@PathVariable String sessionNumber) {
    CouncilSession session = session(sessionNumber);
    IssuedDocument d = session.getMinutesDate() == null ? null : issued.find(IssuedDocument.Kind.COUNCIL_MINUTES,
        session.getMinutesDate().getYear(), sessionNumber).orElse(null);
    if (d == null) {
      throw Refusal.notFound("Phiên họp " + sessionNumber + " chưa có biên bản (chưa đủ số thành viên biểu quyết).");
    }
    return pdf(d.getContent(), d.getFileName());
  }

  @GetMapping("/council/sessions/{sessionNumber}/proposals/{awardType}.pdf")
  ResponseEntity<byte[]> proposal(@PathVariable String sessionNumber, @PathVariable String awardType) {
    DecisionDraft draft = draft(sessionNumber, awardType);
    return pdf(documents.proposalPdf(draft, signing.listOf(draft)),
        "to-trinh-" + Vn.fileNamePart(draft.getProposalNumber()) + ".pdf");
  }

  @GetMapping("/council/sessions/{sessionNumber}/drafts/{awardType}.pdf")
  ResponseEntity<byte[]> draftDecision(@PathVariable String sessionNumber, @PathVariable String awardType) {
    DecisionDraft draft = draft(sessionNumber, awardType);
    return pdf(documents.draftPdf(draft, signing.listOf(draft)), "du-thao-quyet-dinh-" + sessionNumber + ".pdf");
  }

  @ExceptionHandler(Refusal.class)
  String refused(Refusal refusal, Model model, HttpServletResponse response) {
    response.setStatus(refusal.status());
    model.addAttribute("message", refusal.getMessage());
    return "error/refused";
  }

  private CouncilSession session(String sessionNumber) {
    return council.bySessionNumber(sessionNumber)
        .orElseThrow(() -> Refusal.notFound("Không có phiên họp " + sessionNumber + "."));
  }

  private DecisionDraft draft(String sessionNumber, String awardType) {
    CouncilSession session = session(sessionNumber);
    AwardType award = AwardType.parse(awardType);
    if (award == null) {
      throw Refusal.notFound("Không có hình thức khen thưởng " + awardType + ".");
    }
    return signing.draft(session.getId(), award)
        .orElseThrow(() -> Refusal.notFound("Phiên họp " + sessionNumber + " chưa có tờ trình cho hình thức này."));
  }

  static ResponseEntity<byte[]> pdf(byte[] content, String name) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(content);
  }
}
