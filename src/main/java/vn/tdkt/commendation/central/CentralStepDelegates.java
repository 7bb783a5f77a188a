package vn.tdkt.commendation.central;

import static vn.tdkt.commendation.central.CentralProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.tdkt.commendation.calendar.WorkingDayCalendar;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.engine.TaskLoop;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.notification.Notifier;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.registry.AwardRegistry;
import vn.tdkt.commendation.registry.CentralFacts;

/**
 * The steps of "central-award-proposal": the bean an element calls is named after the element's id
 * ({@code registerProposal} → {@code registerProposalDelegate}, the user task {@code signSubmission} →
 * {@code signSubmissionListener}).
 */
@Configuration(proxyBeanMethods = false)
class CentralStepDelegates {

  /** Checks the start values, creates the proposal record and names the instance after the case. */
  @Bean({"registerProposalDelegate", "registerCentralProposalDelegate"})
  // the last name: what version 1.0.0 of the model calls it, for its instances still running
  JavaDelegate registerProposalDelegate(CentralProposalService proposals, CaseService cases) {
    return execution -> {
      // the first step after the start event: the variables here are exactly what the start was given
      Inputs.onlyKnown(execution.getVariableNames(), START_INPUTS);
      String caseNumber = Inputs.text(execution.getVariable(VAR_CASE_NUMBER), VAR_CASE_NUMBER,
          "số hồ sơ đã được tỉnh khen thưởng", 20, true);
      CentralAward award = CentralAward.parse(execution.getVariable(VAR_AWARD));
      CentralProposal.EligibilityInput input = new CentralProposal.EligibilityInput(
          count(execution, VAR_PROVINCIAL_FIGHTER_TIMES), flag(execution, VAR_NATIONAL_INITIATIVE),
          flag(execution, VAR_PROVINCIAL_MERIT), count(execution, VAR_GOOD_YEARS), count(execution, VAR_GRASSROOTS_TIMES),
          flag(execution, VAR_CLUSTER_LEADER), flag(execution, VAR_OUTSTANDING_LEADER));
      String proposer = (String) execution.getVariable(VAR_INITIATOR);
      CentralProposal p = proposals.register(caseNumber, award, input, proposer == null ? "system" : proposer);
      proposals.linkProcess(p.getId(), execution.getProcessInstanceId());
      execution.setProcessBusinessKey(caseNumber);
      CommendationCase c = cases.get(caseNumber);
      execution.setVariable(VAR_PROPOSAL_ID, p.getId());
      execution.setVariable(VAR_AWARD_LABEL, award.label());
      execution.setVariable(VAR_NOMINEE_NAME, c.getNomineeName());
      execution.setVariable(VAR_REQUIRED_SETS, award.dossierSets());
    };
  }

