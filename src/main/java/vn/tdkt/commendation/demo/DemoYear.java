package vn.tdkt.commendation.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.covenant.CovenantProcess;
import vn.tdkt.commendation.covenant.CovenantService;
import vn.tdkt.commendation.engine.CallerAction;
import vn.tdkt.commendation.movement.Movement;
import vn.tdkt.commendation.movement.Movements;
import vn.tdkt.commendation.registration.RegistrationProcess;
import vn.tdkt.commendation.registration.RegistrationService;
import vn.tdkt.commendation.registry.AwardRegistry;
import vn.tdkt.commendation.registry.Initiative;
import vn.tdkt.commendation.registry.RegistryWriter;
import vn.tdkt.commendation.registry.Title;

/**
 * The emulation year of the demo (profile "demo" only), once: a movement launched by the Board; the registrations of
 * Cục THADS and Công an tỉnh accepted by Cụm 9's leader (the other units: not sent); Cụm 9's covenant signed by its
 * seven heads (no process is left waiting, so the demo's instances all end as before);
 * and registry records that make the walk-through's nominations pass or fail for reasons the official can read:
 * <ul>
 * <li>Nguyễn Thị Mai (THADS): two excellent years, two grassroots fighter titles, two initiatives — a certificate of
 * merit passes on the registry's records;</li>
 * <li>Lê Văn Hùng (THADS): one grassroots fighter title — a provincial fighter declaring three fails, "kê khai 3, sổ
 * ghi 1";</li>
 * <li>Trần Thị Lan (THADS): already a certificate of merit this year — a provincial fighter needs the Board's reason.</li>
 * </ul>
 */
@Component
@Profile("demo")
public class DemoYear {

  private static final Logger LOG = LoggerFactory.getLogger(DemoYear.class);
  static final LocalDate MAI_BORN = LocalDate.of(1986, 5, 12);
  static final LocalDate HUNG_BORN = LocalDate.of(1979, 9, 2);
  static final LocalDate LAN_BORN = LocalDate.of(1990, 2, 20);
  static final List<String> HEADS = List.of("head.qs", "head.bdbp", "head.ca", "head.vks", "head.tand", "head.thads",
      "head.pccc");

  private final Movements movements;
  private final RegistrationService registrations;
  private final CovenantService covenants;
  private final AwardRegistry registry;
  private final IdentityService identity;
  private final TaskService tasks;
  private final CallerAction callers;
  private final Clock clock;

