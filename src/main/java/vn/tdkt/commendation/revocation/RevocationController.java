package vn.tdkt.commendation.revocation;

import java.io.IOException;

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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tdkt.commendation.official.Vn;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.security.CurrentUser;

/**
 * A Board officer opens a revocation from the case page (ground, evidence, the bonus paid, an evidence file);
 * the issued revocation decisions are public acts.
 */
@Controller
class RevocationController {

  private final RevocationService revocations;

  RevocationController(RevocationService revocations) {
    this.revocations = revocations;
  }

  @PostMapping("/cases/{caseNumber}/revocation")
  String open(@PathVariable String caseNumber, @RequestParam(required = false) String ground,
      @RequestParam(required = false) String evidence, @RequestParam(required = false) String bonusAmount,
      @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
    CurrentUser user = CurrentUser.get();
    try {
      revocations.open(caseNumber, new RevocationService.Opening(ground, evidence, bonusAmount,
          file == null || file.isEmpty() ? null : file.getOriginalFilename(),
          file == null || file.isEmpty() ? null : file.getBytes()), user.id(), user.groups());
      redirect.addFlashAttribute("revocationNotice", "revocation.opened");
    } catch (Refusal refusal) {
      if (refusal.status() == 404 || refusal.status() == 403) {
        throw refusal;
      }
      redirect.addFlashAttribute("revocationError", refusal.getMessage());
    }
    return "redirect:/cases/" + caseNumber + "#revocation";
  }

  @GetMapping("/revocations/{id}/decision.pdf")
  @ResponseBody
  ResponseEntity<byte[]> decision(@PathVariable String id) {
    Integer n = Inputs.asWholeNumber(id);
    if (n == null) {
      throw Refusal.notFound("Không có quyết định hủy bỏ này.");
    }
    Revocation r = revocations.get(n);
    byte[] pdf = revocations.decisionPdf(n);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("quyet-dinh-huy-bo-" + Vn.fileNamePart(r.getDecisionNumber()) + ".pdf")
            .build().toString())
        .body(pdf);
  }

  @ExceptionHandler(Refusal.class)
  String refused(Refusal refusal, Model model, jakarta.servlet.http.HttpServletResponse response) {
    response.setStatus(refusal.status());
    model.addAttribute("message", refusal.getMessage());
    return "error/refused";
  }
}
