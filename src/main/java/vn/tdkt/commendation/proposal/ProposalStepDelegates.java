package vn.tdkt.commendation.proposal;

import static vn.tdkt.commendation.proposal.ProposalProcess.*;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.nomination.NominationDeadlines;
import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.nomination.NominationSettings;
import vn.tdkt.commendation.notification.Notifier;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.organisation.Unit;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.security.CaseAuthorizations;

/**
 * The steps of "commendation-proposal": the bean an element calls is named after the element's id
 * ({@code numberProposal} → {@code numberProposalDelegate}, the user task {@code appraiseProposal} →
 * {@code appraiseProposalListener}, the flow {@code toAppraiseProposal} → {@code toAppraiseProposalListener}).
 */
@Configuration(proxyBeanMethods = false)
class ProposalStepDelegates {

  /**
   * The first step after the start event: reads and checks the tờ trình and every nominee row (the variables are
   * exactly what the start was given), numbers the proposal, registers a case per nominee, makes the number the
   * business key. Runs in the start transaction: a refusal leaves nothing behind.
   */
  @Bean
  JavaDelegate numberProposalDelegate(ProposalRegistration registration, CaseService cases, OrganisationService organisation, CaseAuthorizations authorizations, ProposalSettings settings) {
    return execution -> {
      boolean signedIn = signedIn(execution);
      Inputs.onlyKnown(execution.getVariableNames(), signedIn ? START_INPUTS : SYSTEM_START_INPUTS);
      String initiator = initiator(execution, signedIn);
      Map<String, Object> values = execution.getVariables();
      ProposalHeader header = registration.header(values);
      ProposalStarter.RoundSource round = signedIn ? null
          : execution.getVariable(VAR_ROUND_SOURCE) instanceof ProposalStarter.RoundSource s ? s : null;
      execution.removeVariable(VAR_ROUND_SOURCE);
      Unit unit = round != null ? organisation.unit(round.unitCode()).orElseThrow()
          : registration.unitFor((String) (values.get(VAR_UNIT) instanceof String s ? s : null), initiator);
      List<Map<String, Object>> rows = Inputs.rows(values.get(VAR_NOMINEES), VAR_NOMINEES, "danh sách đối tượng",
          settings.getMaxNominees());
      Map<String, Object> single = new LinkedHashMap<>(values);
      single.keySet().retainAll(NOMINEE_FIELDS);
      if (!single.isEmpty()) {
        if (!rows.isEmpty()) {
          throw Refusal.invalid(VAR_NOMINEES, "Gửi danh sách đối tượng hoặc một đối tượng, "
              + "không cả hai.");
        }
        // the Tasklist start form carries one nominee at the top level
        rows = List.of(single);
      }
      execution.removeVariables(NOMINEE_FIELDS);
      execution.removeVariable(VAR_NOMINEES);
      Proposal p = registration.register(registration.check(header, unit, ProposalRegistration.numbered(rows)),
          initiator, execution.getProcessInstanceId());
      List<CommendationCase> nominees = cases.ofProposal(p.getProposalNumber());
      if (round != null) {
        p.fromClusterRound(round.roundNumber());
        for (CommendationCase c : nominees) {
          String tally = round.tallies().get(c.getAwardType());
          if (tally != null) {
            cases.markClusterVoted(c.getCaseNumber(), tally, initiator);
          }
        }
      }
      execution.setProcessBusinessKey(p.getProposalNumber());
      authorizations.grantCaseRead(execution.getProcessInstanceId(), unit.getCode(), unit.getClusterCode());
      execution.setVariable(VAR_INITIATOR, initiator);
      execution.setVariable(VAR_UNIT, unit.getCode());
      execution.setVariable(VAR_CLUSTER, unit.getClusterCode());
      execution.setVariable(VAR_KIND, header.kind().name());
      ProposalForms.header(execution, p, unit.getName());
    };
  }

  /** The eligibility table for each nominee, before the head signs: shown beside each one from then on. */
  @Bean
  JavaDelegate assessNomineesDelegate(ProposalService proposals, ProposalEligibility eligibility) {
    return execution -> eligibility.assess(proposals.open(proposals.ofProcess(execution.getProcessInstanceId())));
  }

  /** Every user task of the proposal follows {@link ProposalTaskListener}. */
  @Bean({"endorseProposalListener", "reviewProposalInClusterListener", "receiveProposalListener",
      "completeProposalListener", "appraiseProposalListener"})
  TaskListener endorseProposalListener(ProposalService proposals, CaseService cases, ProposalEligibility eligibility,
      ProposalDeadlines deadlines, NominationSettings nominationSettings, SystemAction system) {
    return new ProposalTaskListener(proposals, cases, eligibility, deadlines, nominationSettings, system);
  }

