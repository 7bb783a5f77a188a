package vn.tdkt.commendation.announcement;

import java.time.Clock;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CaseRepository;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.problem.Refusal;

/** The public page ("Công khai khen thưởng"): decisions made and cases under public notice. No login. */
@Controller
class AnnouncementController {

  static final int PAGE_SIZE = 25;

  private final CaseRepository cases;
  private final ComplaintService complaints;
  private final OrganisationService organisation;
  private final Clock clock;

  AnnouncementController(CaseRepository cases, ComplaintService complaints, OrganisationService organisation,
      Clock clock) {
    this.clock = clock;
    this.cases = cases;
    this.complaints = complaints;
    this.organisation = organisation;
  }

  @GetMapping("/announcements")
  String announcements(@RequestParam(required = false) String year, @RequestParam(required = false) String award,
      @RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") String page, Model model) {
    Integer yearValue = number(year);
    AwardType awardValue = AwardType.parse(award);
    String unitValue = unit == null || unit.isBlank() ? null : unit;
    int pageValue = number(page) == null ? 0 : Math.max(0, number(page));
    model.addAttribute("awarded", cases.findAwarded(yearValue, awardValue, unitValue,
        PageRequest.of(pageValue, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "decisionDate", "caseNumber"))));
    model.addAttribute("underNotice", cases.findByStatusAndNoticeEndsAtAfterOrderByNoticeEndsAt(CaseStatus.UNDER_NOTICE,
        clock.instant()));
    model.addAttribute("year", yearValue);
    model.addAttribute("award", awardValue);
    model.addAttribute("unit", unitValue);
    model.addAttribute("awards", AwardType.values());
    model.addAttribute("units", organisation.allUnits());
    model.addAttribute("unitNames", organisation.unitNames());
    model.addAttribute("province", organisation.provinceName());
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

  private static Integer number(String value) {
    try {
      return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
