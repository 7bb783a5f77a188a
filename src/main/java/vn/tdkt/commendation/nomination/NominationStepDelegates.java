package vn.tdkt.commendation.nomination;

import static vn.tdkt.commendation.nomination.NominationProcess.*;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.tdkt.commendation.announcement.ComplaintService;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CaseStage;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.notification.Notifier;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.security.CaseAuthorizations;

/**
 * The steps of "commendation-nomination": the bean an element calls is named after the element's id
 * ({@code registerCase} → {@code registerCaseDelegate}, the user task {@code appraiseDossier} →
 * {@code appraiseDossierListener}, the flow {@code toAppraise} → {@code toAppraiseListener}). Small steps are
 * written here; larger ones are classes of this package that are created here.
 */
@Configuration(proxyBeanMethods = false)
class NominationStepDelegates {

  @Bean
  JavaDelegate registerCaseDelegate(CaseService cases, OrganisationService organisation,
      CaseAuthorizations authorizations, Clock clock, ClusterRoundLinks roundLinks, NominationSettings settings) {
    return new RegisterCaseDelegate(cases, organisation, authorizations, clock, roundLinks, settings);
  }

  @Bean
  JavaDelegate checkEligibilityDelegate(CaseService cases, DecisionService decisions, SystemAction system,
      vn.tdkt.commendation.registration.RecordedFacts recorded) {
    return new CheckEligibilityDelegate(cases, decisions, system, recorded);
  }

  /** Every user task of the nomination follows its rule in {@link NominationProcess#TASKS}. */
  @Bean({"reviseNominationListener", "endorseNominationListener", "reviewInClusterListener", "appraiseDossierListener",
      "supplementDossierListener", "handleComplaintListener", "nominationTaskListener"})
  // the last name: what earlier versions of the model (up to 1.1.0) call it, for their instances still running
  TaskListener reviseNominationListener(CaseService cases, ComplaintService complaints, NominationSettings settings,
      SystemAction system) {
    return new NominationTaskListener(cases, complaints, settings, system);
  }

  /**
   * The appraisal starts (first time or after a supplement): its deadline in working days is fixed now
   * and kept in the process (task due date, reminder and escalation timers read it) and on the case.
   */
  @Bean({"toAppraiseListener", "appraisalDeadlineListener"})
  // the last name: what earlier versions of the model (up to 1.1.0) call it, for their instances still running
  ExecutionListener toAppraiseListener(NominationDeadlines deadlines, CaseService cases) {
    return execution -> {
      NominationDeadlines.Deadline d = deadlines.appraisal(ClockUtil.getCurrentTime().toInstant());
      execution.setVariable(VAR_APPRAISAL_DUE, d.dueDate());
      execution.setVariable(VAR_APPRAISAL_REMINDER, d.reminderDate());
      cases.setAppraisalDue(execution.getProcessBusinessKey(), d.due());
    };
  }

  /** The Board asks for a supplement: the unit's deadline is fixed now, the same way. */
  @Bean({"appraisalSupplementListener", "supplementDeadlineListener"})
  // the last name: what earlier versions of the model (up to 1.1.0) call it, for their instances still running
  ExecutionListener appraisalSupplementListener(NominationDeadlines deadlines, CaseService cases) {
    return execution -> {
      NominationDeadlines.Deadline d = deadlines.supplement(ClockUtil.getCurrentTime().toInstant());
      execution.setVariable(VAR_SUPPLEMENT_DUE, d.dueDate());
      execution.setVariable(VAR_SUPPLEMENT_REMINDER, d.reminderDate());
      cases.setSupplementDue(execution.getProcessBusinessKey(), d.due());
    };
  }

