package vn.tdkt.commendation.movement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.problem.Refusal;

/**
 * Emulation movements: launched by the Board for the province or a cluster, or by a cluster's leaders for
 * their own cluster; read by everyone. Thematic commendation campaigns and the statistics read them here.
 */
@Service
@Transactional
public class Movements {

  static final int NAME_MAX = 300;
  static final int TEXT_MAX = 4000;
  static final int DOCUMENT_MAX = 300;
  static final long FILE_MAX = 10L * 1024 * 1024;

  private final MovementRepository movements;
  private final OrganisationService organisation;
  private final Clock clock;

  Movements(MovementRepository movements, OrganisationService organisation, Clock clock) {
    this.movements = movements;
    this.organisation = organisation;
    this.clock = clock;
  }

  /** What a launch gives; the file is the launching document as PDF, optional. */
  public record Launch(String name, String content, String criteria, LocalDate startsOn, LocalDate endsOn,
      Movement.Scope scope, String clusterCode, Movement.Method method, String launchingDocument, String fileName,
      byte[] file) {
  }

  public Movement launch(Launch in, String userId, List<String> groups) {
    boolean board = groups.contains(Roles.BOARD_OFFICERS) || groups.contains(Roles.BOARD_HEADS)
        || groups.contains(Roles.ADMIN);
    String name = Inputs.text(in.name(), "name", "tên phong trào", NAME_MAX, true);
    String content = Inputs.text(in.content(), "content", "nội dung phong trào", TEXT_MAX, true);
    String criteria = Inputs.text(in.criteria(), "criteria", "tiêu chí thi đua", TEXT_MAX, false);
    String document = Inputs.text(in.launchingDocument(), "launchingDocument", "văn bản phát động", DOCUMENT_MAX, false);
    if (in.startsOn() == null || in.endsOn() == null) {
      throw Refusal.invalid("startsOn", "Cần ngày bắt đầu và ngày kết thúc phong trào.");
    }
    if (in.endsOn().isBefore(in.startsOn())) {
      throw Refusal.invalid("endsOn", "Ngày kết thúc phải sau ngày bắt đầu.");
    }
    if (in.scope() == null || in.method() == null) {
      throw Refusal.invalid("scope", "Chọn phạm vi (toàn tỉnh hoặc một cụm) và hình thức (thường xuyên hoặc chuyên đề).");
    }
    String cluster = null;
    if (in.scope() == Movement.Scope.CLUSTER) {
      cluster = organisation.cluster(in.clusterCode() == null ? "" : in.clusterCode())
          .orElseThrow(() -> Refusal.invalid("clusterCode", "Chọn cụm thi đua phát động phong trào.")).getCode();
    }
    boolean leader = cluster != null && groups.contains(Roles.clusterLeaders(cluster));
    if (!board && !leader) {
      throw Refusal.forbidden("scope", in.scope() == Movement.Scope.PROVINCE
          ? "Chỉ Ban Thi đua – Khen thưởng tỉnh phát động phong trào toàn tỉnh."
          : "Chỉ trưởng cụm phát động phong trào của cụm mình.");
    }
    Movement m = new Movement(name, content, criteria, in.startsOn(), in.endsOn(), in.scope(), cluster, in.method(),
        document, userId, clock.instant());
    if (in.file() != null && in.file().length > 0) {
      if (in.file().length > FILE_MAX) {
        throw Refusal.invalid("file", "Văn bản phát động quá 10 MB.");
      }
      if (!isPdf(in.file()) || in.fileName() == null || !in.fileName().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
        throw Refusal.invalid("file", "Văn bản phát động phải là tệp PDF.");
      }
      m.attach(in.fileName().length() > 255 ? in.fileName().substring(in.fileName().length() - 255) : in.fileName(),
          "application/pdf", in.file());
    }
    return movements.save(m);
  }

  private static boolean isPdf(byte[] file) {
    return file.length > 4 && file[0] == '%' && file[1] == 'P' && file[2] == 'D' && file[3] == 'F';
  }

  @Transactional(readOnly = true)
  public List<Movement> all() {
    return movements.findAllByOrderByStartsOnDescIdDesc();
  }

  /** The movements running on a day, newest first (the public page). */
  @Transactional(readOnly = true)
  public List<Movement> runningOn(LocalDate day) {
    return movements.findByStartsOnLessThanEqualAndEndsOnGreaterThanEqualOrderByStartsOnDesc(day, day);
  }

  /** The movements launched (started) within the dates: the statistics' count. */
  @Transactional(readOnly = true)
  public List<Movement> startedBetween(LocalDate from, LocalDate to) {
    return movements.findByStartsOnBetweenOrderByStartsOn(from, to);
  }

  @Transactional(readOnly = true)
  public Optional<Movement> find(long id) {
    return movements.findById(id);
  }

  @Transactional(readOnly = true)
  public Movement get(long id) {
    return find(id).orElseThrow(() -> Refusal.notFound("Không có phong trào thi đua số " + id + "."));
  }

  /** The launching document's bytes (read inside the transaction: the column is lazy). */
  @Transactional(readOnly = true)
  public Optional<byte[]> document(long id) {
    Movement m = get(id);
    return m.getFileContent() == null ? Optional.empty() : Optional.of(m.getFileContent().clone());
  }
}
