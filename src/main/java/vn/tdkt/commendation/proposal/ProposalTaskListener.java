package vn.tdkt.commendation.proposal;

import static vn.tdkt.commendation.proposal.ProposalProcess.*;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;

import vn.tdkt.commendation.CommendationApplication;
import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CaseStage;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.NomineeDecision;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.nomination.NominationSettings;
import vn.tdkt.commendation.problem.Refusal;

/**
 * The five user tasks of a proposal. On creation each shows the proposal and its open nominees (and, for the
 * per-nominee decisions, one pre-filled row each); on completion the decision is checked — every nominee it names
 * must be an open nominee of this proposal, each strike, refusal, exclusion or supplement with its reason — and
 * written to the proposal and to each nominee's case history, or refused with 400 and nothing changed.
 */
class ProposalTaskListener implements TaskListener {

  static final int REASON_MAX = 2000;
  static final DateTimeFormatter RECEIPT_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
      .withZone(ZoneId.of(CommendationApplication.ZONE));

  private final ProposalService proposals;
  private final CaseService cases;
  private final ProposalEligibility eligibility;
  private final ProposalDeadlines deadlines;
  private final NominationSettings nominationSettings;
  private final SystemAction system;

  ProposalTaskListener(ProposalService proposals, CaseService cases, ProposalEligibility eligibility,
      ProposalDeadlines deadlines, NominationSettings nominationSettings, SystemAction system) {
    this.proposals = proposals;
    this.cases = cases;
    this.eligibility = eligibility;
    this.deadlines = deadlines;
    this.nominationSettings = nominationSettings;
    this.system = system;
  }

