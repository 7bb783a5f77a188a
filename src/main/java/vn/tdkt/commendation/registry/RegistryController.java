package vn.tdkt.commendation.registry;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.organisation.Unit;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.security.CurrentUser;

/**
 * The registry pages: who holds which titles and awards, initiatives and what used them; entries by form or
 * by spreadsheet. Officials read the records of their scope (the province's roles all, a unit its own, a
 * cluster's leaders their cluster's); the Board writes every record, a unit's nominators their unit's
 * grassroots titles, ratings and initiatives.
 */
@Controller
class RegistryController {

  static final int PAGE_SIZE = 25;
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final AwardRegistry registry;
  private final OrganisationService organisation;
  private final Clock clock;

  RegistryController(AwardRegistry registry, OrganisationService organisation, Clock clock) {
    this.registry = registry;
    this.organisation = organisation;
    this.clock = clock;
  }

  @GetMapping("/registry")
  String list(@RequestParam(required = false) String name, @RequestParam(defaultValue = "0") String page, Model model) {
    CurrentUser user = CurrentUser.get();
    RegistryWriter writer = RegistryWriter.of(user.id(), user.groups());
    Integer p = Inputs.asWholeNumber(page);
    Page<Awardee> found = registry.search(writer.readsAll(), readableUnits(user), name,
        PageRequest.of(p == null ? 0 : Math.max(0, p), PAGE_SIZE));
    model.addAttribute("awardees", found);
    model.addAttribute("name", name);
    model.addAttribute("unitNames", organisation.unitNames());
    model.addAttribute("canWrite", writer.writesAnything());
    model.addAttribute("writableUnits", organisation.allUnits().stream().filter(u -> writer.writes(u.getCode())).toList());
    model.addAttribute("titles", java.util.Arrays.stream(Title.values()).filter(writer::writes).toList());
    model.addAttribute("levels", Initiative.Recognition.values());
    model.addAttribute("thisYear", LocalDate.now(clock).getYear());
    return "registry/list";
  }

  @GetMapping("/registry/awardees/{id}")
  String awardee(@PathVariable String id, Model model) {
    Awardee a = readable(id);
    CurrentUser user = CurrentUser.get();
    List<AwardEntry> awards = registry.awardsOf(a);
    model.addAttribute("a", a);
    model.addAttribute("awards", awards);
    model.addAttribute("initiatives", registry.initiativesOf(a));
    model.addAttribute("unitNames", organisation.unitNames());
    model.addAttribute("linkable", RegistryWriter.of(user.id(), user.groups()).board()
        ? awards.stream().filter(e -> e.getCaseNumber() != null && !e.isRevoked()).toList() : List.of());
    return "registry/awardee";
  }

  @PostMapping("/registry/entries")
  String addEntry(@RequestParam(required = false) String kind, @RequestParam(required = false) String fullName,
      @RequestParam(required = false) String dateOfBirth, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String position, @RequestParam(required = false) String title,
      @RequestParam(required = false) String year, @RequestParam(required = false) String decisionNumber,
      @RequestParam(required = false) String decisionDate, @RequestParam(required = false) String decidedBy,
      RedirectAttributes redirect) {
    try {
      AwardEntry e = registry.addEntry(new AwardRegistry.EntryInput(Inputs.choice(kind, NomineeKind.class), fullName,
          date(dateOfBirth, "dateOfBirth", "ngày sinh"), unitCode(unit), position, Inputs.choice(title, Title.class),
          Inputs.wholeNumber(year, "year", Inputs.FIRST_YEAR, 2100, "Năm phải là số có 4 chữ số."), decisionNumber,
          date(decisionDate, "decisionDate", "ngày quyết định"), decidedBy), writer());
      redirect.addFlashAttribute("notice", "registry.saved");
      return "redirect:/registry/awardees/" + e.getAwardee().getId();
    } catch (Refusal refusal) {
      redirect.addFlashAttribute("error", refusal.getMessage());
      return "redirect:/registry";
    }
  }

