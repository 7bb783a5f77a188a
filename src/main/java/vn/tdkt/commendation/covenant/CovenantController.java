package vn.tdkt.commendation.covenant;

import java.util.ArrayList;
import java.util.List;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.organisation.Cluster;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.security.CurrentUser;

/** The covenant pages: the leaders draft and send it round; the cluster's people and the province read it. */
@Controller
class CovenantController {

  private final CovenantService covenants;
  private final OrganisationService organisation;

  CovenantController(CovenantService covenants, OrganisationService organisation) {
    this.covenants = covenants;
    this.organisation = organisation;
  }

  @GetMapping("/covenants")
  String index(@RequestParam(required = false) String year, Model model) {
    int y = year(year);
    List<String> groups = CurrentUser.get().groups();
    List<Cluster> clusters = organisation.clustersByCode().values().stream().filter(c -> readable(c, groups)).toList();
    model.addAttribute("year", y);
    model.addAttribute("rows", clusters.stream().map(c -> new Row(c, covenants.find(c.getCode(), y).orElse(null))).toList());
    return "covenants/index";
  }

  record Row(Cluster cluster, Covenant covenant) {
  }

  @GetMapping("/covenants/{cluster}/{year}")
  String show(@PathVariable String cluster, @PathVariable String year, Model model) {
    Cluster c = readable(cluster);
    int y = year(year);
    Covenant covenant = covenants.find(c.getCode(), y).orElse(null);
    boolean leader = CurrentUser.get().groups().contains(Roles.clusterLeaders(c.getCode()));
    model.addAttribute("cluster", c);
    model.addAttribute("year", y);
    model.addAttribute("covenant", covenant);
    model.addAttribute("canEdit", leader && (covenant == null || covenant.editable()));
    model.addAttribute("targets", covenant != null && !covenant.getTargets().isEmpty() ? covenant.getTargets().stream()
        .map(t -> new CovenantService.Line(t.getName(), t.getMaxPoints())).toList() : covenants.startingTargets(c.getCode(), y));
    model.addAttribute("unitNames", organisation.unitNames());
    model.addAttribute("members", organisation.unitsOf(c.getCode()));
    return "covenants/show";
  }

  @PostMapping("/covenants/{cluster}/{year}")
  String draft(@PathVariable String cluster, @PathVariable String year, @RequestParam(required = false) String title,
      @RequestParam(required = false) List<String> name, @RequestParam(required = false) List<String> maxPoints,
      RedirectAttributes redirect) {
    CurrentUser user = CurrentUser.get();
    try {
      List<CovenantService.Line> lines = new ArrayList<>();
      List<String> names = name == null ? List.of() : name;
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i);
        String p = maxPoints != null && i < maxPoints.size() ? maxPoints.get(i) : "";
        if ((n == null || n.isBlank()) && (p == null || p.isBlank())) {
          continue;
        }
        Integer points = Inputs.asWholeNumber(p);
        if (points == null) {
          throw Refusal.invalid("maxPoints", "Điểm tối đa phải là số nguyên: " + p);
        }
        lines.add(new CovenantService.Line(n, points));
      }
      covenants.draft(cluster, year(year), title, lines, user.id(), user.groups());
      redirect.addFlashAttribute("notice", "covenant.saved");
    } catch (Refusal refusal) {
      redirect.addFlashAttribute("error", refusal.getMessage());
    }
    return back(cluster, year);
  }

  @PostMapping("/covenants/{cluster}/{year}/send")
  String send(@PathVariable String cluster, @PathVariable String year, RedirectAttributes redirect) {
    CurrentUser user = CurrentUser.get();
    try {
      covenants.sendForSigning(cluster, year(year), user.id(), user.groups());
      redirect.addFlashAttribute("notice", "covenant.sent");
    } catch (Refusal refusal) {
      redirect.addFlashAttribute("error", refusal.getMessage());
    }
    return back(cluster, year);
  }

  @GetMapping("/covenants/{cluster}/{year}/document.pdf")
  @ResponseBody
  ResponseEntity<byte[]> document(@PathVariable String cluster, @PathVariable String year) {
    Cluster c = readable(cluster);
    int y = year(year);
    byte[] pdf = covenants.documentOf(c.getCode(), y)
        .orElseThrow(() -> Refusal.notFound("Giao ước năm " + y + " của " + c.getName() + " chưa được ký."));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("giao-uoc-thi-dua-" + c.getCode() + "-" + y + ".pdf").build().toString())
        .body(pdf);
  }

  private Cluster readable(String code) {
    Cluster c = organisation.cluster(code).orElseThrow(() -> Refusal.notFound("Không có cụm thi đua " + code + "."));
    if (!readable(c, CurrentUser.get().groups())) {
      throw Refusal.notFound("Không có giao ước này trong phạm vi của bạn.");
    }
    return c;
  }

  /** The cluster's leaders and units' people, and the province's roles. */
  private boolean readable(Cluster c, List<String> groups) {
    return groups.stream().anyMatch(g -> Roles.readsEveryCase(g) || c.getCode().equals(Roles.clusterOf(g))
        || (Roles.unitOf(g) != null && organisation.unit(Roles.unitOf(g))
            .map(u -> u.getClusterCode().equals(c.getCode())).orElse(false)));
  }

  private int year(String value) {
    Integer y = Inputs.asWholeNumber(value);
    int thisYear = java.time.LocalDate.now(java.time.ZoneId.of(vn.tdkt.commendation.CommendationApplication.ZONE)).getYear();
    return y == null || y < Inputs.FIRST_YEAR || y > thisYear + 1 ? thisYear : y;
  }

  private static String back(String cluster, String year) {
    return cluster.matches("[A-Za-z0-9._-]{1,32}") && year.matches("\\d{4}")
        ? "redirect:/covenants/" + cluster + "/" + year : "redirect:/covenants";
  }

  @ExceptionHandler(Refusal.class)
  String refused(Refusal refusal, Model model, jakarta.servlet.http.HttpServletResponse response) {
    response.setStatus(refusal.status());
    model.addAttribute("message", refusal.getMessage());
    return "error/refused";
  }
}
