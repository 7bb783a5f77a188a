package vn.tdkt.commendation.movement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.security.CurrentUser;

/** The movements' pages: the public list and each movement (no login); the launch form (Board, cluster leaders). */
@Controller
class MovementController {

  private final Movements movements;
  private final OrganisationService organisation;
  private final Clock clock;

  MovementController(Movements movements, OrganisationService organisation, Clock clock) {
    this.movements = movements;
    this.organisation = organisation;
    this.clock = clock;
  }

  @GetMapping("/movements")
  String list(Model model) {
    model.addAttribute("movements", movements.all());
    CurrentUser user = CurrentUser.get();
    model.addAttribute("canLaunch", user != null && user.groups().stream().anyMatch(g -> g.equals(Roles.BOARD_OFFICERS)
        || g.equals(Roles.BOARD_HEADS) || g.equals(Roles.ADMIN) || Roles.clusterOf(g) != null));
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("clusterNames", clusterNames());
    return "movements/list";
  }

  @GetMapping("/movements/{id:\\d+}")
  String show(@PathVariable String id, Model model) {
    model.addAttribute("m", movements.get(number(id)));
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("clusterNames", clusterNames());
    return "movements/show";
  }

  @GetMapping("/movements/{id:\\d+}/document")
  @ResponseBody
  ResponseEntity<byte[]> document(@PathVariable String id) {
    Movement m = movements.get(number(id));
    byte[] content = movements.document(m.getId())
        .orElseThrow(() -> Refusal.notFound("Phong trào này không đính kèm văn bản phát động."));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(m.getFileName(), StandardCharsets.UTF_8).build().toString())
        .body(content);
  }

  @GetMapping("/movements/new")
  String form(Model model) {
    List<String> groups = CurrentUser.get().groups();
    boolean board = groups.contains(Roles.BOARD_OFFICERS) || groups.contains(Roles.BOARD_HEADS)
        || groups.contains(Roles.ADMIN);
    model.addAttribute("board", board);
    model.addAttribute("clusters", organisation.clustersByCode().values().stream()
        .filter(c -> board || groups.contains(Roles.clusterLeaders(c.getCode()))).toList());
    model.addAttribute("today", LocalDate.now(clock));
    return "movements/new";
  }

  @PostMapping("/movements")
  String launch(@RequestParam(required = false) String name, @RequestParam(required = false) String content,
      @RequestParam(required = false) String criteria, @RequestParam(required = false) String startsOn,
      @RequestParam(required = false) String endsOn, @RequestParam(required = false) String scope,
      @RequestParam(required = false) String clusterCode, @RequestParam(required = false) String method,
      @RequestParam(required = false) String launchingDocument, @RequestParam(required = false) MultipartFile file,
      RedirectAttributes redirect) throws IOException {
    CurrentUser user = CurrentUser.get();
    try {
      Movement m = movements.launch(new Movements.Launch(name, content, criteria, date(startsOn, "startsOn"),
          date(endsOn, "endsOn"), Inputs.choice(scope, Movement.Scope.class), clusterCode,
          Inputs.choice(method, Movement.Method.class), launchingDocument,
          file == null || file.isEmpty() ? null : file.getOriginalFilename(),
          file == null || file.isEmpty() ? null : file.getBytes()), user.id(), user.groups());
      redirect.addFlashAttribute("notice", "movement.launched");
      return "redirect:/movements/" + m.getId();
    } catch (Refusal refusal) {
      redirect.addFlashAttribute("error", refusal.getMessage());
      return "redirect:/movements/new";
    }
  }

  private java.util.Map<String, String> clusterNames() {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    organisation.clustersByCode().values().forEach(c -> names.put(c.getCode(), c.getName()));
    return names;
  }

  private static long number(String id) {
    Integer n = Inputs.asWholeNumber(id);
    if (n == null) {
      throw Refusal.notFound("Không có phong trào thi đua này.");
    }
    return n;
  }

  private static LocalDate date(String value, String field) {
    return Inputs.date(value, field, "ngày", LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31));
  }

  @ExceptionHandler(Refusal.class)
  String refused(Refusal refusal, Model model, jakarta.servlet.http.HttpServletResponse response) {
    response.setStatus(refusal.status());
    model.addAttribute("message", refusal.getMessage());
    return "error/refused";
  }
}
