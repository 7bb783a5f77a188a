package vn.tdkt.commendation.registration;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

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
import vn.tdkt.commendation.registry.RegistryWorkbook;
import vn.tdkt.commendation.registry.Title;
import vn.tdkt.commendation.security.CurrentUser;

/**
 * The registration pages: a unit's people draft, import and send their registration; its cluster's leaders and
 * the Board see every unit's status and read each registration.
 */
@Controller
class RegistrationController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final RegistrationService registrations;
  private final OrganisationService organisation;

  RegistrationController(RegistrationService registrations, OrganisationService organisation) {
    this.registrations = registrations;
    this.organisation = organisation;
  }

  /** The caller's overview: their unit's registration, their cluster's or the province's statuses. */
  @GetMapping("/registrations")
  String index(@RequestParam(required = false) String year, Model model) {
    int y = year(year);
    CurrentUser user = CurrentUser.get();
    model.addAttribute("year", y);
    model.addAttribute("deadline", registrations.deadline(y));
    model.addAttribute("ownUnits", user.groups().stream().map(Roles::unitOf).filter(u -> u != null).distinct()
        .map(organisation::unit).flatMap(java.util.Optional::stream).toList());
    List<Unit> watched = watched(user.groups());
    model.addAttribute("statuses", registrations.statusOf(watched, y));
    model.addAttribute("clusterNames", organisation.clustersByCode().values().stream()
        .collect(java.util.stream.Collectors.toMap(c -> c.getCode(), c -> c.getName())));
    return "registrations/index";
  }

  @GetMapping("/registrations/{unit}/{year}")
  String show(@PathVariable String unit, @PathVariable String year, Model model) {
    Unit u = readable(unit);
    int y = year(year);
    CurrentUser user = CurrentUser.get();
    Registration r = registrations.find(u.getCode(), y).orElse(null);
    boolean nominator = user.groups().contains(Roles.nominators(u.getCode()));
    model.addAttribute("unit", u);
    model.addAttribute("year", y);
    model.addAttribute("registration", r);
    model.addAttribute("status", RegistrationService.statusOf(r));
    model.addAttribute("deadline", registrations.deadline(y));
    model.addAttribute("canEdit", nominator && (r == null || r.editable()) && y >= registrations.thisYear());
    model.addAttribute("titles", RegistrationWorkbook.registrable());
    return "registrations/show";
  }

  @PostMapping("/registrations/{unit}/{year}/lines")
  String addLine(@PathVariable String unit, @PathVariable String year, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String name, @RequestParam(required = false) String dateOfBirth,
      @RequestParam(required = false) String position, @RequestParam(required = false) String title,
      RedirectAttributes redirect) {
    CurrentUser user = CurrentUser.get();
    try {
      registrations.addLine(unit, year(year), new RegistrationService.LineInput(Inputs.choice(kind, NomineeKind.class),
          name, Inputs.date(dateOfBirth, "dateOfBirth", "ngày sinh", LocalDate.of(1900, 1, 1), LocalDate.now()),
          position, Inputs.choice(title, Title.class)), user.id(), user.groups());
      redirect.addFlashAttribute("notice", "registration.lineAdded");
    } catch (Refusal refusal) {
      redirect.addFlashAttribute("error", refusal.getMessage());
    }
    return back(unit, year);
  }

  @PostMapping("/registrations/{unit}/{year}/lines/{id}/delete")
  String removeLine(@PathVariable String unit, @PathVariable String year, @PathVariable String id,
      RedirectAttributes redirect) {
    Integer line = Inputs.asWholeNumber(id);
    try {
      if (line != null) {
        registrations.removeLine(unit, year(year), line, CurrentUser.get().groups());
      }
    } catch (Refusal refusal) {
      redirect.addFlashAttribute("error", refusal.getMessage());
    }
    return back(unit, year);
  }

  @PostMapping("/registrations/{unit}/{year}/import")
  String importLines(@PathVariable String unit, @PathVariable String year,
      @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
    try {
      if (file == null || file.isEmpty()) {
        throw Refusal.invalid("file", "Chưa chọn tệp Excel.");
      }
      List<RegistryWorkbook.RowError> errors = registrations.importLines(unit, year(year), file.getBytes(),
          CurrentUser.get().groups());
      if (errors.isEmpty()) {
        redirect.addFlashAttribute("notice", "registration.imported");
      } else {
        redirect.addFlashAttribute("importErrors", errors);
      }
    } catch (Refusal refusal) {
      redirect.addFlashAttribute("error", refusal.getMessage());
    }
    return back(unit, year);
  }

  @PostMapping("/registrations/{unit}/{year}/send")
  String send(@PathVariable String unit, @PathVariable String year, RedirectAttributes redirect) {
    CurrentUser user = CurrentUser.get();
    try {
      registrations.send(unit, year(year), user.id(), user.groups());
      redirect.addFlashAttribute("notice", "registration.sent");
    } catch (Refusal refusal) {
      redirect.addFlashAttribute("error", refusal.getMessage());
    }
    return back(unit, year);
  }

  @GetMapping("/registrations/template.xlsx")
  @ResponseBody
  ResponseEntity<byte[]> template() {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dang-ky-thi-dua-mau.xlsx\"")
        .body(RegistrationWorkbook.template());
  }

  /** The units whose status the caller follows: all for the province's roles, a cluster's for its leaders. */
  private List<Unit> watched(List<String> groups) {
    if (groups.stream().anyMatch(Roles::readsEveryCase)) {
      return organisation.allUnits();
    }
    return groups.stream().map(Roles::clusterOf).filter(c -> c != null).distinct()
        .flatMap(c -> organisation.unitsOf(c).stream()).toList();
  }

  private Unit readable(String code) {
    Unit u = organisation.unit(code).orElseThrow(() -> Refusal.notFound("Không có đơn vị " + code + "."));
    List<String> groups = CurrentUser.get().groups();
    boolean allowed = groups.stream().anyMatch(g -> Roles.readsEveryCase(g) || code.equals(Roles.unitOf(g))
        || u.getClusterCode().equals(Roles.clusterOf(g)));
    if (!allowed) {
      throw Refusal.notFound("Không có bản đăng ký này trong phạm vi của bạn.");
    }
    return u;
  }

  private int year(String value) {
    Integer y = Inputs.asWholeNumber(value);
    int thisYear = registrations.thisYear();
    return y == null || y < Inputs.FIRST_YEAR || y > thisYear + 1 ? thisYear : y;
  }

  /** Back to the registration, only with a code and a year that look like one (never an address of the caller's). */
  private static String back(String unit, String year) {
    return unit.matches("[A-Za-z0-9._-]{1,32}") && year.matches("\\d{4}")
        ? "redirect:/registrations/" + unit + "/" + year : "redirect:/registrations";
  }

  @ExceptionHandler(Refusal.class)
  String refused(Refusal refusal, Model model, jakarta.servlet.http.HttpServletResponse response) {
    response.setStatus(refusal.status());
    model.addAttribute("message", refusal.getMessage());
    return "error/refused";
  }
}
