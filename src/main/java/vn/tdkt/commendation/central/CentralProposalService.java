package vn.tdkt.commendation.central;

import static vn.tdkt.commendation.central.CentralProcess.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.YearCounters;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.problem.Refusal;

/** The record of central award proposals and the checks on each step; refusals roll the engine back. */
@Service
@Transactional
public class CentralProposalService {

  static final int NOTE_MAX = 2000;
  static final int DECISION_MAX = 50;
  private static final EnumSet<CentralProposal.Status> CLOSED = EnumSet.of(CentralProposal.Status.NOT_ELIGIBLE,
      CentralProposal.Status.AWARDED, CentralProposal.Status.REJECTED);

  private final CentralProposalRepository proposals;
  private final CaseService cases;
  private final YearCounters counters;
  private final RuntimeService runtime;
  private final SystemAction system;
  private final Clock clock;

  CentralProposalService(CentralProposalRepository proposals, CaseService cases, YearCounters counters,
      RuntimeService runtime, SystemAction system, Clock clock) {
    this.proposals = proposals;
    this.cases = cases;
    this.counters = counters;
    this.runtime = runtime;
    this.system = system;
    this.clock = clock;
  }

  /** A proposal needs a provincial case that was awarded, an award that fits its nominee, and no twin. */
  CentralProposal register(String caseNumber, CentralAward award, CentralProposal.EligibilityInput input,
      String proposer) {
    CommendationCase c = cases.find(caseNumber)
        .orElseThrow(() -> Refusal.notFound("Không có hồ sơ " + caseNumber + "."));
    if (c.getStatus() != CaseStatus.AWARDED) {
      throw Refusal.conflict(VAR_CASE_NUMBER, "Chỉ đề nghị khen thưởng cấp Nhà nước cho hồ sơ đã được tỉnh khen thưởng; "
          + "hồ sơ " + caseNumber + " chưa được khen thưởng.");
    }
    if (!award.fits(c.getNomineeKind())) {
      throw Refusal.invalid(VAR_AWARD, award.label() + " không áp dụng cho đối tượng này.");
    }
    if (!proposals.findByCaseNumberAndAwardAndStatusNotIn(caseNumber, award, CLOSED).isEmpty()) {
      throw Refusal.conflict(VAR_AWARD, "Hồ sơ " + caseNumber + " đang được đề nghị " + award.label() + ".");
    }
    CentralProposal p = proposals.save(new CentralProposal(caseNumber, award, proposer, input, clock.instant()));
    cases.record(caseNumber, proposer, "centralProposed", award.label());
    return p;
  }

  @Transactional(readOnly = true)
  public CentralProposal get(long id) {
    return proposals.findById(id).orElseThrow(() -> Refusal.notFound("Không có đề nghị khen thưởng cấp Nhà nước số " + id + "."));
  }

  @Transactional(readOnly = true)
  public List<CentralProposal> ofCase(String caseNumber) {
    return proposals.findByCaseNumberOrderById(caseNumber);
  }

  void linkProcess(long id, String processInstanceId) {
    get(id).linkProcess(processInstanceId);
  }

  void checked(long id, boolean eligible, String reason) {
    get(id).eligibility(eligible, reason, clock.instant());
  }

  void prepared(long id, Object rawSets) {
    CentralProposal p = get(id);
    int required = p.getAward().dossierSets();
    int sets = Inputs.wholeNumber(rawSets, VAR_DOSSIER_SETS, required, 20, p.getAward().label() + " cần ít nhất "
        + required + " bộ hồ sơ kèm tờ trình của Chủ tịch UBND tỉnh.");
    p.prepared(sets, clock.instant());
  }

  /** The Chairman signs: the submission gets the next number of the year, "{n}/TTr-UBND". */
  String signed(long id) {
    Instant now = clock.instant();
    String number = counters.next("central-submission", LocalDate.now(clock).getYear()) + "/TTr-UBND";
    get(id).signed(number, now);
    return number;
  }

  void returnedForPreparation(long id) {
    get(id).returnedForPreparation(clock.instant());
  }

  void submitted(long id, Instant resultDue) {
    get(id).submitted(resultDue, clock.instant());
  }

  void resultOverdue(long id) {
    get(id).markResultOverdue(clock.instant());
  }

