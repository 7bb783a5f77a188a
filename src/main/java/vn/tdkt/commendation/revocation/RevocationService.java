package vn.tdkt.commendation.revocation;

import static vn.tdkt.commendation.revocation.RevocationProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.casefile.CaseScope;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.YearCounters;
import vn.tdkt.commendation.central.CentralProposalService;
import vn.tdkt.commendation.council.DecisionSettings;
import vn.tdkt.commendation.council.Decisions;
import vn.tdkt.commendation.document.CaseDocuments;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.official.IssuedDocument;
import vn.tdkt.commendation.official.IssuedDocuments;
import vn.tdkt.commendation.official.OfficialTexts.SignerTitle;
import vn.tdkt.commendation.official.Vn;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.registry.AwardRegistry;

/**
 * Revocation of an award (Law Art. 93): a Board officer opens it for an awarded case with its ground and
 * evidence, the Board head proposes it, whoever signs that award's decisions (the Chairman, or the Vice-Chairman
 * signing for the Chairman, tdkt.decision.signers) decides; the UBND office's clerk numbers it from the register
 * (or the system counts, tdkt.decision.numbering), the document is written and issued like the other decisions, the case becomes REVOKED, its
 * registry entry is marked, every central proposal built on it is flagged, and the recovery of the certificate
 * and the money is a task until both are back. The steps run in the engine's transaction.
 */
@Service("revocations")
@Transactional
@EnableConfigurationProperties(RevocationSettings.class)
public class RevocationService {

  static final int EVIDENCE_MAX = 4000;
  static final int COMMENT_MAX = 2000;
  static final int BONUS_MAX = 1_000_000_000;
  static final int REGISTER_MAX = 99_999;
  /** The system's own count of decisions, shared with the award decisions (numbering: internal). */
  static final String COUNTER = "decision";
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
  private final IssuedDocuments issued;
  private final DecisionSettings decisionSettings;
  private final OrganisationService organisation;
  private final RuntimeService runtime;
  private final SystemAction system;
  private final Clock clock;

