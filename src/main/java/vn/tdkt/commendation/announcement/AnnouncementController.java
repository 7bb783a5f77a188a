package vn.tdkt.commendation.announcement;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Unit;
import vn.tdkt.commendation.problem.Refusal;

/** The public page ("Công khai khen thưởng"): decisions made and cases under public notice. No login. */
@Controller
class AnnouncementController {

  private final DecidedCases decidedCases;
  private final DecisionList decisions;
  private final ComplaintService complaints;
  private final OrganisationService organisation;
  private final Clock clock;
  private final List<PublicPageSection> sections;

  AnnouncementController(DecidedCases decidedCases, DecisionList decisions, ComplaintService complaints,
      OrganisationService organisation, Clock clock, List<PublicPageSection> sections) {
    this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(PublicPageSection::order)).toList();
    this.decidedCases = decidedCases;
    this.decisions = decisions;
    this.clock = clock;
    this.complaints = complaints;
    this.organisation = organisation;
  }

  @GetMapping("/announcements")
  String announcements(@RequestParam(required = false) String year, @RequestParam(required = false) String award,
      @RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") String page, Model model,
      CsrfToken csrf) {
    Integer yearValue = Inputs.asWholeNumber(year);
    AwardType awardValue = AwardType.parse(award);
    String unitValue = unit == null || unit.isBlank() ? null : unit;
    Integer pageNumber = Inputs.asWholeNumber(page);
    int pageValue = pageNumber == null ? 0 : Math.max(0, pageNumber);
    DecisionList.DecisionPage awarded = decisions.page(new DecidedCases.Filter(yearValue, awardValue, unitValue),
        pageValue);
    model.addAttribute("awarded", awarded.decisions());
    model.addAttribute("awardedRows", awarded.rowsHtml());
    List<DecidedCases.UnderNotice> underNotice = decidedCases.underNotice(clock.instant());
    if (!underNotice.isEmpty() && csrf != null) {
      // the complaint forms carry a CSRF token: make it now, while its cookie can still be set, not
      // when the template reaches the first form after the list (the response may be sent by then)
      csrf.getToken();
    }
    model.addAttribute("underNotice", underNotice);
    model.addAttribute("year", yearValue);
    model.addAttribute("award", awardValue);
    model.addAttribute("unit", unitValue);
    model.addAttribute("awards", AwardType.values());
    Units units = units();
    model.addAttribute("units", units.list());
    model.addAttribute("unitNames", units.names());
    model.addAttribute("province", organisation.provinceName());
    // the other features' sections (movements, revocations), each with its content read now
    model.addAttribute("sections", sections.stream()
        .map(section -> Map.entry(section.template(), section.content())).toList());
    if (!model.containsAttribute("complaint")) {
      model.addAttribute("complaint", new ComplaintForm("", "", ""));
    }
    return "announcements";
  }

  @PostMapping("/announcements/{caseNumber}/complaints")
  String complain(@PathVariable String caseNumber, @ModelAttribute ComplaintForm complaint,
      RedirectAttributes redirect) {
    try {
      complaints.lodge(caseNumber, complaint);
      redirect.addFlashAttribute("notice", "complaint.received");
      redirect.addFlashAttribute("noticeCase", caseNumber);
    } catch (Refusal refusal) {
      redirect.addFlashAttribute("error", refusal.getMessage());
      redirect.addFlashAttribute("errorCase", caseNumber);
      redirect.addFlashAttribute("complaint", complaint);
    }
    return "redirect:/announcements#case-" + caseNumber;
  }

  /** The units of the search form, and their names: configuration, loaded once at start-up (OrganisationLoader). */
  private record Units(List<Unit> list, Map<String, String> names) {
  }

  private volatile Units units = new Units(List.of(), Map.of());

  private Units units() {
    Units known = units;
    if (known.list().isEmpty()) { // not read yet (or asked before the start-up loaded them)
      List<Unit> list = organisation.allUnits();
      known = new Units(list, OrganisationService.namesOf(list));
      units = known;
    }
    return known;
  }
}