  void result(long id, boolean awarded, String decisionNumber, String note, String by) {
    CentralProposal p = get(id);
    p.result(awarded, decisionNumber, note, by, clock.instant());
    cases.record(p.getCaseNumber(), by, awarded ? "centralAwarded" : "centralRejected",
        p.getAward().label() + (awarded ? ": " + decisionNumber : note == null ? "" : ": " + note));
  }

  /**
   * The central result arrives from outside (POST /api/central-proposals/{id}/result): only the Board or
   * an administrator may pass it on, only while the proposal waits for it, and only a complete one.
   */
  public void receiveResult(long id, String userId, List<String> groups, String outcome, String decisionNumber,
      String note) {
    if (userId == null || groups.stream().noneMatch(g -> g.equals(Roles.BOARD_OFFICERS) || g.equals(Roles.BOARD_HEADS)
        || g.equals(Roles.ADMIN))) {
      throw Refusal.forbidden(null, "Chỉ Ban Thi đua – Khen thưởng tỉnh được nhập kết quả xét của Trung ương.");
    }
    CentralProposal p = get(id);
    if (p.getStatus() != CentralProposal.Status.SUBMITTED || p.getProcessInstanceId() == null) {
      throw Refusal.conflict(null, "Đề nghị số " + id + " không ở bước chờ kết quả của Trung ương.");
    }
    Map<String, Object> variables = checkResult(outcome, decisionNumber, note);
    variables.put(VAR_RESULT_BY, userId);
    try {
      system.run(() -> runtime.createMessageCorrelation(MSG_RESULT).processInstanceId(p.getProcessInstanceId())
          .setVariables(variables).correlate());
    } catch (MismatchingMessageCorrelationException e) {
      // a Board officer entered the result in the same moment
      throw Refusal.conflict(null, "Đề nghị số " + id + " không ở bước chờ kết quả của Trung ương.");
    }
  }

  public static final String VAR_RESULT_BY = "centralResultBy";

  /**
   * The provincial award of the case was revoked: every proposal built on it is flagged with the revocation's
   * number (shown with the proposal, written in the case history) and the ids are returned (issue 14).
   */
  public List<Long> flagBaseRevoked(String caseNumber, String revocationNumber, String actor) {
    List<Long> flagged = new java.util.ArrayList<>();
    for (CentralProposal p : proposals.findByCaseNumberOrderById(caseNumber)) {
      if (p.getStatus() == CentralProposal.Status.NOT_ELIGIBLE || p.getStatus() == CentralProposal.Status.REJECTED) {
        continue;
      }
      p.flagBaseRevoked(revocationNumber, clock.instant());
      cases.record(caseNumber, actor, "centralProposalFlagged", p.getAward().label() + " (đề nghị số " + p.getId()
          + ", " + p.getStatus() + "): khen thưởng cấp tỉnh làm căn cứ đã bị hủy bỏ theo " + revocationNumber);
      flagged.add(p.getId());
    }
    return flagged;
  }

  /** The result's values, checked the same for the task and the REST message. */
  static Map<String, Object> checkResult(Object outcome, Object decisionNumber, Object note) {
    String o = Inputs.choice(outcome, VAR_RESULT_OUTCOME, List.of(AWARDED, REJECTED),
        "Kết quả phải là \"awarded\" (được khen thưởng) hoặc \"rejected\" (không được).");
    String number = Inputs.text(decisionNumber, VAR_RESULT_DECISION, "số quyết định", DECISION_MAX, false);
    String n = Inputs.text(note, VAR_COMMENT, "ý kiến", NOTE_MAX, false);
    if (AWARDED.equals(o) && number == null) {
      throw Refusal.invalid(VAR_RESULT_DECISION, "Cần số quyết định khen thưởng của cấp Trung ương.");
    }
    if (REJECTED.equals(o) && n == null) {
      throw Refusal.invalid(VAR_COMMENT, "Cần ghi lý do Trung ương không khen thưởng.");
    }
    Map<String, Object> v = new java.util.HashMap<>();
    v.put(VAR_RESULT_OUTCOME, o);
    v.put(VAR_RESULT_DECISION, number);
    v.put(VAR_COMMENT, n);
    return v;
  }
}