  /** A few working days before the appraisal deadline: the case history notes it and the Board is told. */
  @Bean
  JavaDelegate remindAppraisalDelegate(CaseService cases, Notifier notifier, NominationSettings settings) {
    return execution -> {
      String caseNumber = execution.getProcessBusinessKey();
      CommendationCase c = cases.get(caseNumber);
      cases.record(caseNumber, "system", "appraisalReminder", "Hạn thẩm định: " + Notifier.format(c.getAppraisalDueAt()));
      notifier.notify(Notifier.Kind.APPRAISAL_REMINDER, caseNumber, List.of(Roles.BOARD_OFFICERS),
          assignee(execution, APPRAISE), caseModel(c, c.getAppraisalDueAt(), settings.getAppraisalReminderWorkingDays()));
    };
  }

  /** A few working days before the supplement deadline: the unit is told. */
  @Bean({"supplementRemindedListener", "remindSupplementListener"})
  // the last name: what earlier versions of the model (up to 1.1.0) call it, for their instances still running
  ExecutionListener supplementRemindedListener(CaseService cases, Notifier notifier, NominationSettings settings) {
    return execution -> {
      String caseNumber = execution.getProcessBusinessKey();
      CommendationCase c = cases.get(caseNumber);
      cases.record(caseNumber, "system", "supplementReminder", "Hạn bổ sung: " + Notifier.format(c.getSupplementDueAt()));
      notifier.notify(Notifier.Kind.SUPPLEMENT_REMINDER, caseNumber, List.of(Roles.nominators(c.getUnitCode())),
          assignee(execution, SUPPLEMENT), caseModel(c, c.getSupplementDueAt(), settings.getSupplementReminderWorkingDays()));
    };
  }

  /** The appraisal deadline passed: the Board's heads see the task too, and the case records the breach. */
  @Bean
  JavaDelegate escalateAppraisalDelegate(CaseService cases, TaskService tasks, SystemAction system, Notifier notifier) {
    return execution -> system.run(() -> {
      Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey(APPRAISE).singleResult();
      if (task != null) {
        tasks.addCandidateGroup(task.getId(), Roles.BOARD_HEADS);
      }
      cases.markAppraisalOverdue(execution.getProcessBusinessKey());
      CommendationCase c = cases.get(execution.getProcessBusinessKey());
      notifier.notify(Notifier.Kind.APPRAISAL_OVERDUE, c.getCaseNumber(), List.of(Roles.BOARD_HEADS), List.of(),
          caseModel(c, c.getAppraisalDueAt(), 0));
    });
  }

