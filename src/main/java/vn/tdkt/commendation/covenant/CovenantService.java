package vn.tdkt.commendation.covenant;

import static vn.tdkt.commendation.covenant.CovenantProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.cluster.CriteriaService;
import vn.tdkt.commendation.cluster.Criterion;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.engine.CallerAction;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.official.IssuedDocument;
import vn.tdkt.commendation.official.IssuedDocuments;
import vn.tdkt.commendation.organisation.Cluster;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.organisation.Unit;
import vn.tdkt.commendation.problem.Refusal;

/**
 * The clusters' covenants: the leaders draft the targets (from the cluster's criteria), the product sends it round
 * ("emulation-covenant"): every member unit's head signs or objects; when all signed, the covenant is issued as a
 * document and its targets become the year's criteria, which the cluster's rounds score against (and which stay
 * fixed: {@link CovenantLock}); an objection sends it back to the leaders, who revise it and send it round again,
 * or cancel it.
 */
@Service("covenants")
@Transactional
@EnableConfigurationProperties(CovenantSettings.class)
public class CovenantService {

  static final int TITLE_MAX = 300;
  static final int COMMENT_MAX = 2000;

  private final CovenantRepository covenants;
  private final CriteriaService criteria;
  private final OrganisationService organisation;
  private final IssuedDocuments issued;
  private final CovenantDocument document;
  private final CovenantSettings settings;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final CallerAction callers;
  private final SystemAction system;
  private final Clock clock;

  CovenantService(CovenantRepository covenants, CriteriaService criteria, OrganisationService organisation,
      IssuedDocuments issued, CovenantDocument document, CovenantSettings settings, RuntimeService runtime,
      TaskService tasks, CallerAction callers, SystemAction system, Clock clock) {
    this.covenants = covenants;
    this.criteria = criteria;
    this.organisation = organisation;
    this.issued = issued;
    this.document = document;
    this.settings = settings;
    this.runtime = runtime;
    this.tasks = tasks;
    this.callers = callers;
    this.system = system;
    this.clock = clock;
  }

  /** A target as the leaders write it. */
  public record Line(String name, int maxPoints) {
  }

  @Transactional(readOnly = true)
  public Optional<Covenant> find(String clusterCode, int year) {
    return covenants.findByClusterCodeAndEmulationYear(clusterCode, year).map(c -> {
      c.getTargets().size();
      c.getSignatures().size();
      return c;
    });
  }

  /** The targets a new draft starts from: the cluster's criteria of the year, else the usual ones. */
  @Transactional(readOnly = true)
  public List<Line> startingTargets(String clusterCode, int year) {
    List<Criterion> existing = criteria.of(clusterCode, year);
    return existing.isEmpty()
        ? CriteriaService.DEFAULTS.stream().map(l -> new Line(l.name(), l.maxPoints())).toList()
        : existing.stream().map(c -> new Line(c.getName(), c.getMaxPoints())).toList();
  }

  /** The leaders write the title and the targets (refused once it is out for signing or signed). */
  public Covenant draft(String clusterCode, int year, String title, List<Line> lines, String userId, List<String> groups) {
    Cluster cluster = leaderOf(clusterCode, groups);
    String t = Inputs.text(title, "title", "tên giao ước", TITLE_MAX, true);
    if (lines.isEmpty() || lines.size() > 30) {
      throw Refusal.invalid("targets", "Cần từ 1 đến 30 chỉ tiêu.");
    }
    List<CovenantTarget> targets = new ArrayList<>();
    for (Line l : lines) {
      if (l.name() == null || l.name().isBlank() || l.name().strip().length() > 300) {
        throw Refusal.invalid("targets", "Tên chỉ tiêu phải có, tối đa 300 ký tự.");
      }
      if (l.maxPoints() < 1 || l.maxPoints() > 1000) {
        throw Refusal.invalid("targets", "Điểm của \"" + l.name().strip() + "\" phải từ 1 đến 1000.");
      }
      targets.add(new CovenantTarget(l.name().strip(), l.maxPoints()));
    }
    Covenant c = covenants.findByClusterCodeAndEmulationYear(cluster.getCode(), year)
        .orElseGet(() -> covenants.save(new Covenant(cluster.getCode(), year, t, userId, clock.instant())));
    if (!c.editable()) {
      throw Refusal.conflict(null, "Giao ước năm " + year + " đang được các đơn vị ký hoặc đã ký: không sửa được.");
    }
    c.clearTargets();
    covenants.flush();
    c.draft(t, targets, userId, clock.instant());
    return c;
  }

