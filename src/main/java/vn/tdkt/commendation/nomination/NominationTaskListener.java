package vn.tdkt.commendation.nomination;

import static vn.tdkt.commendation.nomination.NominationProcess.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;

import vn.tdkt.commendation.announcement.ComplaintService;
import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CaseStage;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.problem.Refusal;

/**
 * On every user task of the nomination: when it is created, the case moves to the task's stage and
 * the previous round's decision is cleared (so a loop never shows a stale choice); when it is
 * completed, the decision is checked and written to the case history, or refused with 400.
 */
class NominationTaskListener implements TaskListener {

  static final int COMMENT_MAX = 2000;

  private final CaseService cases;
  private final ComplaintService complaints;
  private final NominationSettings settings;
  private final SystemAction system;

  NominationTaskListener(CaseService cases, ComplaintService complaints, NominationSettings settings,
      SystemAction system) {
    this.cases = cases;
    this.complaints = complaints;
    this.settings = settings;
    this.system = system;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskRule rule = TASKS.get(task.getTaskDefinitionKey());
    if (rule == null) {
      throw new IllegalStateException("No rule for task " + task.getTaskDefinitionKey());
    }
    String caseNumber = task.getExecution().getProcessBusinessKey();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      created(task, rule, caseNumber);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      completed(task, rule, caseNumber);
    }
  }

  private void created(DelegateTask task, TaskRule rule, String caseNumber) {
    task.getExecution().removeVariable(rule.outcomeVariable());
    task.getExecution().removeVariable(VAR_COMMENT);
    if (REVIEW_IN_CLUSTER.equals(task.getTaskDefinitionKey())) {
      task.getExecution().removeVariable(VAR_CLUSTER_VOTES_FOR);
      task.getExecution().removeVariable(VAR_CLUSTER_VOTES_TOTAL);
    }
    if (rule.stage() != CaseStage.PUBLIC_NOTICE) {
      cases.moveTo(caseNumber, rule.stage(), null);
    }
    if (HANDLE_COMPLAINT.equals(task.getTaskDefinitionKey())) {
      // the Board verifies with the complainant; task-local, so only the Board's task (its candidates) shows it
      task.setVariableLocal(VAR_COMPLAINANT, complaints.complainant(complaintId(task)));
    }
    if (APPRAISE.equals(task.getTaskDefinitionKey())) {
      task.setVariableLocal(VAR_ATTACHMENT_WARNING, hasAttachment(task) ? "" : settings.refusesAppraisalWithoutAttachment()
          ? NO_ATTACHMENT + " Chưa thể thẩm định \"Đạt\" khi chưa có tài liệu." : NO_ATTACHMENT);
    }
  }

  static final String NO_ATTACHMENT = "Hồ sơ chưa có tài liệu đính kèm nào (báo cáo thành tích và các tài liệu theo quy "
      + "định): đơn vị đính kèm trên trang hồ sơ.";

  /** Documents are attached on the case page, each also linked to the process instance as a Camunda attachment. */
  private static boolean hasAttachment(DelegateTask task) {
    return !task.getProcessEngineServices().getTaskService()
        .getProcessInstanceAttachments(task.getProcessInstanceId()).isEmpty();
  }

  private void completed(DelegateTask task, TaskRule rule, String caseNumber) {
    keepRouting(task, caseNumber);
    Object rawOutcome = task.getVariable(rule.outcomeVariable());
    String outcome = Inputs.choice(rawOutcome, rule.outcomeVariable(), rule.outcomes(), "Kết quả xử lý không hợp lệ: "
        + rawOutcome + ". Chọn một trong: " + String.join(", ", rule.outcomes().stream().sorted().toList()) + ".");
    String comment = comment(task);
    if (rule.needComment().contains(outcome) && comment == null) {
      throw Refusal.invalid(VAR_COMMENT, "Cần ghi rõ lý do khi chọn \"" + outcome + "\".");
    }
    String actor = system.actor(task.getAssignee());
    switch (task.getTaskDefinitionKey()) {
      case REVISE -> {
        if (RESUBMIT.equals(outcome)) {
          CommendationCase c = cases.get(caseNumber);
          cases.revise(caseNumber, NominationInput.of(task.getVariables()).revision(c), actor);
        }
      }
      case REVIEW_IN_CLUSTER -> {
        if (APPROVE.equals(outcome) && cases.get(caseNumber).getAwardType() == AwardType.CO_THI_DUA_TINH) {
          comment = withClusterTally(task, comment);
        }
      }
      case APPRAISE -> {
        if (APPROVE.equals(outcome) && settings.refusesAppraisalWithoutAttachment() && !hasAttachment(task)) {
          throw Refusal.invalid(VAR_APPRAISAL_OUTCOME, NO_ATTACHMENT + " Chưa thể thẩm định \"Đạt\".");
        }
        cases.clearAppraisalOverdue(caseNumber);
        // one achievement, one award: a second award in the same year needs the Board's explicit reason
        if (APPROVE.equals(outcome) && task.getVariable(VAR_SAME_YEAR_AWARDS) != null && comment == null) {
          throw Refusal.invalid(VAR_COMMENT, "Đối tượng đã được " + task.getVariable(VAR_SAME_YEAR_AWARDS)
              + " trong năm: cần ghi rõ lý do Ban vẫn đề nghị khen thưởng.");
        }
      }
      case HANDLE_COMPLAINT -> complaints.handle(complaintId(task), outcome, comment, actor);
      default -> {
      }
    }
    cases.record(caseNumber, actor, outcome, comment);
    if (HANDLE_COMPLAINT.equals(task.getTaskDefinitionKey())) {
      // complaints run side by side, each in its event sub-process: the decision stays in that scope,
      // so a sibling complaint task never sees it pre-filled nor inherits it when completed without one
      task.getExecution().getProcessInstance().removeVariables(List.of(rule.outcomeVariable(), VAR_COMMENT));
      task.getExecution().setVariableLocal(rule.outcomeVariable(), outcome);
    }
    ChangedValues.set(task.getExecution().getProcessInstance(), VAR_PREVIOUS_COMMENT, comment == null ? "" : comment);
    if (REJECT.equals(outcome) || WITHDRAW.equals(outcome) || WITHDRAW_NOMINEE.equals(outcome)) {
      task.getExecution().getProcessInstance().setVariable(VAR_CLOSING_REASON, Variables.stringValue(
          comment != null ? comment : "Đơn vị đề nghị rút hồ sơ.", true));
    }
  }

  /**
   * Unit, cluster and award decide who gets the next task and whether the public notice applies. The
   * variables a task is completed with land on the process instance, so they must not change these:
   * the case record keeps the values given at registration.
   */
  private void keepRouting(DelegateTask task, String caseNumber) {
    CommendationCase c = cases.get(caseNumber);
    keep(task, VAR_UNIT, c.getUnitCode(), "đơn vị đề nghị");
    keep(task, VAR_CLUSTER, c.getClusterCode(), "cụm thi đua");
    keep(task, VAR_AWARD, c.getAwardType().name(), "hình thức khen thưởng");
  }

  private static void keep(DelegateTask task, String variable, String recorded, String label) {
    if (!recorded.equals(task.getVariable(variable))) {
      throw Refusal.invalid(variable, "Không được thay đổi " + label + " của hồ sơ khi xử lý công việc.");
    }
  }

  /** A flag goes forward only with more than the configured share of the cluster's ballots. */
  private String withClusterTally(DelegateTask task, String comment) {
    int votesFor = votes(task, VAR_CLUSTER_VOTES_FOR);
    int total = votes(task, VAR_CLUSTER_VOTES_TOTAL);
    if (total == 0 || votesFor > total) {
      throw Refusal.invalid(VAR_CLUSTER_VOTES_TOTAL,
          "Kết quả bỏ phiếu của cụm không hợp lệ: số phiếu tán thành phải từ 0 đến tổng số phiếu (lớn hơn 0).");
    }
    if (votesFor <= settings.getFlagVoteShare() * total) {
      throw Refusal.invalid(VAR_CLUSTER_VOTES_FOR, String.format(
          "Cờ thi đua cần trên %.0f%% số phiếu của cụm; đơn vị được %d/%d phiếu.",
          settings.getFlagVoteShare() * 100, votesFor, total));
    }
    String tally = "Kết quả bỏ phiếu kín của cụm: " + votesFor + "/" + total + " phiếu tán thành.";
    return comment == null ? tally : comment + " — " + tally;
  }

  private static int votes(DelegateTask task, String field) {
    return Inputs.wholeNumber(task.getVariable(field), field, 0, Integer.MAX_VALUE,
        "Cần nhập số phiếu (số nguyên không âm) cho Cờ thi đua.");
  }

  private static String comment(DelegateTask task) {
    return Inputs.text(task.getVariable(VAR_COMMENT), VAR_COMMENT, "ý kiến", COMMENT_MAX, false);
  }

  private static long complaintId(DelegateTask task) {
    return ((Number) task.getVariable(VAR_COMPLAINT_ID)).longValue();
  }
}
