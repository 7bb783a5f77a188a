package vn.tdkt.commendation.council;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.security.CurrentUser;

/** The Council member's ballot page, linked from the task in Tasklist. */
@Controller
class BallotController {

  static final String VOTE_PREFIX = "vote_";

  private final BallotService ballots;
  private final OrganisationService organisation;

  BallotController(BallotService ballots, OrganisationService organisation) {
    this.ballots = ballots;
    this.organisation = organisation;
  }

  @GetMapping("/council/ballots")
  String myBallots(Model model) {
    model.addAttribute("tasks", ballots.openBallots(CurrentUser.get().id()));
    return "council/ballots";
  }

  @GetMapping("/council/ballots/{taskId}")
  String sheet(@PathVariable String taskId, Model model) {
    model.addAttribute("sheet", ballots.sheet(taskId, CurrentUser.get().id()));
    model.addAttribute("unitNames", organisation.unitNames());
    return "council/ballot";
  }

  @PostMapping("/council/ballots/{taskId}")
  String castFromPage(@PathVariable String taskId, @RequestParam Map<String, String> form,
      RedirectAttributes redirect) {
    Map<String, String> votes = new LinkedHashMap<>();
    form.forEach((k, v) -> {
      if (k.startsWith(VOTE_PREFIX)) {
        votes.put(k.substring(VOTE_PREFIX.length()), v);
      }
    });
    try {
      ballots.cast(taskId, CurrentUser.get().id(), votes);
      redirect.addFlashAttribute("notice", "ballot.cast");
      return "redirect:/council/ballots";
    } catch (Refusal refusal) {
      redirect.addFlashAttribute("error", refusal.getMessage());
      return "redirect:/council/ballots/" + taskId;
    }
  }

  @ExceptionHandler(Refusal.class)
  String refused(Refusal refusal, Model model, jakarta.servlet.http.HttpServletResponse response) {
    response.setStatus(refusal.status());
    model.addAttribute("message", refusal.getMessage());
    return "error/refused";
  }
}