  RevocationService(RevocationRepository revocations, CaseService cases, AwardRegistry registry,
      CentralProposalService central, Decisions decisions, YearCounters counters, CaseDocuments documents,
      RevocationDocument document, IssuedDocuments issued, DecisionSettings decisionSettings,
      OrganisationService organisation, RuntimeService runtime, SystemAction system, Clock clock) {
    this.issued = issued;
    this.decisionSettings = decisionSettings;
    this.organisation = organisation;
    this.revocations = revocations;
    this.cases = cases;
    this.registry = registry;
    this.central = central;
    this.decisions = decisions;
    this.counters = counters;
    this.documents = documents;
    this.document = document;
    this.runtime = runtime;
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
    Integer given = Inputs.wholeNumber(in.bonusAmount(), "bonusAmount", "số tiền thưởng đã nhận", 0, BONUS_MAX);
    long bonus = given != null ? given : paidBonus(c);
    Revocation r = revocations.save(new Revocation(caseNumber, ground, evidence, bonus, userId, clock.instant()));
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

  /** The bonus the award decision paid this nominee (computed with it on its date), when the officer gives none. */
  long paidBonus(CommendationCase c) {
    if (c.getDecisionNumber() == null || c.getDecisionDate() == null) {
      return 0;
    }
    Long paid = decisions.find(c.getDecisionNumber(), c.getDecisionDate().getYear())
        .map(d -> c.getNomineeKind() == vn.tdkt.commendation.casefile.NomineeKind.INDIVIDUAL ? d.getBonusIndividual()
            : d.getBonusCollective())
        .orElse(null);
    return paid == null ? 0 : paid;
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

  /** The decision as issued (PDF, signed with the organisation's certificate when one is configured). */
  @Transactional(readOnly = true)
  public byte[] decisionPdf(long id) {
    Revocation r = get(id);
    return (r.isIssued() ? issued.find(IssuedDocument.Kind.REVOCATION, r.getDecisionDate().getYear(),
        r.getDecisionNumber()) : java.util.Optional.<IssuedDocument>empty())
        .map(IssuedDocument::getContent)
        .orElseThrow(() -> Refusal.notFound("Chưa có quyết định hủy bỏ khen thưởng số " + id + "."));
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

  /**
   * The signer refuses, or revokes: whoever signs the award type's decisions signs its revocation (Law Art. 93(8):
   * who awards, revokes), the Chairman or the Vice-Chairman signing for the Chairman.
   */
  void decided(long id, boolean revoke, String comment, String actor) {
    Revocation r = get(id);
    if (!revoke) {
      r.refused(actor, comment, clock.instant());
      cases.record(r.getCaseNumber(), actor, "revocationRefused", comment);
      return;
    }
    SignerTitle title = organisation.isMember(actor, Roles.VICE_CHAIRMEN) && !organisation.isMember(actor, Roles.CHAIRMAN)
        ? SignerTitle.VICE_CHAIRMAN : SignerTitle.CHAIRMAN;
    r.decided(actor, comment, organisation.personName(actor), title, clock.instant());
    cases.record(r.getCaseNumber(), actor, "revocationSigned", comment);
  }

  /** The UBND office's clerk takes the number and date from the register (tdkt.decision.numbering: register). */
  void numbered(long id, Object rawNumber, Object rawDate, String clerk) {
    Revocation r = get(id);
    int number = Inputs.wholeNumber(rawNumber, VAR_REGISTER_NUMBER, 1, REGISTER_MAX,
        "Số quyết định theo sổ đăng ký văn bản là số nguyên từ 1 đến " + REGISTER_MAX + ".");
    LocalDate date = Inputs.date(rawDate, VAR_REGISTER_DATE, "ngày ban hành",
        r.getOpenedAt().atZone(clock.getZone()).toLocalDate(), LocalDate.now(clock));
    if (date == null) {
      throw Refusal.invalid(VAR_REGISTER_DATE, "Thiếu ngày ban hành theo sổ đăng ký văn bản.");
    }
    String formatted = Vn.INSTANCE.number((long) number, decisionSettings.getSymbol());
    if (used(formatted, date.getYear())) {
      throw Refusal.conflict(VAR_REGISTER_NUMBER, "Số " + formatted + " đã được dùng cho một quyết định năm "
          + date.getYear() + ". Kiểm tra lại sổ đăng ký văn bản.");
    }
    r.numbered(formatted, date, clerk, clock.instant());
  }

  /**
   * The decision takes effect: the case is REVOKED, its registry entry marked, the central proposals built on it
   * flagged, and the document written.
   */
  void issue(long id) {
    Revocation r = get(id);
    if (r.getDecisionNumber() == null) {
      // numbering: internal, the system's next number on the day of signing
      LocalDate today = LocalDate.now(clock);
      r.numbered(nextNumber(today.getYear()), today, null, clock.instant());
    }
    CommendationCase c = cases.get(r.getCaseNumber());
    String awardDecision = c.getDecisionNumber();
    LocalDate awardDate = c.getDecisionDate();
    cases.revoke(r.getCaseNumber(), r.getDecisionNumber(), r.getDecisionDate(), r.getGround().citation(),
        r.getDecidedBy());
    registry.markRevoked(r.getCaseNumber(), r.getDecisionNumber(), r.getDecisionDate());
    List<Long> flagged = central.flagBaseRevoked(r.getCaseNumber(), r.getDecisionNumber(), "system");
    byte[] pdf = document.pdf(r, c, awardDecision, awardDate);
    issued.issue(IssuedDocument.Kind.REVOCATION, r.getDecisionDate().getYear(), r.getDecisionNumber(),
        "quyet-dinh-huy-bo-" + Vn.fileNamePart(r.getDecisionNumber()) + ".pdf", pdf,
        "Quyết định " + r.getDecisionNumber() + " hủy bỏ khen thưởng");
    r.issued(flagged.isEmpty() ? null : flagged.stream().map(String::valueOf).collect(Collectors.joining(", ")),
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

  private String nextNumber(int year) {
    String number;
    do {
      number = Vn.INSTANCE.number(counters.next(COUNTER, year), decisionSettings.getSymbol());
    } while (used(number, year));
    return number;
  }

  /** A number of the year is taken by an award decision or another revocation. */
  private boolean used(String number, int year) {
    return decisions.find(number, year).isPresent() || revocations.findByDecisionNumber(number).stream()
        .anyMatch(other -> other.getDecisionDate() != null && other.getDecisionDate().getYear() == year);
  }
}