  @Override
  public void notify(DelegateTask task) {
    Proposal p = proposals.ofProcess(task.getProcessInstanceId());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      created(task, p);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      completed(task, p, system.actor(task.getAssignee()));
    }
  }

  // ---------------------------------------------------------------- creation

  private void created(DelegateTask task, Proposal p) {
    task.getExecution().getProcessInstance().removeVariables(List.of(VAR_ENDORSEMENT_OUTCOME, VAR_RECEPTION_OUTCOME,
        VAR_COMPLETION_OUTCOME, VAR_COMMENT));
    List<CommendationCase> open = proposals.open(p);
    task.setVariableLocal(VAR_NOMINEE_TABLE, ProposalForms.table(open, p.getProposalNumber()));
    switch (task.getTaskDefinitionKey()) {
      case ENDORSE -> {
        proposals.moveTo(p, ProposalStatus.ENDORSEMENT);
        stage(open, CaseStage.ENDORSEMENT);
        ProposalForms.options(task, open);
        ProposalForms.submitted(task, VAR_STRIKES, List.of());
      }
      case REVIEW_IN_CLUSTER -> {
        proposals.moveTo(p, ProposalStatus.CLUSTER_REVIEW);
        List<CommendationCase> reviewed = proposals.forClusterReview(p);
        stage(reviewed, CaseStage.CLUSTER_REVIEW);
        List<Map<String, Object>> rows = ProposalForms.rows(reviewed, false);
        rows.forEach(r -> {
          r.put("votesFor", null);
          r.put("votesTotal", null);
          r.put("reason", "");
          r.remove("note");
        });
        ProposalForms.submitted(task, VAR_CLUSTER_REVIEW, rows);
      }
      case RECEIVE -> {
        proposals.moveTo(p, ProposalStatus.RECEPTION);
        stage(open, CaseStage.RECEPTION);
        task.setDueDate(Date.from(deadlines.reception(task.getCreateTime().toInstant())));
      }
      case COMPLETE -> stage(open, CaseStage.RECEPTION);
      case APPRAISE -> {
        proposals.moveTo(p, ProposalStatus.APPRAISAL);
        stage(open, CaseStage.APPRAISAL);
        ProposalForms.submitted(task, VAR_APPRAISAL, ProposalForms.rows(open, true));
      }
      default -> throw new IllegalStateException("No rule for task " + task.getTaskDefinitionKey());
    }
  }

  private void stage(List<CommendationCase> nominees, CaseStage stage) {
    nominees.forEach(c -> cases.moveTo(c.getCaseNumber(), stage, null));
  }

  // ---------------------------------------------------------------- completion

  private void completed(DelegateTask task, Proposal p, String actor) {
    String comment = Inputs.text(task.getVariable(VAR_COMMENT), VAR_COMMENT, "ý kiến", REASON_MAX, false);
    Map<String, CommendationCase> open = proposals.open(p).stream()
        .collect(Collectors.toMap(CommendationCase::getCaseNumber, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    switch (task.getTaskDefinitionKey()) {
      case ENDORSE -> endorsed(task, open, comment, actor);
      case REVIEW_IN_CLUSTER -> reviewed(task, p, comment, actor);
      case RECEIVE -> received(task, p, open, comment, actor);
      case COMPLETE -> completedByUnit(task, open, comment, actor);
      case APPRAISE -> appraised(task, p, open, actor);
      default -> throw new IllegalStateException("No rule for task " + task.getTaskDefinitionKey());
    }
    task.getExecution().getProcessInstance().setVariable(VAR_PREVIOUS_COMMENT, comment == null ? "" : comment);
    // the lists were read: they stay in the history, not in the running proposal
    task.getExecution().getProcessInstance().removeVariables(List.of(VAR_STRIKES, VAR_CLUSTER_REVIEW, VAR_APPRAISAL));
  }

  private void endorsed(DelegateTask task, Map<String, CommendationCase> open, String comment, String actor) {
    String outcome = outcome(task, VAR_ENDORSEMENT_OUTCOME, Set.of(APPROVE, REJECT));
    if (REJECT.equals(outcome)) {
      reasonRequired(comment, "không gửi tờ trình");
      closing(task, "Thủ trưởng đơn vị không gửi tờ trình: " + comment);
      return;
    }
    Map<String, String> struck = new LinkedHashMap<>();
    for (Map<String, Object> row : Inputs.rows(task.getVariable(VAR_STRIKES), VAR_STRIKES,
        "đối tượng không trình", open.size())) {
      CommendationCase c = nominee(row, VAR_STRIKES, open);
      if (struck.containsKey(c.getCaseNumber())) {
        throw Refusal.invalid(VAR_STRIKES, c.getNomineeName() + " được chọn hai lần.");
      }
      struck.put(c.getCaseNumber(), Inputs.text(row.get("reason"), VAR_STRIKES, "lý do không trình "
          + c.getNomineeName(), 500, true));
    }
    if (struck.size() == open.size()) {
      throw Refusal.invalid(VAR_STRIKES, "Không thể gạch tên mọi đối tượng: hãy chọn \"Không gửi tờ trình\".");
    }
    for (CommendationCase c : open.values()) {
      String reason = struck.get(c.getCaseNumber());
      if (reason != null) {
        cases.record(c.getCaseNumber(), actor, "struck", reason);
        cases.close(c.getCaseNumber(), CaseStatus.WITHDRAWN, "Thủ trưởng đơn vị không trình: " + reason);
      } else {
        cases.record(c.getCaseNumber(), actor, "endorsed", comment);
      }
    }
  }

  private void reviewed(DelegateTask task, Proposal p, String comment, String actor) {
    Map<String, CommendationCase> reviewed = proposals.forClusterReview(p).stream()
        .collect(Collectors.toMap(CommendationCase::getCaseNumber, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    Map<String, Map<String, Object>> rows = decisionRows(task, VAR_CLUSTER_REVIEW, "ý kiến của cụm", reviewed);
    Set<String> decisions = Set.of(APPROVE, REJECT);
    for (CommendationCase c : reviewed.values()) {
      Map<String, Object> row = rows.get(c.getCaseNumber());
      String decision = Inputs.choice(row.get("decision"), VAR_CLUSTER_REVIEW, decisions, "Ý kiến của cụm cho "
          + c.getNomineeName() + " phải là approve (đề nghị) hoặc reject (không đề nghị).");
      String reason = Inputs.text(row.get("reason"), VAR_CLUSTER_REVIEW, "lý do", REASON_MAX, false);
      if (REJECT.equals(decision)) {
        reasonRequired(reason, "cụm không đề nghị " + c.getNomineeName());
        cases.record(c.getCaseNumber(), actor, "clusterRejected", reason);
        cases.close(c.getCaseNumber(), CaseStatus.REJECTED, "Cụm thi đua không đề nghị: " + reason);
      } else if (c.getAwardType() == AwardType.CO_THI_DUA_TINH) {
        int votesFor = votes(row.get("votesFor"), c);
        int total = votes(row.get("votesTotal"), c);
        if (total == 0 || votesFor > total) {
          throw Refusal.invalid(VAR_CLUSTER_REVIEW, "Kết quả bỏ phiếu cho " + c.getNomineeName() + " không hợp lệ: số phiếu "
              + "tán thành phải từ 0 đến tổng số phiếu (lớn hơn 0).");
        }
        if (votesFor <= nominationSettings.getFlagVoteShare() * total) {
          throw Refusal.invalid(VAR_CLUSTER_REVIEW, String.format("Cờ thi đua cần trên %.0f%% số phiếu của cụm; %s được "
              + "%d/%d phiếu.", nominationSettings.getFlagVoteShare() * 100, c.getNomineeName(), votesFor, total));
        }
        cases.markClusterVoted(c.getCaseNumber(), "Kết quả bỏ phiếu kín của cụm: " + votesFor + "/" + total
            + " phiếu tán thành." + (reason == null ? "" : " " + reason), actor);
      } else {
        cases.record(c.getCaseNumber(), actor, "clusterApproved", reason == null ? comment : reason);
      }
    }
    eligibility.assess(proposals.open(p));
  }

  private void received(DelegateTask task, Proposal p, Map<String, CommendationCase> open, String comment,
      String actor) {
    String outcome = outcome(task, VAR_RECEPTION_OUTCOME, Set.of(COMPLETE_DOSSIER, INCOMPLETE));
    if (INCOMPLETE.equals(outcome)) {
      String missing = Inputs.text(task.getVariable(VAR_MISSING_ITEMS), VAR_MISSING_ITEMS, "danh sách hồ sơ còn thiếu",
          Proposal.MISSING_MAX, false);
      if (missing == null) {
        throw Refusal.invalid(VAR_MISSING_ITEMS, "Cần ghi rõ hồ sơ còn thiếu để trả lại đơn vị.");
      }
      proposals.returnIncomplete(p, missing);
      open.keySet().forEach(n -> cases.record(n, actor, "receptionIncomplete", missing));
      return;
    }
    Instant at = proposals.receive(p, actor);
    String receipt = "Tiếp nhận đủ hồ sơ tờ trình " + p.getProposalNumber() + " lúc " + RECEIPT_TIME.format(at)
        + "; thời hạn thẩm định tính từ ngày tiếp nhận đủ hồ sơ." + (comment == null ? "" : " " + comment);
    open.keySet().forEach(n -> cases.record(n, actor, "received", receipt));
  }

  private void completedByUnit(DelegateTask task, Map<String, CommendationCase> open, String comment, String actor) {
    String outcome = outcome(task, VAR_COMPLETION_OUTCOME, Set.of(RESUBMIT, WITHDRAW));
    if (WITHDRAW.equals(outcome)) {
      closing(task, "Đơn vị rút tờ trình" + (comment == null ? "." : ": " + comment));
      return;
    }
    open.keySet().forEach(n -> cases.record(n, actor, "resubmitted", comment));
  }

  private void appraised(DelegateTask task, Proposal p, Map<String, CommendationCase> open, String actor) {
    Map<String, Map<String, Object>> rows = decisionRows(task, VAR_APPRAISAL, "kết quả thẩm định", open);
    Map<String, NomineeDecision> choices = Map.of(APPROVE, NomineeDecision.APPROVED, EXCLUDE, NomineeDecision.EXCLUDED,
        SUPPLEMENT, NomineeDecision.SUPPLEMENT);
    Map<String, Object[]> decided = new HashMap<>();
    for (CommendationCase c : open.values()) {
      Map<String, Object> row = rows.get(c.getCaseNumber());
      String decision = Inputs.choice(row.get("decision"), VAR_APPRAISAL, choices.keySet(), "Kết quả thẩm định cho "
          + c.getNomineeName() + " phải là approve (đạt), exclude (loại) hoặc supplement (bổ sung).");
      String note = Inputs.text(row.get("note"), VAR_APPRAISAL, "ghi chú", REASON_MAX, false);
      if (!APPROVE.equals(decision)) {
        reasonRequired(note, (EXCLUDE.equals(decision) ? "lý do loại " : "hồ sơ cần bổ sung của ") + c.getNomineeName());
      }
      decided.put(c.getCaseNumber(), new Object[] {choices.get(decision), note});
    }
    decided.forEach((n, d) -> cases.appraise(n, (NomineeDecision) d[0], (String) d[1], actor));
    open.keySet().forEach(cases::clearAppraisalOverdue);
    proposals.moveTo(p, ProposalStatus.APPRAISED);
  }

  // ---------------------------------------------------------------- reading the decisions

  /** One row per nominee (by case number) and no other: rows for unknown or repeated nominees are refused. */
  private static Map<String, Map<String, Object>> decisionRows(DelegateTask task, String variable, String label,
      Map<String, CommendationCase> expected) {
    Map<String, Map<String, Object>> rows = new HashMap<>();
    for (Map<String, Object> row : Inputs.rows(task.getVariable(variable), variable, label, expected.size())) {
      CommendationCase c = nominee(row, variable, expected);
      if (rows.put(c.getCaseNumber(), row) != null) {
        throw Refusal.invalid(variable, c.getNomineeName() + " có hai dòng " + label + ".");
      }
    }
    Set<String> missing = new HashSet<>(expected.keySet());
    missing.removeAll(rows.keySet());
    if (!missing.isEmpty()) {
      throw Refusal.invalid(variable, "Thiếu " + label + " cho: " + missing.stream().sorted()
          .map(n -> expected.get(n).getNomineeName() + " (" + n + ")").collect(Collectors.joining(", ")) + ".");
    }
    return rows;
  }

  private static CommendationCase nominee(Map<String, Object> row, String variable, Map<String, CommendationCase> open) {
    Object number = row.get("caseNumber");
    CommendationCase c = number instanceof String s ? open.get(s.strip()) : null;
    if (c == null) {
      throw Refusal.invalid(variable, "Hồ sơ " + number + " không phải đối tượng đang xét của tờ trình này.");
    }
    return c;
  }

  private static String outcome(DelegateTask task, String variable, Set<String> allowed) {
    Object raw = task.getVariable(variable);
    return Inputs.choice(raw, variable, allowed, "Kết quả xử lý không hợp lệ: " + raw + ". Chọn một trong: "
        + String.join(", ", allowed.stream().sorted().toList()) + ".");
  }

  private static void reasonRequired(String reason, String what) {
    if (reason == null) {
      throw Refusal.invalid(VAR_COMMENT, "Cần ghi rõ lý do khi " + what + ".");
    }
  }

  private static int votes(Object value, CommendationCase c) {
    return Inputs.wholeNumber(value, VAR_CLUSTER_REVIEW, 0, Integer.MAX_VALUE, "Cần nhập số phiếu (số nguyên không âm) "
        + "cho Cờ thi đua của " + c.getNomineeName() + ".");
  }

  /** Why the proposal ends withdrawn: to its end event, in the same transaction. */
  private static void closing(DelegateTask task, String reason) {
    task.getExecution().getProcessInstance().setVariable(NominationProcess.VAR_CLOSING_REASON, Variables.stringValue(reason, true));
  }
}
