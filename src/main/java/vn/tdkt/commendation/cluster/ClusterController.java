package vn.tdkt.commendation.cluster;

import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.organisation.Cluster;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.security.CurrentUser;

/** The cluster pages: criteria (leader edits), a round's minutes (printable) and the unit heads' ballots. */
@Controller
class ClusterController {

  private final ClusterRoundService rounds;
  private final CriteriaService criteria;
  private final ClusterBallotService ballots;
  private final OrganisationService organisation;
  private final Clock clock;
  private final ClusterMinutesWriter minutesWriter;

  ClusterController(ClusterRoundService rounds, CriteriaService criteria, ClusterBallotService ballots,
      OrganisationService organisation, Clock clock, ClusterMinutesWriter minutesWriter) {
    this.minutesWriter = minutesWriter;
    this.rounds = rounds;
    this.criteria = criteria;
    this.ballots = ballots;
    this.organisation = organisation;
    this.clock = clock;
  }

  @GetMapping("/clusters/{cluster}/criteria")
  String criteria(@PathVariable String cluster, @RequestParam(required = false) Integer year, Model model) {
    Cluster c = readable(cluster);
    int y = year == null ? LocalDate.now(clock).getYear() : year;
    model.addAttribute("cluster", c);
    model.addAttribute("year", y);
    model.addAttribute("criteria", criteria.of(c.getCode(), y));
    model.addAttribute("canEdit", CurrentUser.get().groups().contains(Roles.clusterLeaders(c.getCode())));
    return "clusters/criteria";
  }

  @PostMapping("/clusters/{cluster}/criteria")
  String saveCriteria(@PathVariable String cluster, @RequestParam int year, @RequestParam List<String> name,
      @RequestParam List<String> maxPoints, RedirectAttributes redirect) {
    Cluster c = readable(cluster);
    if (!CurrentUser.get().groups().contains(Roles.clusterLeaders(c.getCode()))) {
      throw Refusal.forbidden(null, "Chỉ trưởng cụm được sửa tiêu chí chấm điểm.");
    }
    List<CriteriaService.Line> lines = new ArrayList<>();
    for (int i = 0; i < name.size(); i++) {
      String n = name.get(i);
      String p = i < maxPoints.size() ? maxPoints.get(i) : "";
      if ((n == null || n.isBlank()) && (p == null || p.isBlank())) {
        continue;
      }
      Integer points = Inputs.asWholeNumber(p);
      if (points == null) {
        redirect.addFlashAttribute("error", "Điểm tối đa phải là số nguyên: " + p);
        return "redirect:/clusters/" + c.getCode() + "/criteria?year=" + year;
      }
      lines.add(new CriteriaService.Line(n, points));
    }
    try {
      criteria.replace(c.getCode(), year, lines);
      redirect.addFlashAttribute("notice", "cluster.criteria.saved");
    } catch (Refusal refusal) {
      redirect.addFlashAttribute("error", refusal.getMessage());
    }
    return "redirect:/clusters/" + c.getCode() + "/criteria?year=" + year;
  }

