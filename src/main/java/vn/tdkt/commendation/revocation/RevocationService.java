package vn.tdkt.commendation.revocation;

import static vn.tdkt.commendation.revocation.RevocationProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.casefile.CaseScope;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.YearCounters;
import vn.tdkt.commendation.central.CentralProposalService;
import vn.tdkt.commendation.council.Decisions;
import vn.tdkt.commendation.document.CaseDocuments;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.registry.AwardRegistry;

/**
 * Revocation of an award (Law Art. 93): a Board officer opens it for an awarded case with its ground and
 * evidence, the Board head proposes it, the Chairman (or the Vice-Chairman the task is handed to) decides; the
 * decision is numbered in the Chairman's register and written as a document, the case becomes REVOKED, its
 * registry entry is marked, every central proposal built on it is flagged, and the recovery of the certificate
 * and the money is a task until both are back. The steps run in the engine's transaction.
 */
@Service("revocations")
@Transactional
@EnableConfigurationProperties(RevocationSettings.class)
public class RevocationService {

  static final int EVIDENCE_MAX = 4000;
  static final int COMMENT_MAX = 2000;
  static final int NUMBER_MAX = 50;
  static final int BONUS_MAX = 1_000_000_000;
  /** The Chairman's register of decisions, shared with the award decisions (council.DecisionNumbers). */
  static final String COUNTER = "decision";
  static final String SUFFIX = "/QĐ-UBND";
  /** The identity store's user info key holding an official's title ("Chủ tịch", "Phó Chủ tịch"). */
  public static final String TITLE_KEY = "title";
  static final String CHAIRMAN_TITLE = "Chủ tịch";
  private static final EnumSet<Revocation.Status> OPEN = EnumSet.of(Revocation.Status.PROPOSING,
      Revocation.Status.DECIDING);
  private static final EnumSet<Revocation.Status> ISSUED = EnumSet.of(Revocation.Status.RECOVERING,
      Revocation.Status.CLOSED);

  private final RevocationRepository revocations;
  private final CaseService cases;
  private final AwardRegistry registry;
  private final CentralProposalService central;
  private final Decisions decisions;
  private final YearCounters counters;
  private final CaseDocuments documents;
  private final RevocationDocument document;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final SystemAction system;
  private final Clock clock;

  RevocationService(RevocationRepository revocations, CaseService cases, AwardRegistry registry,
      CentralProposalService central, Decisions decisions, YearCounters counters, CaseDocuments documents,
      RevocationDocument document, RuntimeService runtime, IdentityService identity, SystemAction system,
      Clock clock) {
    this.revocations = revocations;
    this.cases = cases;
    this.registry = registry;
    this.central = central;
    this.decisions = decisions;
    this.counters = counters;
    this.documents = documents;
    this.document = document;
    this.runtime = runtime;
    this.identity = identity;
    this.system = system;
    this.clock = clock;
  }

  /** What a Board officer gives on the case page; the evidence file is optional. */
  public record Opening(Object ground, Object evidence, Object bonusAmount, String fileName, byte[] file) {
  }

  /**
   * Opens a revocation and starts its process (the product starts it: nobody chooses its variables). Only a
   * Board officer, only for an awarded case, and not while another revocation of it is open.
   */
  public Revocation open(String caseNumber, Opening in, String userId, List<String> groups) {
    if (!groups.contains(Roles.BOARD_OFFICERS) && !groups.contains(Roles.ADMIN)) {
      throw Refusal.forbidden(null, "Chỉ cán bộ Ban Thi đua – Khen thưởng tỉnh đề xuất hủy bỏ khen thưởng.");
    }
    CommendationCase c = cases.find(caseNumber).orElseThrow(() -> Refusal.notFound("Không có hồ sơ " + caseNumber + "."));
    if (c.getStatus() != CaseStatus.AWARDED) {
      throw Refusal.conflict(null, "Chỉ hủy bỏ khen thưởng của hồ sơ đã được khen thưởng; hồ sơ " + caseNumber
          + " không ở trạng thái đó.");
    }
    if (revocations.existsByCaseNumberAndStatusIn(caseNumber, OPEN)) {
      throw Refusal.conflict(null, "Hồ sơ " + caseNumber + " đang được xem xét hủy bỏ khen thưởng.");
    }
    Ground ground = Ground.parse(in.ground());
    if (ground == null) {
      throw Refusal.invalid("ground", "Chọn căn cứ hủy bỏ theo khoản 2 Điều 93 Luật Thi đua, khen thưởng.");
    }
    String evidence = Inputs.text(in.evidence(), "evidence", "chứng cứ, kết luận xác minh", EVIDENCE_MAX, true);
    Integer bonus = Inputs.wholeNumber(in.bonusAmount(), "bonusAmount", "số tiền thưởng đã nhận", 0, BONUS_MAX);
    Revocation r = revocations.save(new Revocation(caseNumber, ground, evidence, bonus == null ? 0 : bonus, userId,
        clock.instant()));
    cases.record(caseNumber, userId, "revocationOpened", ground.citation() + ". " + evidence);
    if (in.file() != null && in.file().length > 0) {
      documents.upload(caseNumber, CaseScope.of(groups), userId, in.fileName(), in.file());
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_REVOCATION_ID, r.getId());
    variables.put(VAR_INITIATOR, userId);
    system.run(() -> runtime.startProcessInstanceByKey(KEY, caseNumber, variables));
    return r;
  }

  @Transactional(readOnly = true)
  public Revocation get(long id) {
    return revocations.findById(id).orElseThrow(() -> Refusal.notFound("Không có đề xuất hủy bỏ số " + id + "."));
  }

