package vn.tdkt.commendation.proposal;

import static vn.tdkt.commendation.proposal.ProposalProcess.*;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
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
        VAR_COMPLETION_OUTCOME, VAR_COMMENT, VAR_STRUCK, VAR_STRIKE_REASON, VAR_CLUSTER_REFUSED,
        VAR_CLUSTER_REFUSAL_REASON, VAR_CLUSTER_VOTES_FOR, VAR_CLUSTER_VOTES_TOTAL, VAR_EXCLUDED, VAR_EXCLUSION_REASON,
        VAR_SUPPLEMENTED, VAR_SUPPLEMENT_NOTE));
    List<CommendationCase> open = proposals.open(p);
    task.setVariableLocal(VAR_NOMINEE_TABLE, ProposalForms.table(open, p.getProposalNumber()));
    switch (task.getTaskDefinitionKey()) {
      case ENDORSE -> {
        proposals.moveTo(p, ProposalStatus.ENDORSEMENT);
        stage(open, CaseStage.ENDORSEMENT);
        ProposalForms.options(task, open);
      }
      case REVIEW_IN_CLUSTER -> {
        proposals.moveTo(p, ProposalStatus.CLUSTER_REVIEW);
        List<CommendationCase> reviewed = proposals.forClusterReview(p);
        stage(reviewed, CaseStage.CLUSTER_REVIEW);
        ProposalForms.options(task, reviewed);
        task.setVariableLocal(VAR_NOMINEE_TABLE, ProposalForms.table(reviewed, p.getProposalNumber()));
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
        ProposalForms.options(task, open);
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
    Map<String, CommendationCase> open = byNumber(proposals.open(p));
    switch (task.getTaskDefinitionKey()) {
      case ENDORSE -> endorsed(task, open, comment, actor);
      case REVIEW_IN_CLUSTER -> reviewed(task, p, comment, actor);
      case RECEIVE -> received(task, p, open, comment, actor);
      case COMPLETE -> completedByUnit(task, open, comment, actor);
      case APPRAISE -> appraised(task, p, open, actor);
      default -> throw new IllegalStateException("No rule for task " + task.getTaskDefinitionKey());
    }
    task.getExecution().getProcessInstance().setVariable(VAR_PREVIOUS_COMMENT, comment == null ? "" : comment);
  }

  private void endorsed(DelegateTask task, Map<String, CommendationCase> open, String comment, String actor) {
    String outcome = outcome(task, VAR_ENDORSEMENT_OUTCOME, Set.of(APPROVE, REJECT));
    if (REJECT.equals(outcome)) {
      reasonRequired(comment, VAR_COMMENT, "không gửi tờ trình");
      closing(task, "Thủ trưởng đơn vị không gửi tờ trình: " + comment);
      return;
    }
    List<CommendationCase> struck = named(task, VAR_STRUCK, "đối tượng không trình", open);
    String reason = Inputs.text(task.getVariable(VAR_STRIKE_REASON), VAR_STRIKE_REASON, "lý do không trình", REASON_MAX,
        false);
    if (!struck.isEmpty()) {
      reasonRequired(reason, VAR_STRIKE_REASON, "gạch tên " + names(struck));
    }
    if (struck.size() == open.size()) {
      throw Refusal.invalid(VAR_STRUCK, "Không thể gạch tên mọi đối tượng: hãy chọn \"Không gửi tờ trình\".");
    }
    for (CommendationCase c : open.values()) {
      if (struck.contains(c)) {
        cases.record(c.getCaseNumber(), actor, "struck", reason);
        cases.close(c.getCaseNumber(), CaseStatus.WITHDRAWN, "Thủ trưởng đơn vị không trình: " + reason);
      } else {
        cases.record(c.getCaseNumber(), actor, "endorsed", comment);
      }
    }
  }

  private void reviewed(DelegateTask task, Proposal p, String comment, String actor) {
    Map<String, CommendationCase> reviewed = byNumber(proposals.forClusterReview(p));
    List<CommendationCase> refused = named(task, VAR_CLUSTER_REFUSED, "đối tượng cụm không đề nghị", reviewed);
    String reason = Inputs.text(task.getVariable(VAR_CLUSTER_REFUSAL_REASON), VAR_CLUSTER_REFUSAL_REASON,
        "lý do cụm không đề nghị", REASON_MAX, false);
    if (!refused.isEmpty()) {
      reasonRequired(reason, VAR_CLUSTER_REFUSAL_REASON, "cụm không đề nghị " + names(refused));
    }
    String tally = null;
    if (reviewed.values().stream().anyMatch(c -> c.getAwardType() == AwardType.CO_THI_DUA_TINH && !refused.contains(c))) {
      tally = flagTally(task);
    }
    for (CommendationCase c : reviewed.values()) {
      if (refused.contains(c)) {
        cases.record(c.getCaseNumber(), actor, "clusterRejected", reason);
        cases.close(c.getCaseNumber(), CaseStatus.REJECTED, "Cụm thi đua không đề nghị: " + reason);
      } else if (c.getAwardType() == AwardType.CO_THI_DUA_TINH) {
        cases.markClusterVoted(c.getCaseNumber(), tally, actor);
      } else {
        cases.record(c.getCaseNumber(), actor, "clusterApproved", comment);
      }
    }
    eligibility.assess(proposals.open(p));
  }

  /** A flag goes forward only with more than the configured share of the cluster's secret ballots (Law Art. 26). */
  private String flagTally(DelegateTask task) {
    int votesFor = votes(task.getVariable(VAR_CLUSTER_VOTES_FOR), VAR_CLUSTER_VOTES_FOR);
    int total = votes(task.getVariable(VAR_CLUSTER_VOTES_TOTAL), VAR_CLUSTER_VOTES_TOTAL);
    if (total == 0 || votesFor > total) {
      throw Refusal.invalid(VAR_CLUSTER_VOTES_TOTAL, "Kết quả bỏ phiếu của cụm không hợp lệ: số phiếu tán thành phải từ 0 "
          + "đến tổng số phiếu (lớn hơn 0).");
    }
    if (votesFor <= nominationSettings.getFlagVoteShare() * total) {
      throw Refusal.invalid(VAR_CLUSTER_VOTES_FOR, String.format("Cờ thi đua cần trên %.0f%% số phiếu của cụm; được "
          + "%d/%d phiếu.", nominationSettings.getFlagVoteShare() * 100, votesFor, total));
    }
    return "Kết quả bỏ phiếu kín của cụm: " + votesFor + "/" + total + " phiếu tán thành.";
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
    List<CommendationCase> excluded = named(task, VAR_EXCLUDED, "đối tượng không đạt", open);
    List<CommendationCase> supplemented = named(task, VAR_SUPPLEMENTED, "đối tượng cần bổ sung", open);
    List<CommendationCase> both = excluded.stream().filter(supplemented::contains).toList();
    if (!both.isEmpty()) {
      throw Refusal.invalid(VAR_SUPPLEMENTED, names(both) + " vừa bị loại vừa cần bổ sung: chọn một.");
    }
    String reason = Inputs.text(task.getVariable(VAR_EXCLUSION_REASON), VAR_EXCLUSION_REASON, "lý do không đạt",
        REASON_MAX, false);
    String note = Inputs.text(task.getVariable(VAR_SUPPLEMENT_NOTE), VAR_SUPPLEMENT_NOTE, "hồ sơ cần bổ sung",
        REASON_MAX, false);
    if (!excluded.isEmpty()) {
      reasonRequired(reason, VAR_EXCLUSION_REASON, "loại " + names(excluded));
    }
    if (!supplemented.isEmpty()) {
      reasonRequired(note, VAR_SUPPLEMENT_NOTE, "yêu cầu " + names(supplemented) + " bổ sung (ghi rõ hồ sơ cần bổ sung)");
    }
    for (CommendationCase c : open.values()) {
      if (excluded.contains(c)) {
        cases.appraise(c.getCaseNumber(), NomineeDecision.EXCLUDED, reason, actor);
      } else if (supplemented.contains(c)) {
        cases.appraise(c.getCaseNumber(), NomineeDecision.SUPPLEMENT, note, actor);
      } else {
        cases.appraise(c.getCaseNumber(), NomineeDecision.APPROVED, null, actor);
      }
      cases.clearAppraisalOverdue(c.getCaseNumber());
    }
    proposals.moveTo(p, ProposalStatus.APPRAISED);
  }

  // ---------------------------------------------------------------- reading the decisions

  /** The nominees a checklist names: each an open nominee of this task's list, each once. */
  private static List<CommendationCase> named(DelegateTask task, String variable, String label,
      Map<String, CommendationCase> allowed) {
    List<String> numbers = Inputs.choices(task.getVariable(variable), variable, label);
    List<CommendationCase> named = new java.util.ArrayList<>();
    for (String number : numbers) {
      CommendationCase c = allowed.get(number);
      if (c == null) {
        throw Refusal.invalid(variable, "Hồ sơ " + number + " không phải đối tượng đang xét của tờ trình này.");
      }
      if (named.contains(c)) {
        throw Refusal.invalid(variable, c.getNomineeName() + " được chọn hai lần.");
      }
      named.add(c);
    }
    return named;
  }

  private static Map<String, CommendationCase> byNumber(List<CommendationCase> list) {
    return list.stream().collect(Collectors.toMap(CommendationCase::getCaseNumber, Function.identity(), (a, b) -> a,
        LinkedHashMap::new));
  }

  private static String names(List<CommendationCase> list) {
    return list.stream().map(CommendationCase::getNomineeName).collect(Collectors.joining(", "));
  }

  private static String outcome(DelegateTask task, String variable, Set<String> allowed) {
    Object raw = task.getVariable(variable);
    return Inputs.choice(raw, variable, allowed, "Kết quả xử lý không hợp lệ: " + raw + ". Chọn một trong: "
        + String.join(", ", allowed.stream().sorted().toList()) + ".");
  }

  private static void reasonRequired(String reason, String field, String what) {
    if (reason == null) {
      throw Refusal.invalid(field, "Cần ghi rõ lý do khi " + what + ".");
    }
  }

  private static int votes(Object value, String field) {
    return Inputs.wholeNumber(value, field, 0, Integer.MAX_VALUE, "Cần nhập số phiếu (số nguyên không âm) của cụm cho "
        + "Cờ thi đua.");
  }

  /** Why the proposal ends withdrawn: to its end event, in the same transaction. */
  private static void closing(DelegateTask task, String reason) {
    task.getExecution().getProcessInstance().setVariable(NominationProcess.VAR_CLOSING_REASON, Variables.stringValue(reason, true));
  }
}
