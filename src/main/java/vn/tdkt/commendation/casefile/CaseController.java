package vn.tdkt.commendation.casefile;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.tdkt.commendation.announcement.ComplaintRepository;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.security.CurrentUser;

/** The officials' case registry: the cases each may read, and one case's record with its history. */
@Controller
class CaseController {

  static final int PAGE_SIZE = 20;

  private final CaseService cases;
  private final CaseReader reader;
  private final OrganisationService organisation;
  private final ComplaintRepository complaints;

  CaseController(CaseService cases, CaseReader reader, OrganisationService organisation,
      ComplaintRepository complaints) {
    this.cases = cases;
    this.reader = reader;
    this.organisation = organisation;
    this.complaints = complaints;
  }

  @GetMapping("/cases")
  String list(@RequestParam(required = false) String year, @RequestParam(required = false) String status,
      @RequestParam(required = false) String award, @RequestParam(required = false) String unit,
      @RequestParam(defaultValue = "0") String page, Model model) {
    Integer yearValue = parseInt(year);
    CaseStatus statusValue = parseEnum(CaseStatus.class, status);
    AwardType awardValue = AwardType.parse(award);
    int pageValue = Math.max(0, parseInt(page) == null ? 0 : parseInt(page));
    Page<CommendationCase> result = cases.search(CurrentUser.get().caseScope(), yearValue, statusValue, awardValue,
        unit == null || unit.isBlank() ? null : unit,
        PageRequest.of(pageValue, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "createdAt")));
    model.addAttribute("page", result);
    model.addAttribute("year", yearValue);
    model.addAttribute("status", statusValue);
    model.addAttribute("award", awardValue);
    model.addAttribute("unit", unit);
    model.addAttribute("statuses", CaseStatus.values());
    model.addAttribute("awards", AwardType.values());
    model.addAttribute("units", organisation.allUnits());
    model.addAttribute("unitNames", organisation.unitNames());
    return "cases/list";
  }

  @GetMapping("/cases/{caseNumber}")
  String show(@PathVariable String caseNumber, Model model) {
    CommendationCase c = reader.readable(caseNumber, CurrentUser.get().caseScope());
    model.addAttribute("c", c);
    model.addAttribute("unitNames", organisation.unitNames());
    model.addAttribute("complaints", complaints.findByCaseNumberOrderById(caseNumber));
    return "cases/show";
  }

  @ExceptionHandler(Refusal.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(Refusal refusal, Model model) {
    model.addAttribute("message", refusal.getMessage());
    return "error/refused";
  }

  private static Integer parseInt(String value) {
    try {
      return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return e;
      }
    }
    return null;
  }
}