  @PostMapping("/registry/initiatives")
  String addInitiative(@RequestParam(required = false) String fullName, @RequestParam(required = false) String dateOfBirth,
      @RequestParam(required = false) String unit, @RequestParam(required = false) String position,
      @RequestParam(required = false) String title, @RequestParam(required = false) String level,
      @RequestParam(required = false) String year, @RequestParam(required = false) String documentNumber,
      RedirectAttributes redirect) {
    try {
      Initiative i = registry.addInitiative(new AwardRegistry.InitiativeInput(fullName,
          date(dateOfBirth, "dateOfBirth", "ngày sinh"), unitCode(unit), position, title,
          Inputs.choice(level, Initiative.Recognition.class),
          Inputs.wholeNumber(year, "year", Inputs.FIRST_YEAR, 2100, "Năm phải là số có 4 chữ số."), documentNumber),
          writer());
      redirect.addFlashAttribute("notice", "registry.saved");
      return "redirect:/registry/awardees/" + i.getAwardee().getId();
    } catch (Refusal refusal) {
      redirect.addFlashAttribute("error", refusal.getMessage());
      return "redirect:/registry";
    }
  }

  @PostMapping("/registry/initiatives/{id}/use")
  String useInitiative(@PathVariable String id, @RequestParam(required = false) String caseNumber,
      @RequestParam(required = false) String awardee, RedirectAttributes redirect) {
    Awardee a = readable(awardee);
    try {
      Integer initiative = Inputs.asWholeNumber(id);
      if (initiative == null || registry.initiativesOf(a).stream().noneMatch(i -> i.getId().longValue() == initiative)) {
        throw Refusal.notFound("Không có sáng kiến này của " + a.getFullName() + ".");
      }
      if (registry.awardsOf(a).stream().noneMatch(e -> caseNumber != null && caseNumber.equals(e.getCaseNumber()))) {
        throw Refusal.invalid("caseNumber", "Chọn một khen thưởng của " + a.getFullName() + " trong danh sách.");
      }
      registry.useInitiative(initiative, caseNumber, writer());
      redirect.addFlashAttribute("notice", "registry.linked");
    } catch (Refusal refusal) {
      redirect.addFlashAttribute("error", refusal.getMessage());
    }
    return "redirect:/registry/awardees/" + a.getId();
  }

  @PostMapping("/registry/import")
  String importWorkbook(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect)
      throws IOException {
    try {
      if (file == null || file.isEmpty()) {
        throw Refusal.invalid("file", "Chưa chọn tệp Excel.");
      }
      RegistryWorkbook.Result result = registry.importWorkbook(file.getBytes(), writer());
      if (result.errors().isEmpty()) {
        redirect.addFlashAttribute("imported", result);
      } else {
        redirect.addFlashAttribute("importErrors", result.errors());
      }
    } catch (Refusal refusal) {
      redirect.addFlashAttribute("error", refusal.getMessage());
    }
    return "redirect:/registry";
  }

  @GetMapping("/registry/template.xlsx")
  @ResponseBody
  ResponseEntity<byte[]> template() {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"so-khen-thuong-mau.xlsx\"")
        .body(registry.template());
  }

  private RegistryWriter writer() {
    CurrentUser user = CurrentUser.get();
    return RegistryWriter.of(user.id(), user.groups());
  }

  /** A unit's people read its records; a cluster's leaders their cluster's units'; the province's roles all. */
  private Set<String> readableUnits(CurrentUser user) {
    Set<String> units = new TreeSet<>(RegistryWriter.readableUnitsOf(user.groups()));
    for (String g : user.groups()) {
      if (Roles.clusterOf(g) != null) {
        organisation.unitsOf(Roles.clusterOf(g)).forEach(u -> units.add(u.getCode()));
      }
    }
    return units;
  }

  private Awardee readable(String id) {
    Integer n = Inputs.asWholeNumber(id);
    if (n == null) {
      throw Refusal.notFound("Không có người hoặc tập thể này trong sổ.");
    }
    Awardee a = registry.awardee(n);
    CurrentUser user = CurrentUser.get();
    if (!RegistryWriter.of(user.id(), user.groups()).readsAll() && !readableUnits(user).contains(a.getUnitCode())) {
      throw Refusal.notFound("Không có người hoặc tập thể này trong sổ.");
    }
    return a;
  }

  private String unitCode(String code) {
    return code == null ? null : organisation.unit(code).map(Unit::getCode).orElse(null);
  }

  private static LocalDate date(String value, String field, String label) {
    return Inputs.date(value, field, label, LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31));
  }

  @ExceptionHandler(Refusal.class)
  String refused(Refusal refusal, Model model, jakarta.servlet.http.HttpServletResponse response) {
    response.setStatus(refusal.status());
    model.addAttribute("message", refusal.getMessage());
    return "error/refused";
  }
}