  /**
   * Sends the draft round for signing: the first time the product starts the process; after an objection the
   * leader's revision task completes as the caller. The targets become the year's criteria now, so that a round
   * already begun refuses here rather than at the last signature.
   */
  public Covenant sendForSigning(String clusterCode, int year, String userId, List<String> groups) {
    Cluster cluster = leaderOf(clusterCode, groups);
    Covenant c = covenants.findByClusterCodeAndEmulationYear(cluster.getCode(), year)
        .orElseThrow(() -> Refusal.invalid(null, "Chưa có dự thảo giao ước năm " + year + "."));
    if (c.getTargets().isEmpty()) {
      throw Refusal.invalid(null, "Giao ước chưa có chỉ tiêu nào.");
    }
    applyAsCriteria(c);
    if (c.getStatus() == Covenant.Status.REVISING && c.getProcessInstanceId() != null) {
      Task revise = tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId()).taskDefinitionKey(REVISE)
          .singleResult();
      if (revise != null) {
        // as the caller: the engine's guards check that they are a candidate of the task
        callers.run(userId, groups, () -> tasks.complete(revise.getId(), Map.of(VAR_REVISE_OUTCOME, RESUBMIT)));
        return c;
      }
    }
    if (c.getStatus() != Covenant.Status.DRAFT) {
      throw Refusal.conflict(null, "Giao ước năm " + year + " đang được các đơn vị ký hoặc đã ký.");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_COVENANT_ID, c.getId());
    variables.put(VAR_INITIATOR, userId);
    system.run(() -> runtime.startProcessInstanceByKey(KEY, "GU-" + cluster.getCode() + "-" + year, variables));
    return c;
  }

  private Cluster leaderOf(String clusterCode, List<String> groups) {
    Cluster cluster = organisation.cluster(clusterCode == null ? "" : clusterCode)
        .orElseThrow(() -> Refusal.notFound("Không có cụm thi đua " + clusterCode + "."));
    if (!groups.contains(Roles.clusterLeaders(cluster.getCode())) && !groups.contains(Roles.ADMIN)) {
      throw Refusal.forbidden(null, "Chỉ trưởng cụm soạn và trình ký giao ước thi đua của cụm.");
    }
    return cluster;
  }

  private void applyAsCriteria(Covenant c) {
    criteria.replace(c.getClusterCode(), c.getEmulationYear(),
        c.getTargets().stream().map(t -> new CriteriaService.Line(t.getName(), t.getMaxPoints())).toList());
  }

  // ------------------------------------------------------------------ the process steps

  Covenant byProcess(String processInstanceId) {
    Covenant c = covenants.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("No covenant of process " + processInstanceId));
    c.getTargets().size();
    c.getSignatures().size();
    return c;
  }

  @Transactional(readOnly = true)
  public Covenant get(long id) {
    Covenant c = covenants.findById(id).orElseThrow(() -> Refusal.notFound("Không có giao ước số " + id + "."));
    c.getTargets().size();
    c.getSignatures().size();
    return c;
  }

  /** A new signing round: the record goes to SIGNING, every member unit gets its task. */
  Covenant openSigning(long id, String processInstanceId) {
    Covenant c = get(id);
    c.signingOpened(processInstanceId, clock.instant());
    return c;
  }

  /** The member units that sign, for the model's multi-instance task (read from the organisation, not a variable). */
  @Transactional(readOnly = true)
  public List<String> memberUnits(String processInstanceId) {
    return organisation.unitsOf(byProcess(processInstanceId).getClusterCode()).stream().map(Unit::getCode).toList();
  }

  /** When the signing tasks are due: the configured day of the covenant's year (today when already past). */
  Date signBy(Covenant c) {
    LocalDate due = settings.getSignBy().atYear(c.getEmulationYear());
    LocalDate today = LocalDate.now(clock);
    return Date.from((due.isBefore(today) ? today : due).atTime(17, 0).atZone(clock.getZone()).toInstant());
  }

  void answer(String processInstanceId, String unitCode, boolean signs, String comment, String actor) {
    Covenant c = byProcess(processInstanceId);
    c.sign(new CovenantSignature(c.getSigningRound(), unitCode, signs ? CovenantSignature.Outcome.SIGNED
        : CovenantSignature.Outcome.OBJECTED, comment, actor, clock.instant()), clock.instant());
  }

  /** The model's gateway after a round: every member unit signed. */
  @Transactional(readOnly = true)
  public boolean allSigned(String processInstanceId) {
    Covenant c = byProcess(processInstanceId);
    List<CovenantSignature> round = c.currentSignatures();
    return !round.isEmpty() && round.stream().allMatch(s -> s.getOutcome() == CovenantSignature.Outcome.SIGNED)
        && round.size() == organisation.unitsOf(c.getClusterCode()).size();
  }

  /** The objections of the round, for the leaders' revision task. */
  String objections(Covenant c) {
    List<String> lines = new ArrayList<>();
    c.currentSignatures().stream().filter(s -> s.getOutcome() == CovenantSignature.Outcome.OBJECTED)
        .forEach(s -> lines.add(organisation.unitName(s.getUnitCode()) + ": " + s.getComment()));
    return String.join("; ", lines);
  }

  void toRevise(String processInstanceId) {
    byProcess(processInstanceId).toRevise(clock.instant());
  }

  void revised(String processInstanceId, boolean resubmit, String comment) {
    Covenant c = byProcess(processInstanceId);
    if (resubmit) {
      c.revised(comment, clock.instant());
    } else {
      c.cancelled(comment, clock.instant());
    }
  }

  /** Every head signed: the targets are the year's criteria, and the covenant is issued as a document. */
  void issue(String processInstanceId) {
    Covenant c = byProcess(processInstanceId);
    applyAsCriteria(c);
    c.signed(clock.instant());
    issued.issue(IssuedDocument.Kind.COVENANT, c.getEmulationYear(), reference(c),
        "giao-uoc-thi-dua-" + c.getClusterCode() + "-" + c.getEmulationYear() + ".pdf", document.pdf(c),
        "Giao ước thi đua năm " + c.getEmulationYear() + " của " + organisation.clusterName(c.getClusterCode()));
  }

  /** The signed covenant's document. */
  @Transactional(readOnly = true)
  public Optional<byte[]> documentOf(String clusterCode, int year) {
    return find(clusterCode, year).filter(c -> c.getStatus() == Covenant.Status.SIGNED)
        .flatMap(c -> issued.find(IssuedDocument.Kind.COVENANT, year, reference(c))).map(IssuedDocument::getContent);
  }

  static String reference(Covenant c) {
    return "GU-" + c.getClusterCode() + "-" + c.getEmulationYear();
  }
}