  /** The DMN table "central-award-eligibility" over the proposal's inputs and the case record. */
  @Bean
  JavaDelegate checkCentralEligibilityDelegate(CentralProposalService proposals, CaseService cases,
      DecisionService decisions, SystemAction system, AwardRegistry registry) {
    return execution -> {
      CentralProposal p = proposals.get(proposalId(execution));
      CentralProposal.EligibilityInput declared = p.input();
      CommendationCase c = cases.get(p.getCaseNumber());
      // the registry wins over the declaration where it holds records (issue 14): a provincial certificate
      // decided this year leaves no "good years after it"
      CentralFacts facts = registry.centralFacts(new AwardRegistry.Nominee(c.getUnitCode(), c.getNomineeKind(),
          c.getNomineeName(), null), ClockUtil.getCurrentTime().toInstant().atZone(java.time.ZoneId.of(
              vn.tdkt.commendation.CommendationApplication.ZONE)).getYear(),
          new CentralFacts.Counts(declared.consecutiveProvincialFighterTimes(), declared.hasProvincialMerit(),
              declared.consecutiveGoodYears(), declared.grassrootsFighterTimes()));
      CentralProposal.EligibilityInput in = new CentralProposal.EligibilityInput(
          facts.effective().provincialFighterTimes(), declared.nationalInitiative(), facts.effective().provincialMerit(),
          facts.effective().goodYears(), facts.effective().grassrootsTimes(), declared.clusterLeader(),
          declared.outstandingAmongLeaders());
      DmnDecisionResultEntries result = system.call(() -> decisions.evaluateDecisionByKey(DECISION_KEY)
          .variables(Variables.createVariables()
              .putValue(VAR_AWARD, p.getAward().name())
              .putValue(VAR_PROVINCIAL_FIGHTER_TIMES, in.consecutiveProvincialFighterTimes())
              .putValue(VAR_NATIONAL_INITIATIVE, in.nationalInitiative())
              .putValue(VAR_PROVINCIAL_MERIT, in.hasProvincialMerit())
              .putValue(VAR_GOOD_YEARS, in.consecutiveGoodYears())
              .putValue(VAR_GRASSROOTS_TIMES, in.grassrootsFighterTimes())
              .putValue(VAR_CLUSTER_LEADER, in.clusterLeader())
              .putValue(VAR_OUTSTANDING_LEADER, in.outstandingAmongLeaders())
              .putValue(VAR_UNDER_DISCIPLINE, c.isUnderDiscipline()))
          .evaluate().getSingleResult());
      boolean eligible = Boolean.TRUE.equals(result.getEntry("eligible"));
      String reason = result.getEntry("reason");
      if (!facts.summary().isEmpty()) {
        reason = reason + " " + facts.summary();
        reason = reason.length() > 1000 ? reason.substring(0, 999) + "…" : reason;
      }
      proposals.checked(p.getId(), eligible, reason);
      execution.setVariable(VAR_ELIGIBLE, eligible);
      execution.setVariable(VAR_ELIGIBILITY_REASON, reason);
    };
  }

  /** Checks and records each user task's decision when it is completed (400 refuses it). */
  @Bean({"prepareSubmissionListener", "signSubmissionListener", "recordSubmissionListener",
      "awaitCentralResultListener", "centralTaskListener"})
  // the last name: what version 1.0.0 of the model calls it, for its instances still running
  TaskListener prepareSubmissionListener(CentralProposalService proposals, CentralSettings settings,
      WorkingDayCalendar calendar, SystemAction system) {
    return task -> {
      long id = ((Number) task.getVariable(VAR_PROPOSAL_ID)).longValue();
      if (TaskLoop.clearedOnCreate(task, VAR_COMMENT, VAR_SIGN_OUTCOME)) {
        return; // a loop (the Chairman returns the submission)
      }
      switch (task.getTaskDefinitionKey()) {
        case PREPARE -> proposals.prepared(id, task.getVariable(VAR_DOSSIER_SETS));
        case SIGN -> {
          String outcome = Inputs.choice(task.getVariable(VAR_SIGN_OUTCOME), VAR_SIGN_OUTCOME,
              List.of(SIGN_APPROVE, SIGN_RETURN), "Chọn \"sign\" (ký tờ trình) hoặc \"return\" (trả lại).");
          String comment = Inputs.text(task.getVariable(VAR_COMMENT), VAR_COMMENT, "ý kiến",
              CentralProposalService.NOTE_MAX, false);
          if (SIGN_APPROVE.equals(outcome)) {
            proposals.signed(id);
          } else {
            if (comment == null) {
              throw Refusal.invalid(VAR_COMMENT, "Cần ghi rõ lý do trả lại tờ trình.");
            }
            proposals.returnedForPreparation(id);
          }
        }
        case RECORD_SUBMISSION -> {
          Instant due = resultDue(ClockUtil.getCurrentTime().toInstant(), settings, calendar);
          proposals.submitted(id, due);
          task.getExecution().setVariable(VAR_RESULT_DUE, Date.from(due));
        }
        case AWAIT_RESULT -> {
          Map<String, Object> checked = CentralProposalService.checkResult(task.getVariable(VAR_RESULT_OUTCOME),
              task.getVariable(VAR_RESULT_DECISION), task.getVariable(VAR_COMMENT));
          task.getExecution().setVariables(checked);
          task.getExecution().setVariable(CentralProposalService.VAR_RESULT_BY, system.actor(task.getAssignee()));
        }
        default -> throw new IllegalStateException("No rule for task " + task.getTaskDefinitionKey());
      }
    };
  }

