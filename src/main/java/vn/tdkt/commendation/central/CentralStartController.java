package vn.tdkt.commendation.central;

import static vn.tdkt.commendation.central.CentralProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.problem.Refusal;

/**
 * A central proposal started from the awarded case it is about, so the case is chosen by opening it, never typed:
 * the Board's form of the start (the state award by name, the criteria), which starts "central-award-proposal" at
 * its start event as the signed-in official, with the same guards and checks as Tasklist's start form.
 */
@Controller
class CentralStartController {

  /** The start form's fields besides the case: the award and the criteria. */
  static final List<String> NUMBERS = List.of(VAR_PROVINCIAL_FIGHTER_TIMES, VAR_GOOD_YEARS, VAR_GRASSROOTS_TIMES);
  static final List<String> TICKS = List.of(VAR_NATIONAL_INITIATIVE, VAR_PROVINCIAL_MERIT, VAR_CLUSTER_LEADER,
      VAR_OUTSTANDING_LEADER);

  private final CaseService cases;
  private final RuntimeService runtime;

  CentralStartController(CaseService cases, RuntimeService runtime) {
    this.cases = cases;
    this.runtime = runtime;
  }

  @GetMapping("/cases/{caseNumber}/central-proposal")
  String form(@PathVariable String caseNumber, Model model) {
    model.addAttribute("c", awarded(caseNumber));
    model.addAttribute("awards", CentralAward.values());
    return "central/start";
  }

  @PostMapping("/cases/{caseNumber}/central-proposal")
  String start(@PathVariable String caseNumber, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
    CommendationCase c = awarded(caseNumber);
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_CASE_NUMBER, c.getCaseNumber());
    variables.put(VAR_AWARD, form.get(VAR_AWARD));
    NUMBERS.forEach(name -> {
      if (form.get(name) != null && !form.get(name).isBlank()) {
        variables.put(name, form.get(name).strip());
      }
    });
    TICKS.forEach(name -> variables.put(name, "true".equals(form.get(name))));
    try {
      // the engine's guards and this official's grants apply (EngineIdentityFilter set the caller)
      runtime.startProcessInstanceByKey(KEY, variables);
      redirect.addFlashAttribute("notice", "central.started");
      return "redirect:/cases/" + c.getCaseNumber();
    } catch (RuntimeException e) {
      Refusal refusal = Refusal.findIn(e);
      if (refusal == null) {
        throw e;
      }
      redirect.addFlashAttribute("error", refusal.getMessage());
      return "redirect:/cases/" + c.getCaseNumber() + "/central-proposal";
    }
  }

  private CommendationCase awarded(String caseNumber) {
    CommendationCase c = cases.find(caseNumber).orElseThrow(() -> Refusal.notFound("Không có hồ sơ " + caseNumber + "."));
    if (c.getStatus() != CaseStatus.AWARDED) {
      throw Refusal.conflict(null, "Chỉ đề nghị khen thưởng cấp Nhà nước cho hồ sơ đã được khen thưởng cấp tỉnh.");
    }
    return c;
  }

  @ExceptionHandler(Refusal.class)
  String refused(Refusal refusal, Model model, jakarta.servlet.http.HttpServletResponse response) {
    response.setStatus(refusal.status());
    model.addAttribute("message", refusal.getMessage());
    return "error/refused";
  }
}
