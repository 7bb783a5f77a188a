package vn.tdkt.commendation.central;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.servlet.http.HttpServletResponse;
import vn.tdkt.commendation.CommendationApplication;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.official.OfficialTexts;
import vn.tdkt.commendation.official.PdfRenderer;
import vn.tdkt.commendation.official.Vn;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.problem.Refusal;

/**
 * The Chairman's submission of a case to the central level (tờ trình of the provincial People's Committee), once
 * signed in the "central-award-proposal" process: templates/official/central-submission.html, words from
 * tdkt.official.central-submission, the signer's name from the identity store.
 */
@Controller
@Transactional(readOnly = true)
class CentralSubmissionDocument {

  /** What the submission prints. */
  record SubmissionView(List<String> issuingBody, String number, String placeDate, String summary,
      List<String> addressees, List<String> paragraphs, String nominee, String detail, String provincialAward,
      String achievements, List<String> signerTitle, String signerName, List<String> recipients, String archive,
      int sets) {
  }

  private final CentralProposalService proposals;
  private final CaseService cases;
  private final OrganisationService organisation;
  private final OfficialTexts texts;
  private final PdfRenderer renderer;

  CentralSubmissionDocument(CentralProposalService proposals, CaseService cases, OrganisationService organisation,
      OfficialTexts texts, PdfRenderer renderer) {
    this.proposals = proposals;
    this.cases = cases;
    this.organisation = organisation;
    this.texts = texts;
    this.renderer = renderer;
  }

  @GetMapping("/central-proposals/{id}/submission.pdf")
  ResponseEntity<byte[]> submission(@PathVariable long id) {
    CentralProposal p = proposals.get(id);
    if (p.getSubmissionNumber() == null) {
      throw Refusal.notFound("Đề nghị " + id + " chưa được Chủ tịch UBND tỉnh ký tờ trình.");
    }
    byte[] pdf = pdf(p);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("to-trinh-" + Vn.fileNamePart(p.getSubmissionNumber()) + ".pdf", StandardCharsets.UTF_8)
            .build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(pdf);
  }

  byte[] pdf(CentralProposal p) {
    Vn vn = Vn.INSTANCE;
    OfficialTexts.BodyTexts t = texts.getCentralSubmission();
    CommendationCase c = cases.get(p.getCaseNumber());
    LocalDate signed = p.getSignedAt().atZone(ZoneId.of(CommendationApplication.ZONE)).toLocalDate();
    String unit = organisation.unitName(c.getUnitCode());
    String position = Vn.clean(c.getNomineePosition());
    String[] values = {"award", p.getAward().label(), "nominee", Vn.clean(c.getNomineeName()), "year",
        String.valueOf(c.getEmulationYear())};
    String chairman = organisation.membersOf(Roles.CHAIRMAN).stream().findFirst().orElse(null);
    SubmissionView view = new SubmissionView(t.getIssuingBody(), p.getSubmissionNumber(),
        vn.placeDate(texts.getPlace(), signed), vn.fill(t.getSummary(), values), t.getAddressees(),
        t.getOpening().stream().map(o -> vn.fill(o, values)).toList(), Vn.clean(c.getNomineeName()),
        c.getNomineeKind() == NomineeKind.COLLECTIVE || position.isEmpty() ? unit : position + ", " + unit,
        texts.award(c.getAwardType()).getName() + (c.getDecisionNumber() == null ? ""
            : " (Quyết định số " + c.getDecisionNumber() + " " + vn.date(c.getDecisionDate()) + ")"),
        Vn.clean(c.getAchievementSummary()), t.getSignerTitle(), organisation.personName(chairman), t.getRecipients(),
        t.getArchive(), p.getDossierSets());
    return renderer.pdf("central-submission", Map.of("s", view, "title", "Tờ trình số " + p.getSubmissionNumber(),
        "author", String.join(" ", t.getIssuingBody())));
  }

  @ExceptionHandler(Refusal.class)
  String refused(Refusal refusal, Model model, HttpServletResponse response) {
    response.setStatus(refusal.status());
    model.addAttribute("message", refusal.getMessage());
    return "error/refused";
  }
}