  private static List<String> assignee(DelegateExecution execution, String taskKey) {
    Task task = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey).singleResult();
    return task == null || task.getAssignee() == null ? List.of() : List.of(task.getAssignee());
  }

  static Map<String, Object> caseModel(CommendationCase c, Instant due, int workingDaysLeft) {
    Map<String, Object> model = new HashMap<>();
    model.put("nomineeName", c.getNomineeName());
    model.put("awardLabel", c.getAwardType().label());
    model.put("dueDate", Notifier.format(due));
    model.put("workingDaysLeft", workingDaysLeft);
    return model;
  }

  /**
   * After the unit head's endorsement: a case a cluster round nominated has had its cluster step at the
   * round (minutes and secret-ballot tally), so it goes straight to the Board. The answer comes from the
   * round's JPA link to this case only; whatever the endorsement wrote into the variable is overwritten.
   */
  @Bean({"checkClusterRoundDelegate", "clusterRoundCheckDelegate"})
  // the last name: what earlier versions of the model (up to 1.1.0) call it, for their instances still running
  JavaDelegate checkClusterRoundDelegate(CaseService cases, ClusterRoundLinks links) {
    return execution -> {
      String caseNumber = execution.getProcessBusinessKey();
      var result = links.resultFor(caseNumber);
      execution.setVariable(VAR_FROM_CLUSTER_ROUND, result.isPresent());
      if (result.isEmpty()) {
        return;
      }
      ClusterRoundLinks.RoundResult r = result.get();
      cases.moveTo(caseNumber, CaseStage.CLUSTER_REVIEW, null);
      execution.setVariable(VAR_CLUSTER_VOTES_FOR, r.votesFor());
      execution.setVariable(VAR_CLUSTER_VOTES_TOTAL, r.votesTotal());
      cases.record(caseNumber, "system", "clusterRoundApproved", r.clusterName() + " đã bình xét, bỏ phiếu kín tại hội nghị: "
          + r.votesFor() + "/" + r.votesTotal() + " phiếu. Biên bản " + r.roundNumber() + ": " + r.minutesPath());
    };
  }

  /** The supplement deadline passed: the case is withdrawn for want of the missing papers. */
  @Bean
  ExecutionListener supplementOverdueListener(CaseService cases, NominationDeadlines deadlines) {
    return execution -> {
      String reason = "Quá hạn bổ sung hồ sơ (" + deadlines.describeSupplement() + ").";
      cases.record(execution.getProcessBusinessKey(), "system", "supplementOverdue", reason);
      execution.getProcessInstance().setVariable(VAR_CLOSING_REASON, Variables.stringValue(reason, true));
    };
  }

  /** The case goes on the public page until the notice period (in working days) ends. */
  @Bean
  JavaDelegate openPublicNoticeDelegate(CaseService cases, NominationDeadlines deadlines) {
    return execution -> {
      Instant ends = deadlines.noticeEnd(ClockUtil.getCurrentTime().toInstant());
      execution.setVariable(VAR_NOTICE_END, Date.from(ends));
      cases.openNotice(execution.getProcessBusinessKey(), ends);
    };
  }

  /** The notice period is over: no more complaints, even while earlier ones are still being handled. */
  @Bean({"noticePeriodListener", "noticeEndedListener"})
  // the last name: what earlier versions of the model (up to 1.1.0) call it, for their instances still running
  ExecutionListener noticePeriodListener(CaseService cases) {
    return execution -> cases.endNotice(execution.getProcessBusinessKey());
  }

  @Bean
  ExecutionListener awaitCouncilListener(CaseService cases) {
    return execution -> cases.moveTo(execution.getProcessBusinessKey(), CaseStage.COUNCIL,
        CaseStatus.AWAITING_COUNCIL);
  }

  @Bean
  JavaDelegate announceAwardDelegate(CaseService cases) {
    return execution -> cases.moveTo(execution.getProcessBusinessKey(), CaseStage.ANNOUNCEMENT, null);
  }

  /**
   * Every end event of the nomination closes the case record with the matching final status; the
   * nominating unit is told of a decision or of a rejection with its reason.
   */
  @Bean({"caseAwardedListener", "caseRejectedListener", "caseWithdrawnListener", "closeCaseListener"})
  // the last name: what earlier versions of the model (up to 1.1.0) call it, for their instances still running
  ExecutionListener caseAwardedListener(CaseService cases, Notifier notifier) {
    return execution -> {
      String caseNumber = execution.getProcessBusinessKey();
      CaseStatus status = finalStatus(execution);
      cases.close(caseNumber, status, (String) execution.getVariable(VAR_CLOSING_REASON));
      CommendationCase c = cases.get(caseNumber);
      Map<String, Object> model = caseModel(c, null, 0);
      if (status == CaseStatus.AWARDED) {
        model.put("decisionNumber", c.getDecisionNumber() == null ? "" : c.getDecisionNumber());
        model.put("decisionDate", c.getDecisionDate() == null ? null
            : c.getDecisionDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        notifier.notifyUnit(Notifier.Kind.DECISION, caseNumber, c.getUnitCode(), model);
      } else if (status == CaseStatus.REJECTED) {
        model.put("reason", c.getOutcomeReason() == null ? "Không nêu lý do." : c.getOutcomeReason());
        notifier.notifyUnit(Notifier.Kind.REJECTION, caseNumber, c.getUnitCode(), model);
      }
    };
  }

  static CaseStatus finalStatus(DelegateExecution execution) {
    return switch (execution.getCurrentActivityId()) {
      case END_AWARDED -> CaseStatus.AWARDED;
      case END_REJECTED -> CaseStatus.REJECTED;
      case END_WITHDRAWN -> CaseStatus.WITHDRAWN;
      default -> throw new IllegalStateException("Not an end of a case: " + execution.getCurrentActivityId());
    };
  }
}
