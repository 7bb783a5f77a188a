package vn.tdkt.commendation.registration;

import static vn.tdkt.commendation.registration.RegistrationProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.engine.CallerAction;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.organisation.Unit;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.registry.RegistryWorkbook;
import vn.tdkt.commendation.registry.Title;

/**
 * The units' registrations for the year's titles: drafted by a unit's nominators (form or spreadsheet), sent
 * (the product starts "emulation-registration"), accepted or returned by the cluster's leaders, corrected and
 * sent again. The status of every unit is read by its cluster's leaders and the Board.
 */
@Service("registrations")
@Transactional
@EnableConfigurationProperties(RegistrationSettings.class)
public class RegistrationService {

  static final int MAX_LINES = 2000;
  static final int COMMENT_MAX = 2000;

  private final RegistrationRepository registrations;
  private final OrganisationService organisation;
  private final RegistrationSettings settings;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final CallerAction callers;
  private final SystemAction system;
  private final Clock clock;

  RegistrationService(RegistrationRepository registrations, OrganisationService organisation,
      RegistrationSettings settings, RuntimeService runtime, TaskService tasks, CallerAction callers,
      SystemAction system, Clock clock) {
    this.registrations = registrations;
    this.organisation = organisation;
    this.settings = settings;
    this.runtime = runtime;
    this.tasks = tasks;
    this.callers = callers;
    this.system = system;
    this.clock = clock;
  }

  /** One aim as a form or a spreadsheet row gives it. */
  public record LineInput(NomineeKind kind, String name, LocalDate dateOfBirth, String position, Title title) {
  }

  /** Where a unit stands for a year: NOT_SENT covers a draft and no registration at all. */
  public enum UnitStatus { NOT_SENT, SENT, RETURNED, ACCEPTED }

  /** A unit and its status, for the cluster's leaders and the Board. */
  public record UnitRow(Unit unit, UnitStatus status, Registration registration) {
  }

  // ------------------------------------------------------------------ the unit's draft

  @Transactional(readOnly = true)
  public Optional<Registration> find(String unitCode, int year) {
    return registrations.findByUnitCodeAndEmulationYear(unitCode, year).map(r -> {
      r.getLines().size();
      return r;
    });
  }

  public Registration addLine(String unitCode, int year, LineInput in, String userId, List<String> groups) {
    Registration r = editable(unitCode, year, groups);
    List<String> problems = check(in);
    if (!problems.isEmpty()) {
      throw Refusal.invalid(null, String.join(" ", problems));
    }
    if (r.getLines().size() >= MAX_LINES) {
      throw Refusal.invalid(null, "Một bản đăng ký có tối đa " + MAX_LINES + " dòng.");
    }
    r.addLine(new RegistrationLine(in.kind(), in.name(), in.dateOfBirth(), in.position(), in.title()), clock.instant());
    return r;
  }

  public void removeLine(String unitCode, int year, long lineId, List<String> groups) {
    editable(unitCode, year, groups).removeLine(lineId, clock.instant());
  }

  /** The spreadsheet replaces the draft's lines; a wrong row keeps everything as it was and lists the rows. */
  public List<RegistryWorkbook.RowError> importLines(String unitCode, int year, byte[] content, List<String> groups) {
    Registration r = editable(unitCode, year, groups);
    RegistrationWorkbook.Parsed parsed = RegistrationWorkbook.parse(content, MAX_LINES, this::check);
    if (!parsed.errors().isEmpty()) {
      return parsed.errors();
    }
    r.replaceLines(parsed.lines().stream()
        .map(in -> new RegistrationLine(in.kind(), in.name(), in.dateOfBirth(), in.position(), in.title())).toList(),
        clock.instant());
    return List.of();
  }

  /**
   * The unit's nominator sends the registration: the first time the product starts its process; after a return,
   * sending completes the unit's correction task as the caller.
   */
  public Registration send(String unitCode, int year, String userId, List<String> groups) {
    Registration r = editable(unitCode, year, groups);
    if (r.getLines().isEmpty()) {
      throw Refusal.invalid(null, "Bản đăng ký chưa có dòng nào.");
    }
    if (r.getStatus() == Registration.Status.RETURNED && r.getProcessInstanceId() != null) {
      Task revise = tasks.createTaskQuery().processInstanceId(r.getProcessInstanceId()).taskDefinitionKey(REVISE)
          .singleResult();
      if (revise != null) {
        // as the caller: the engine's guards check that they are a candidate of the task
        callers.run(userId, groups, () -> tasks.complete(revise.getId(), Map.of(VAR_REVISE_OUTCOME, RESUBMIT)));
        return r;
      }
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_REGISTRATION_ID, r.getId());
    variables.put(VAR_INITIATOR, userId);
    system.run(() -> runtime.startProcessInstanceByKey(KEY, "DK-" + unitCode + "-" + year, variables));
    return r;
  }