  @Transactional(readOnly = true)
  public List<Revocation> ofCase(String caseNumber) {
    return revocations.findByCaseNumberOrderById(caseNumber);
  }

  /** Whether a revocation of the case is being proposed or decided. */
  @Transactional(readOnly = true)
  public boolean openFor(String caseNumber) {
    return revocations.existsByCaseNumberAndStatusIn(caseNumber, OPEN);
  }

  /** The issued revocation decisions, newest first: a public act, listed on the public page. */
  @Transactional(readOnly = true)
  public List<Revocation> issued() {
    return revocations.findByDecisionNumberIsNotNullAndStatusInOrderByDecisionDateDescIdDesc(ISSUED);
  }

  /** The decision as PDF, once issued. */
  @Transactional(readOnly = true)
  public byte[] decisionPdf(long id) {
    Revocation r = get(id);
    if (!ISSUED.contains(r.getStatus()) || r.getDocument() == null) {
      throw Refusal.notFound("Chưa có quyết định hủy bỏ khen thưởng số " + id + ".");
    }
    return r.getDocument().clone();
  }

  void linkProcess(long id, String processInstanceId) {
    get(id).linkProcess(processInstanceId);
  }

  void proposed(long id, boolean propose, String comment, String actor) {
    Revocation r = get(id);
    if (propose) {
      r.proposed(actor, comment, clock.instant());
    } else {
      r.dismissed(actor, comment, clock.instant());
    }
    cases.record(r.getCaseNumber(), actor, propose ? "revocationProposed" : "revocationDismissed", comment);
  }

  /** The Chairman refuses, or revokes: the decision gets its number now (given by the office, or the next one). */
  void decided(long id, boolean revoke, String givenNumber, LocalDate date, String comment, String actor) {
    Revocation r = get(id);
    if (!revoke) {
      r.refused(actor, comment, clock.instant());
      cases.record(r.getCaseNumber(), actor, "revocationRefused", comment);
      return;
    }
    LocalDate on = date == null ? LocalDate.now(clock) : date;
    String number = numberFor(givenNumber, on);
    r.decided(actor, comment, number, on, signerName(actor), signerTitle(actor), clock.instant());
  }

  /**
   * The decision takes effect: the case is REVOKED, its registry entry marked, the central proposals built on it
   * flagged, and the document written.
   */
  void issue(long id) {
    Revocation r = get(id);
    CommendationCase c = cases.get(r.getCaseNumber());
    String awardDecision = c.getDecisionNumber();
    LocalDate awardDate = c.getDecisionDate();
    cases.revoke(r.getCaseNumber(), r.getDecisionNumber(), r.getDecisionDate(), r.getGround().citation(),
        r.getDecidedBy());
    registry.markRevoked(r.getCaseNumber(), r.getDecisionNumber(), r.getDecisionDate());
    List<Long> flagged = central.flagBaseRevoked(r.getCaseNumber(), r.getDecisionNumber(), "system");
    byte[] pdf = document.pdf(r, c, awardDecision, awardDate);
    r.issued(pdf, flagged.isEmpty() ? null : flagged.stream().map(String::valueOf).collect(Collectors.joining(", ")),
        clock.instant());
  }

  /** What came back this time; the task comes again until the certificate and the whole bonus are back. */
  void recovery(long id, boolean certificate, Object amount, String note, String actor) {
    Revocation r = get(id);
    int max = (int) Math.min(Integer.MAX_VALUE, r.outstanding());
    Integer paid = Inputs.wholeNumber(amount, VAR_AMOUNT_RECOVERED, "số tiền thu hồi lần này", 0, max);
    r.recovery(certificate, paid == null ? 0 : paid, note, clock.instant());
    cases.record(r.getCaseNumber(), actor, r.recovered() ? "recoveryCompleted" : "recoveryProgress",
        (certificate ? "Đã thu hồi hiện vật khen thưởng. " : "") + "Đã thu " + r.getAmountRecovered() + "/" + r.getBonusAmount()
            + " đồng." + (note == null ? "" : " " + note));
  }

  /** The gateway after each recovery task: the process asks the record, so no task can write the answer. */
  @Transactional(readOnly = true)
  public boolean recovered(String processInstanceId) {
    return revocations.findByProcessInstanceId(processInstanceId).map(Revocation::recovered)
        .orElseThrow(() -> new IllegalStateException("No revocation of process " + processInstanceId));
  }

  private String numberFor(String given, LocalDate date) {
    if (given != null) {
      if (decisions.find(given).isPresent() || revocations.existsByDecisionNumber(given)) {
        throw Refusal.conflict(VAR_DECISION_NUMBER, "Số quyết định " + given + " đã được dùng.");
      }
      return given;
    }
    String number;
    do {
      number = counters.next(COUNTER, date.getYear()) + SUFFIX;
    } while (decisions.find(number).isPresent() || revocations.existsByDecisionNumber(number));
    return number;
  }

  /** The signer's name as the identity store has it. */
  private String signerName(String userId) {
    User u = system.call(() -> identity.createUserQuery().userId(userId).singleResult());
    return u == null ? userId : (u.getFirstName() + " " + u.getLastName()).strip();
  }

  /** The signer's title from the identity store ("Phó Chủ tịch" signs "KT. CHỦ TỊCH"); the Chairman by default. */
  private String signerTitle(String userId) {
    String title = system.call(() -> identity.getUserInfo(userId, TITLE_KEY));
    return title == null || title.isBlank() ? CHAIRMAN_TITLE : title.strip();
  }
}
