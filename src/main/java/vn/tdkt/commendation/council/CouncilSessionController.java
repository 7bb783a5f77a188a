package vn.tdkt.commendation.council;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.security.CurrentUser;

/**
 * The Council's session page for the Board, the Chairman and the members: who has voted (never how), when the
 * vote closes, the cases on the ballot and what each needs ({@link CouncilSessionApiController} lets the open page
 * count the voters as they vote). A Board head closes the vote there once the quorum is reached
 * ({@link VotingClosure}).
 */
@Controller
class CouncilSessionController {

  private final SessionOverview overview;
  private final VotingClosure closure;

  CouncilSessionController(SessionOverview overview, VotingClosure closure) {
    this.overview = overview;
    this.closure = closure;
  }

  @GetMapping("/council/sessions")
  String list(Model model) {
    model.addAttribute("sessions", overview.latest());
    return "council/sessions";
  }

  @GetMapping("/council/sessions/{sessionNumber}")
  String show(@PathVariable String sessionNumber, Model model) {
    SessionOverview.Overview s = overview.of(sessionNumber);
    model.addAttribute("s", s);
    // the button is the Board heads' (the door and the service check it again): never offered to anyone else
    CurrentUser user = CurrentUser.get();
    boolean head = user != null && user.groups().contains(Roles.BOARD_HEADS);
    model.addAttribute("boardHead", head);
    model.addAttribute("mayCloseVoting", head && s.closableEarly());
    return "council/session";
  }

  /** The Board head's "close the vote": a refusal shows the page again with its reason and its 4xx status. */
  @PostMapping("/council/sessions/{sessionNumber}/close-voting")
  String closeVoting(@PathVariable String sessionNumber,
      @RequestParam(name = VotingClosure.FIELD_ABSENT, required = false) String membersAbsent, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    CurrentUser user = CurrentUser.get();
    try {
      closure.close(sessionNumber, user == null ? null : user.id(), user == null ? null : user.groups(),
          "true".equals(membersAbsent));
    } catch (Refusal refusal) {
      if (refusal.status() == 403 || refusal.status() == 404) {
        throw refusal;
      }
      response.setStatus(refusal.status());
      model.addAttribute("error", refusal.getMessage());
      return show(sessionNumber, model);
    }
    redirect.addFlashAttribute("notice", "session.closedEarly.done");
    return "redirect:/council/sessions/{sessionNumber}";
  }

  @ExceptionHandler(Refusal.class)
  String refused(Refusal refusal, Model model, HttpServletResponse response) {
    response.setStatus(refusal.status());
    model.addAttribute("message", refusal.getMessage());
    return "error/refused";
  }
}