  /** A thematic proposal waits until its campaign closes, so that the campaign is appraised together. */
  @Bean
  ExecutionListener campaignDeadlineListener(ProposalService proposals) {
    return execution -> proposals.moveTo(proposals.ofProcess(execution.getProcessInstanceId()),
        ProposalStatus.AWAITING_CAMPAIGN);
  }

  /**
   * The appraisal's limit in working days counts from full receipt (a thematic proposal: from its campaign's
   * deadline when that is later; a sudden one: its own shorter limit). Fixed once, in the process (the task's due
   * date and the reminder and escalation timers read it) and on the proposal and each nominee.
   */
  @Bean
  ExecutionListener toAppraiseProposalListener(ProposalService proposals, ProposalDeadlines deadlines,
      CampaignService campaigns, CaseService cases) {
    return execution -> {
      Proposal p = proposals.ofProcess(execution.getProcessInstanceId());
      Instant from = p.getReceivedAt() == null ? ClockUtil.getCurrentTime().toInstant() : p.getReceivedAt();
      if (p.getCampaignId() != null) {
        Instant closes = campaigns.get(p.getCampaignId()).getDeadlineAt();
        from = closes.isAfter(from) ? closes : from;
      }
      NominationDeadlines.Deadline d = deadlines.appraisal(p.getKind(), from);
      execution.setVariable(VAR_APPRAISAL_DUE, d.dueDate());
      execution.setVariable(VAR_APPRAISAL_REMINDER, d.reminderDate());
      proposals.setAppraisalDue(p, d.due());
      proposals.open(p).forEach(c -> cases.setAppraisalDue(c.getCaseNumber(), d.due()));
    };
  }

  /** A few working days before the appraisal deadline: the Board is told. */
  @Bean
  JavaDelegate remindProposalAppraisalDelegate(ProposalService proposals, Notifier notifier,
      OrganisationService organisation) {
    return execution -> {
      Proposal p = proposals.ofProcess(execution.getProcessInstanceId());
      notifier.notify(Notifier.Kind.APPRAISAL_REMINDER, p.getProposalNumber(), List.of(Roles.BOARD_OFFICERS), List.of(),
          model(p, proposals, organisation));
    };
  }

  /** The appraisal deadline passed: the Board's heads see the task too, and each nominee's case records it. */
  @Bean
  JavaDelegate escalateProposalAppraisalDelegate(ProposalService proposals, CaseService cases, TaskService tasks,
      SystemAction system, Notifier notifier, OrganisationService organisation) {
    return execution -> system.run(() -> {
      Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey(APPRAISE).singleResult();
      if (task != null) {
        tasks.addCandidateGroup(task.getId(), Roles.BOARD_HEADS);
      }
      Proposal p = proposals.ofProcess(execution.getProcessInstanceId());
      proposals.open(p).forEach(c -> cases.markAppraisalOverdue(c.getCaseNumber()));
      notifier.notify(Notifier.Kind.APPRAISAL_OVERDUE, p.getProposalNumber(), List.of(Roles.BOARD_HEADS), List.of(),
          model(p, proposals, organisation));
    });
  }

  private static Map<String, Object> model(Proposal p, ProposalService proposals, OrganisationService organisation) {
    return Map.of("nomineeName", "Tờ trình của " + organisation.unitName(p.getUnitCode()) + " ("
        + proposals.open(p).size() + " đối tượng)", "awardLabel", p.getKind().label(),
        "dueDate", Notifier.format(p.getAppraisalDueAt()), "workingDaysLeft", 0);
  }

  /** Every nominee's case has closed by itself: so does the proposal. */
  @Bean
  ExecutionListener proposalClosedListener(ProposalService proposals) {
    return execution -> {
      Proposal p = proposals.ofProcess(execution.getProcessInstanceId());
      proposals.moveTo(p, ProposalStatus.CLOSED);
    };
  }

  /** Not sent by the head, or withdrawn by the unit at the reception: what is still open closes withdrawn. */
  @Bean
  ExecutionListener proposalWithdrawnListener(ProposalService proposals) {
    return execution -> {
      Proposal p = proposals.ofProcess(execution.getProcessInstanceId());
      Object reason = execution.getVariable(NominationProcess.VAR_CLOSING_REASON);
      proposals.withdraw(p, reason == null ? "Tờ trình đã rút." : reason.toString());
    };
  }

  private static boolean signedIn(DelegateExecution execution) {
    Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return caller != null && caller.getUserId() != null;
  }

  /** The signed-in caller; only the product's own start (nobody signed in) takes the variable. */
  private static String initiator(DelegateExecution execution, boolean signedIn) {
    if (signedIn) {
      return execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
    }
    return execution.getVariable(VAR_INITIATOR) instanceof String s ? s : null;
  }
}
