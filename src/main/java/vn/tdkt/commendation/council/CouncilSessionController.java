package vn.tdkt.commendation.council;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.tdkt.commendation.problem.Refusal;

/**
 * The Council's session page for the Board, the Chairman and the members: who has voted (never how), when the
 * vote closes, the cases on the ballot and what each needs ({@link CouncilSessionApiController} lets the open page
 * count the voters as they vote).
 */
@Controller
class CouncilSessionController {

  private final SessionOverview overview;

  CouncilSessionController(SessionOverview overview) {
    this.overview = overview;
  }

  @GetMapping("/council/sessions")
  String list(Model model) {
    model.addAttribute("sessions", overview.latest());
    return "council/sessions";
  }

  @GetMapping("/council/sessions/{sessionNumber}")
  String show(@PathVariable String sessionNumber, Model model) {
    model.addAttribute("s", overview.of(sessionNumber));
    return "council/session";
  }

  @ExceptionHandler(Refusal.class)
  String refused(Refusal refusal, Model model, jakarta.servlet.http.HttpServletResponse response) {
    response.setStatus(refusal.status());
    model.addAttribute("message", refusal.getMessage());
    return "error/refused";
  }
}