  private Registration editable(String unitCode, int year, List<String> groups) {
    if (!groups.contains(Roles.nominators(unitCode)) && !groups.contains(Roles.ADMIN)) {
      throw Refusal.forbidden(null, "Chỉ cán bộ đề nghị khen thưởng của đơn vị được lập, gửi bản đăng ký của đơn vị.");
    }
    Unit unit = organisation.unit(unitCode).orElseThrow(() -> Refusal.notFound("Không có đơn vị " + unitCode + "."));
    int thisYear = LocalDate.now(clock).getYear();
    if (year < thisYear || year > thisYear + 1) {
      throw Refusal.invalid("year", "Chỉ đăng ký cho năm " + thisYear + " hoặc " + (thisYear + 1) + ".");
    }
    Registration r = registrations.findByUnitCodeAndEmulationYear(unitCode, year)
        .orElseGet(() -> registrations.save(new Registration(unitCode, unit.getClusterCode(), year, clock.instant())));
    if (!r.editable()) {
      throw Refusal.conflict(null, "Bản đăng ký năm " + year + " đã gửi"
          + (r.getStatus() == Registration.Status.ACCEPTED ? " và được chấp nhận." : ", đang chờ trưởng cụm xem xét."));
    }
    return r;
  }

  List<String> check(LineInput in) {
    List<String> p = new ArrayList<>();
    if (in.kind() == null) {
      p.add("Chưa chọn cá nhân hay tập thể.");
    }
    if (in.name() == null || in.name().isBlank()) {
      p.add("Thiếu họ tên (tên tập thể).");
    } else if (in.name().strip().length() > 200) {
      p.add("Họ tên dài quá 200 ký tự.");
    }
    if (in.position() != null && in.position().strip().length() > 200) {
      p.add("Chức vụ dài quá 200 ký tự.");
    }
    if (in.title() == null) {
      p.add("Chưa chọn danh hiệu, hình thức đăng ký.");
    } else {
      if (in.title().level() == Title.Level.RATING) {
        p.add("\"" + in.title().label() + "\" là xếp loại, không đăng ký.");
      }
      if (in.kind() != null && !in.title().fits(in.kind())) {
        p.add(in.title().label() + " không áp dụng cho " + (in.kind() == NomineeKind.INDIVIDUAL ? "cá nhân." : "tập thể."));
      }
    }
    if (in.kind() == NomineeKind.COLLECTIVE && in.dateOfBirth() != null) {
      p.add("Tập thể không có ngày sinh.");
    }
    return p;
  }

  // ------------------------------------------------------------------ the process steps

  /** The first step: the record says who reviews and where it goes (nothing a caller chose). */
  Registration submitted(long id, String processInstanceId, String by) {
    Registration r = get(id);
    r.linkProcess(processInstanceId);
    LocalDate today = LocalDate.now(clock);
    r.sent(by, today.isAfter(settings.getDeadline().atYear(r.getEmulationYear())), clock.instant());
    return r;
  }

  void reviewed(long id, boolean accepted, String by, String comment) {
    get(id).reviewed(accepted, by, comment, clock.instant());
  }

  void withdrawn(long id) {
    get(id).withdrawn(clock.instant());
  }

  @Transactional(readOnly = true)
  public Registration get(long id) {
    Registration r = registrations.findById(id).orElseThrow(() -> Refusal.notFound("Không có bản đăng ký số " + id + "."));
    r.getLines().size();
    return r;
  }

  /** A summary of the aims for the task forms: "Chiến sĩ thi đua cơ sở: 3; Lao động tiên tiến: 12". */
  static String summary(Registration r) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    r.getLines().forEach(l -> counts.merge(l.getTitle().label(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((title, n) -> parts.add(title + ": " + n));
    return String.join("; ", parts);
  }

  // ------------------------------------------------------------------ status for the cluster and the Board

  /** Every unit of the clusters (all of them for the Board) with its status for the year. */
  @Transactional(readOnly = true)
  public List<UnitRow> statusOf(List<Unit> units, int year) {
    Map<String, Registration> byUnit = new HashMap<>();
    registrations.findByEmulationYear(year).forEach(r -> byUnit.put(r.getUnitCode(), r));
    return units.stream().map(u -> {
      Registration r = byUnit.get(u.getCode());
      return new UnitRow(u, statusOf(r), r);
    }).toList();
  }

  static UnitStatus statusOf(Registration r) {
    if (r == null) {
      return UnitStatus.NOT_SENT;
    }
    return switch (r.getStatus()) {
      case DRAFT -> UnitStatus.NOT_SENT;
      case SENT -> UnitStatus.SENT;
      case RETURNED -> UnitStatus.RETURNED;
      case ACCEPTED -> UnitStatus.ACCEPTED;
    };
  }

  public LocalDate deadline(int year) {
    return settings.getDeadline().atYear(year);
  }

  public int thisYear() {
    return LocalDate.now(clock).getYear();
  }
}