  static Instant resultDue(Instant now, CentralSettings settings, WorkingDayCalendar calendar) {
    if (settings.getResultDeadline() == null) {
      return calendar.deadline(now, settings.getResultWorkingDays());
    }
    try {
      return now.plus(Duration.ofMillis(DatatypeFactory.newInstance().newDuration(settings.getResultDeadline())
          .getTimeInMillis(Date.from(now))));
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The central result is late: the Board's heads see the task too and are told by mail. */
  @Bean
  JavaDelegate escalateCentralResultDelegate(CentralProposalService proposals, TaskService tasks, SystemAction system,
      Notifier notifier) {
    return execution -> system.run(() -> {
      CentralProposal p = proposals.get(proposalId(execution));
      Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey(AWAIT_RESULT).singleResult();
      if (task != null) {
        tasks.addCandidateGroup(task.getId(), Roles.BOARD_HEADS);
      }
      proposals.resultOverdue(p.getId());
      notifier.notify(Notifier.Kind.CENTRAL_RESULT_OVERDUE, p.getCaseNumber(), List.of(Roles.BOARD_HEADS), List.of(),
          model(p, execution));
    });
  }

  /** The result, entered by the Board or received as a message, goes to the proposal and the case. */
  @Bean
  JavaDelegate recordCentralResultDelegate(CentralProposalService proposals, CaseService cases, Notifier notifier) {
    return execution -> {
      CentralProposal p = proposals.get(proposalId(execution));
      boolean awarded = AWARDED.equals(execution.getVariable(VAR_RESULT_OUTCOME));
      String by = (String) execution.getVariable(CentralProposalService.VAR_RESULT_BY);
      proposals.result(p.getId(), awarded, (String) execution.getVariable(VAR_RESULT_DECISION),
          (String) execution.getVariable(VAR_COMMENT), by == null ? "system" : by);
      CommendationCase c = cases.get(p.getCaseNumber());
      Map<String, Object> model = model(p, execution);
      model.put("awarded", awarded);
      model.put("decisionNumber", execution.getVariable(VAR_RESULT_DECISION));
      model.put("reason", execution.getVariable(VAR_COMMENT));
      notifier.notifyUnit(Notifier.Kind.CENTRAL_RESULT, p.getCaseNumber(), c.getUnitCode(), model);
    };
  }

  private static Map<String, Object> model(CentralProposal p, DelegateExecution execution) {
    Map<String, Object> m = new HashMap<>();
    m.put("centralAwardLabel", p.getAward().label());
    m.put("nomineeName", execution.getVariable(VAR_NOMINEE_NAME));
    m.put("submissionNumber", p.getSubmissionNumber());
    m.put("dueDate", Notifier.format(p.getResultDueAt()));
    return m;
  }

  private static long proposalId(DelegateExecution execution) {
    return ((Number) execution.getVariable(VAR_PROPOSAL_ID)).longValue();
  }

  private static int count(DelegateExecution execution, String name) {
    Object v = execution.getVariable(name);
    return Inputs.missing(v) ? 0 : Inputs.wholeNumber(v, name, 0, 60, "Cần một số nguyên từ 0 đến 60.");
  }

  private static boolean flag(DelegateExecution execution, String name) {
    return Inputs.yesNo(execution.getVariable(name), name, "có/không");
  }
}
