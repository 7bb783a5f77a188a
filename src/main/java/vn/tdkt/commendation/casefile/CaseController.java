package vn.tdkt.commendation.casefile;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.security.CurrentUser;

/** The officials' case registry: the cases each may read, and one case's record with its history. */
@Controller
class CaseController {

  static final int PAGE_SIZE = 20;

  private final CaseService cases;
  private final CaseReader reader;
  private final OrganisationService organisation;
  private final List<CasePageSection> sections;
  private final CaseDiagrams diagrams;
  private final java.time.Clock clock;

  CaseController(CaseService cases, CaseReader reader, OrganisationService organisation,
      List<CasePageSection> sections, CaseDiagrams diagrams, java.time.Clock clock) {
    this.cases = cases;
    this.reader = reader;
    this.organisation = organisation;
    this.sections = sections;
    this.diagrams = diagrams;
    this.clock = clock;
  }

  /** Columns the registry may be sorted by (request value → entity property). */
  static final Map<String, String> SORTS = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt",
      "caseNumber", "caseNumber", "nominee", "nomineeName", "status", "status", "year", "emulationYear");

  @GetMapping("/cases")
  String list(@RequestParam(required = false) String year, @RequestParam(required = false) String status,
      @RequestParam(required = false) String award, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String cluster, @RequestParam(required = false) String overdue,
      @RequestParam(defaultValue = "createdAt") String sort, @RequestParam(defaultValue = "desc") String dir,
      @RequestParam(defaultValue = "0") String page, Model model) {
    Integer yearValue = Inputs.asWholeNumber(year);
    CaseStatus statusValue = Inputs.choice(status, CaseStatus.class);
    AwardType awardValue = AwardType.parse(award);
    String unitValue = organisation.unit(unit == null ? "" : unit).isPresent() ? unit : null;
    String clusterValue = organisation.cluster(cluster == null ? "" : cluster).isPresent() ? cluster : null;
    boolean overdueValue = "true".equals(overdue);
    String sortValue = SORTS.containsKey(sort) ? sort : "createdAt";
    Sort.Direction direction = "asc".equals(dir) ? Sort.Direction.ASC : Sort.Direction.DESC;
    Integer pageNumber = Inputs.asWholeNumber(page);
    int pageValue = pageNumber == null ? 0 : Math.max(0, pageNumber);
    Page<CommendationCase> result = cases.search(scope(),
        new CaseFilter(yearValue, statusValue, awardValue, unitValue, clusterValue, overdueValue),
        PageRequest.of(pageValue, PAGE_SIZE, Sort.by(direction, SORTS.get(sortValue)).and(Sort.by("id"))));
    model.addAttribute("page", result);
    model.addAttribute("year", yearValue);
    model.addAttribute("status", statusValue);
    model.addAttribute("award", awardValue);
    model.addAttribute("unit", unitValue);
    model.addAttribute("cluster", clusterValue);
    model.addAttribute("overdue", overdueValue ? "true" : null);
    model.addAttribute("sort", sortValue);
    model.addAttribute("dir", direction == Sort.Direction.ASC ? "asc" : "desc");
    model.addAttribute("sorts", SORTS.keySet().stream().sorted().toList());
    model.addAttribute("statuses", CaseStatus.values());
    model.addAttribute("awards", AwardType.values());
    model.addAttribute("units", organisation.allUnits());
    model.addAttribute("clusters", organisation.clustersByCode().values());
    model.addAttribute("unitNames", organisation.unitNames());
    return "cases/list";
  }

  @GetMapping("/cases/{caseNumber}")
  String show(@PathVariable String caseNumber, Model model) {
    CaseScope scope = scope();
    CommendationCase c = reader.readable(caseNumber, scope);
    model.addAttribute("c", c);
    model.addAttribute("unitNames", organisation.unitNames());
    sections.forEach(section -> model.addAttribute(section.name(), section.contentOf(caseNumber)));
    // who complained and how to reach them: the Board's (it verifies), never the unit complained about
    model.addAttribute("complainantsVisible", CurrentUser.get().groups().stream().anyMatch(
        g -> g.equals(Roles.BOARD_OFFICERS) || g.equals(Roles.BOARD_HEADS) || g.equals(Roles.ADMIN)));
    model.addAttribute("clusterName", organisation.clusterName(c.getClusterCode()));
    model.addAttribute("steps", CaseProgress.steps(c));
    model.addAttribute("appraisalDeadline", CaseProgress.appraisal(c, clock.instant()));
    model.addAttribute("supplementDeadline", CaseProgress.supplement(c, clock.instant()));
    return "cases/show";
  }

  /** The BPMN of the case's process, for the viewer on the case page. */
  @GetMapping(value = "/cases/{caseNumber}/diagram.bpmn", produces = "application/xml")
  @ResponseBody
  ResponseEntity<String> diagram(@PathVariable String caseNumber) {
    CommendationCase c = reader.readable(caseNumber, scope());
    return diagrams.xml(c).map(x -> ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(x))
        .orElse(ResponseEntity.notFound().build());
  }

  /** Where the case's process stands: activities waiting now and activities done. */
  @GetMapping("/cases/{caseNumber}/diagram-state")
  @ResponseBody
  CaseDiagrams.State diagramState(@PathVariable String caseNumber) {
    CommendationCase c = reader.readable(caseNumber, scope());
    return diagrams.state(c);
  }

  @ExceptionHandler(Refusal.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(Refusal refusal, Model model) {
    model.addAttribute("message", refusal.getMessage());
    return "error/refused";
  }

  private static CaseScope scope() {
    return CaseScope.of(CurrentUser.get().groups());
  }
}