  @GetMapping("/clusters/{cluster}/rounds/{id}")
  String round(@PathVariable String cluster, @PathVariable Long id, Model model) {
    Cluster c = readable(cluster);
    ClusterRound round = rounds.get(id);
    if (!round.getClusterCode().equals(c.getCode())) {
      throw Refusal.notFound("Không có phiên bình xét " + id + " của " + c.getName() + ".");
    }
    List<Criterion> list = criteria.of(round.getClusterCode(), round.getEmulationYear());
    Map<String, Map<Long, Integer>> points = new HashMap<>();
    rounds.scoresOf(id).forEach(s -> points.computeIfAbsent(s.getUnitCode(), k -> new HashMap<>())
        .put(s.getCriterionId(), s.getPoints()));
    model.addAttribute("cluster", c);
    model.addAttribute("round", round);
    model.addAttribute("criteria", list);
    model.addAttribute("members", rounds.membersOf(id));
    model.addAttribute("points", points);
    model.addAttribute("counts", rounds.countsOf(id));
    Map<String, String> names = organisation.unitNames();
    Map<Integer, String> castByRound = new java.util.TreeMap<>();
    rounds.sheetsOf(id).stream().filter(BallotSheet::isVoted).forEach(sheet -> castByRound.merge(sheet.getBallotRound(),
        names.getOrDefault(sheet.getUnitCode(), sheet.getUnitCode()), (a, b) -> a + ", " + b));
    model.addAttribute("ballotsCast", castByRound);
    model.addAttribute("nominees", rounds.nomineesOf(id));
    ClusterMinutes minutes = rounds.minutesOf(id).orElse(null);
    model.addAttribute("minutes", minutes);
    model.addAttribute("minutesLines", minutes == null || minutes.getContent() == null ? List.of()
        : minutes.getContent().lines().filter(l -> !l.isBlank()).toList());
    model.addAttribute("roundTitle", rounds.title(round));
    model.addAttribute("unitNames", organisation.unitNames());
    return "clusters/round";
  }

  /** The round's minutes as a document, once written; the same readers as the round's page. */
  @GetMapping("/clusters/{cluster}/rounds/{id}/minutes.pdf")
  org.springframework.http.ResponseEntity<byte[]> minutesPdf(@PathVariable String cluster, @PathVariable Long id) {
    Cluster c = readable(cluster);
    ClusterRound round = rounds.get(id);
    if (!round.getClusterCode().equals(c.getCode()) || rounds.minutesOf(id).isEmpty()) {
      throw Refusal.notFound("Phiên bình xét " + id + " của " + c.getName() + " chưa có biên bản.");
    }
    return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
        .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
            .inline().filename("bien-ban-" + round.getRoundNumber() + ".pdf", java.nio.charset.StandardCharsets.UTF_8)
            .build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(minutesWriter.pdf(round));
  }

  @GetMapping("/clusters/ballots")
  String myBallots(Model model) {
    model.addAttribute("tasks", ballots.openBallots(CurrentUser.get().groups()));
    return "clusters/ballots";
  }

  @GetMapping("/clusters/ballots/{taskId}")
  String ballot(@PathVariable String taskId, Model model) {
    model.addAttribute("form", ballots.form(taskId, CurrentUser.get().id()));
    return "clusters/ballot";
  }

  @PostMapping("/clusters/ballots/{taskId}")
  String cast(@PathVariable String taskId, @RequestParam(required = false) String flag,
      @RequestParam(required = false) List<String> merit, RedirectAttributes redirect) {
    try {
      ballots.cast(taskId, CurrentUser.get().id(), flag, merit);
      redirect.addFlashAttribute("notice", "cluster.ballot.cast");
      return "redirect:/clusters/ballots";
    } catch (Refusal refusal) {
      redirect.addFlashAttribute("error", refusal.getMessage());
      return "redirect:/clusters/ballots/" + taskId;
    }
  }

  /** Officials of the cluster (its leaders, its units' people) and the provincial roles read its pages. */
  private Cluster readable(String code) {
    Cluster c = organisation.cluster(code).orElseThrow(() -> Refusal.notFound("Không có cụm thi đua " + code + "."));
    // the groups of the signed-in session (a group query would run under the caller's Camunda grants)
    List<String> groups = CurrentUser.get().groups();
    boolean allowed = groups.stream().anyMatch(g -> Roles.readsEveryCase(g) || code.equals(Roles.clusterOf(g))
        || (Roles.unitOf(g) != null && organisation.unit(Roles.unitOf(g))
            .map(u -> u.getClusterCode().equals(code)).orElse(false)));
    if (!allowed) {
      throw Refusal.forbidden(null, "Bạn không thuộc " + c.getName() + ".");
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