  DemoYear(Movements movements, RegistrationService registrations, CovenantService covenants, AwardRegistry registry,
      IdentityService identity, TaskService tasks, CallerAction callers, Clock clock) {
    this.callers = callers;
    this.movements = movements;
    this.registrations = registrations;
    this.covenants = covenants;
    this.registry = registry;
    this.identity = identity;
    this.tasks = tasks;
    this.clock = clock;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(50)
  public void seed() {
    int year = LocalDate.now(clock).getYear();
    if (!movements.all().isEmpty() || registrations.find("thads", year).isPresent()) {
      return;
    }
    try {
      seed(year);
    } catch (RuntimeException e) {
      // another node of the same database seeding at the same moment, or an older demo database: the demo runs without
      LOG.warn("Demo emulation year not (fully) seeded: {}", e.getMessage());
    }
  }

  private void seed(int year) {
    movements.launch(new Movements.Launch("Thi đua thực hiện thắng lợi nhiệm vụ năm " + year,
        "Phát động phong trào thi đua yêu nước trong các cơ quan, đơn vị trên địa bàn tỉnh, hoàn thành toàn diện nhiệm "
            + "vụ chính trị năm " + year + ".", "Hoàn thành vượt mức chỉ tiêu được giao; có mô hình mới, cách làm hay.",
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Movement.Scope.PROVINCE, null, Movement.Method.REGULAR,
        "Kế hoạch số 15/KH-UBND ngày 10/01/" + year + " của UBND tỉnh", null, null), "officer.ban",
        List.of("board-officers"));
    registry();
    registrations(year);
    try {
      covenant(year);
    } catch (RuntimeException e) {
      // a database from before has a round of Cụm 9 this year: its criteria can no longer become a covenant's
      LOG.warn("Demo covenant of Cụm 9 not signed: {}", e.getMessage());
    }
    LOG.info("Demo emulation year {} ready: a movement, Cụm 9's registrations and signed covenant, registry records", year);
  }

  private void registry() {
    int year = LocalDate.now(clock).getYear();
    RegistryWriter board = RegistryWriter.of("officer.ban", List.of("board-officers"));
    for (int y : List.of(year - 1, year)) {
      entry(board, "Nguyễn Thị Mai", MAI_BORN, Title.HOAN_THANH_XUAT_SAC, y);
      entry(board, "Nguyễn Thị Mai", MAI_BORN, Title.CSTD_CO_SO, y);
    }
    initiative(board, "Nguyễn Thị Mai", MAI_BORN, "Quy trình xác minh điều kiện thi hành án bằng dữ liệu điện tử", year - 1);
    initiative(board, "Nguyễn Thị Mai", MAI_BORN, "Sổ tay nghiệp vụ chấp hành viên", year);
    entry(board, "Lê Văn Hùng", HUNG_BORN, Title.CSTD_CO_SO, year);
    initiative(board, "Lê Văn Hùng", HUNG_BORN, "Phần mềm theo dõi thời hạn thi hành án", year);
    entry(board, "Trần Thị Lan", LAN_BORN, Title.CSTD_CO_SO, year - 2);
    entry(board, "Trần Thị Lan", LAN_BORN, Title.CSTD_CO_SO, year - 1);
    entry(board, "Trần Thị Lan", LAN_BORN, Title.CSTD_CO_SO, year);
    initiative(board, "Trần Thị Lan", LAN_BORN, "Mô hình tiếp công dân lưu động", year);
    registry.addEntry(new AwardRegistry.EntryInput(NomineeKind.INDIVIDUAL, "Trần Thị Lan", LAN_BORN, "thads",
        "Thẩm tra viên", Title.BANG_KHEN_CHU_TICH_TINH, year, "215/QĐ-UBND", LocalDate.of(year, 4, 28),
        "Chủ tịch UBND tỉnh"), board);
  }

  private void entry(RegistryWriter board, String name, LocalDate born, Title title, int year) {
    boolean rating = title.level() == Title.Level.RATING;
    registry.addEntry(new AwardRegistry.EntryInput(NomineeKind.INDIVIDUAL, name, born, "thads", "Chấp hành viên", title,
        year, rating ? null : year % 100 + "/QĐ-CTHADS", rating ? null : LocalDate.of(year, 12, 20),
        rating ? null : "Cục trưởng Cục Thi hành án dân sự tỉnh"), board);
  }

  private void initiative(RegistryWriter board, String name, LocalDate born, String title, int year) {
    registry.addInitiative(new AwardRegistry.InitiativeInput(name, born, "thads", "Chấp hành viên", title,
        Initiative.Recognition.GRASSROOTS, year, "0" + (year % 100) + "/QĐ-HĐSK"), board);
  }

  private void registrations(int year) {
    List<String> thads = List.of("unit-thads-nominators");
    line("thads", year, NomineeKind.COLLECTIVE, "Cục Thi hành án dân sự tỉnh", null, Title.CO_THI_DUA_TINH, thads);
    line("thads", year, NomineeKind.INDIVIDUAL, "Nguyễn Thị Mai", MAI_BORN, Title.BANG_KHEN_CHU_TICH_TINH, thads);
    line("thads", year, NomineeKind.INDIVIDUAL, "Lê Văn Hùng", HUNG_BORN, Title.CSTD_TINH, thads);
    line("thads", year, NomineeKind.INDIVIDUAL, "Trần Thị Lan", LAN_BORN, Title.CSTD_TINH, thads);
    sendAndAccept("thads", year, thads);
    List<String> ca = List.of("unit-ca-nominators");
    line("ca", year, NomineeKind.COLLECTIVE, "Phòng Cảnh sát hình sự", null, Title.BANG_KHEN_CHU_TICH_TINH, ca);
    line("ca", year, NomineeKind.INDIVIDUAL, "Phạm Minh Đức", LocalDate.of(1985, 8, 19), Title.CSTD_TINH, ca);
    sendAndAccept("ca", year, ca);
  }

  private void sendAndAccept(String unit, int year, List<String> groups) {
    registrations.send(unit, year, "nominator." + unit, groups);
    Task review = tasks.createTaskQuery().processInstanceBusinessKey("DK-" + unit + "-" + year)
        .taskDefinitionKey(RegistrationProcess.REVIEW).singleResult();
    as("lead.cum9", () -> tasks.complete(review.getId(), Map.of(RegistrationProcess.VAR_REVIEW_OUTCOME,
        RegistrationProcess.ACCEPT_YES)));
  }

  private void line(String unit, int year, NomineeKind kind, String name, LocalDate born, Title title,
      List<String> groups) {
    registrations.addLine(unit, year, new RegistrationService.LineInput(kind, name, born,
        kind == NomineeKind.INDIVIDUAL ? "Chấp hành viên" : null, title), "nominator." + unit, groups);
  }

  private void covenant(int year) {
    List<String> leaders = List.of("cluster-cum9-leaders");
    covenants.draft("cum9", year, "Giao ước thi đua năm " + year + " của Cụm thi đua số 9",
        covenants.startingTargets("cum9", year), "lead.cum9", leaders);
    covenants.sendForSigning("cum9", year, "lead.cum9", leaders);
    for (String head : HEADS) {
      String unit = head.substring("head.".length());
      Task sign = tasks.createTaskQuery().processInstanceBusinessKey("GU-cum9-" + year)
          .taskDefinitionKey(CovenantProcess.SIGN).taskCandidateGroup("unit-" + unit + "-heads").singleResult();
      as(head, () -> tasks.complete(sign.getId(), Map.of(CovenantProcess.VAR_SIGN_OUTCOME, CovenantProcess.SIGN_YES)));
    }
  }

  /** As the demo person, with their groups: the engine's guards see who acts. */
  private void as(String userId, Runnable action) {
    callers.run(userId, identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList(),
        action);
  }
}
