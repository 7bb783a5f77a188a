package vn.tdkt.commendation.council;

import static vn.tdkt.commendation.council.CouncilProcess.*;

import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.problem.Refusal;

/**
 * The steps of "council-session": the bean an element calls is named after the element's id
 * ({@code tallyVotes} → {@code tallyVotesDelegate}, a user task's listener {@code signDecision} →
 * {@code signDecisionListener}); the gateways read the variables these steps set. The session is always found
 * from the process instance, never from a variable: a task's variables can be written by whoever works it.
 */
@Configuration(proxyBeanMethods = false)
class CouncilStepDelegates {

  @Bean({"openSessionDelegate", "openCouncilSessionDelegate"})
  // the last name: what version 1.0.0 of the model calls it, for its instances still running
  JavaDelegate openSessionDelegate(CouncilService council) {
    return execution -> {
      Inputs.onlyKnown(execution.getVariableNames(), START_INPUTS);
      CouncilSession session = council.open((String) execution.getVariable(VAR_INITIATOR),
          execution.getVariable(VAR_AWARD_TYPES), execution.getProcessInstanceId());
      execution.setProcessBusinessKey(session.getSessionNumber());
      execution.setVariable(VAR_SESSION_ID, session.getId());
      execution.setVariable(VAR_ROUND, session.getRound());
    };
  }

  @Bean({"tallyVotesDelegate", "tallyCouncilVotesDelegate"})
  // the last name: what version 1.0.0 of the model calls it, for its instances still running
  JavaDelegate tallyVotesDelegate(CouncilService council, CouncilSettings settings) {
    return execution -> {
      Long sessionId = council.sessionIdOf(execution.getProcessInstanceId());
      CouncilService.TallyResult result = council.tally(sessionId);
      // the gateway reads these right away; the round comes from the record, not from what a task may have written
      int round = council.get(sessionId).getRound();
      execution.setVariable(VAR_ROUND, round);
      execution.setVariable(VAR_QUORUM_REACHED, result.quorumReached());
      execution.setVariable(VAR_ANOTHER_ROUND, !result.quorumReached() && round < settings.getMaxRounds());
      execution.setVariable(VAR_ANY_PASSED, result.anyPassed());
    };
  }

  @Bean({"startNewRoundDelegate", "startCouncilRoundDelegate"})
  // the last name: what version 1.0.0 of the model calls it, for its instances still running
  JavaDelegate startNewRoundDelegate(CouncilService council) {
    return execution -> {
      Long sessionId = council.sessionIdOf(execution.getProcessInstanceId());
      council.newRound(sessionId);
      execution.setVariable(VAR_ROUND, council.get(sessionId).getRound());
    };
  }

  @Bean({"releaseCasesDelegate", "releaseCouncilCasesDelegate"})
  // the last name: what version 1.0.0 of the model calls it, for its instances still running
  JavaDelegate releaseCasesDelegate(CouncilService council) {
    return execution -> council.release(council.sessionIdOf(execution.getProcessInstanceId()));
  }

  @Bean({"closeSessionDelegate", "closeCouncilSessionDelegate"})
  // the last name: what version 1.0.0 of the model calls it, for its instances still running
  JavaDelegate closeSessionDelegate(CouncilService council) {
    return execution -> council.close(council.sessionIdOf(execution.getProcessInstanceId()));
  }

  /** A ballot counts only through the ballot page or API, which keeps the vote out of the engine. */
  @Bean({"castCouncilBallotListener", "councilBallotGuard"})
  // the last name: what version 1.0.0 of the model calls it, for its instances still running
  TaskListener castCouncilBallotListener(CouncilService council) {
    return task -> {
      Long sessionId = council.sessionIdOf(task.getProcessInstanceId());
      int round = council.get(sessionId).getRound();
      if (!council.hasVoted(sessionId, round, task.getAssignee())) {
        throw Refusal.invalid("votes", "Phiếu bầu phải được nộp trên trang \"Phiếu bầu Hội đồng\" (/council/ballots), "
            + "không hoàn thành trực tiếp trong Tasklist.");
      }
    };
  }

  /**
   * Model version 1.1.0 only (its instances still running): shows the Chairman the list to sign; on completion the
   * decision is issued at once, numbered as the form says or by the system's count.
   */
  @Bean
  TaskListener signDecisionListener(CouncilService council, DecisionSigning signing, ChairmanList chairmanList,
      SystemAction system, Clock clock) {
    return task -> {
      Long sessionId = council.sessionIdOf(task.getProcessInstanceId());
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        String awardType = (String) task.getVariable(VAR_DECISION_AWARD);
        task.setVariableLocal(VAR_DECISION_CASES, signing.prepare(sessionId, awardType, task.getId()));
        // for a checklist of the cases to leave out (the form's valuesKey): the listed cases, by name
        task.setVariableLocal(VAR_DECISION_CASE_OPTIONS, Inputs.json(chairmanList.choices(sessionId, task.getId())));
        return;
      }
      SignInput input = SignInput.parse(task.getVariable(VAR_CHAIRMAN_OUTCOME),
          task.getVariable(VAR_COMMENT), task.getVariable(VAR_EXCLUDED_CASES), task.getVariable(VAR_DECISION_NUMBER),
          task.getVariable(VAR_DECISION_DATE), clock);
      signing.signAndIssue(sessionId, task.getId(), input, system.actor(task.getAssignee()));
      // completing the task stores these on the process instance, where the next award type's list would
      // find them (and Tasklist would prefill them): each signature starts from nothing
      task.removeVariables(List.of(VAR_CHAIRMAN_OUTCOME, VAR_COMMENT, VAR_EXCLUDED_CASES, VAR_DECISION_NUMBER,
          VAR_DECISION_DATE));
    };
  }

  /** The Council's minutes, once the quorum is reached: written, signed and kept before anyone signs a decision. */
  @Bean
  JavaDelegate writeSessionMinutesDelegate(CouncilService council, CouncilMinutes minutes) {
    return execution -> minutes.write(council.sessionIdOf(execution.getProcessInstanceId()));
  }

  /**
   * The signer's list (the Chairman's, or the Vice-Chairman's who signs this award type for the Chairman): on
   * creation the Board's submission and the list; on completion the approval, and for the subprocess's gateway
   * whether a decision follows and whether its number comes from the register.
   */
  @Bean
  TaskListener approveDecisionListener(CouncilService council, DecisionSigning signing, DecisionSettings settings,
      ChairmanList chairmanList, SystemAction system, Clock clock) {
    return task -> {
      Long sessionId = council.sessionIdOf(task.getProcessInstanceId());
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        String awardType = (String) task.getVariable(VAR_DECISION_AWARD);
        task.setVariableLocal(VAR_DECISION_CASES, signing.prepare(sessionId, awardType, task.getId()));
        // for a checklist of the cases to leave out (the form's valuesKey): the listed cases, by name
        task.setVariableLocal(VAR_DECISION_CASE_OPTIONS, Inputs.json(chairmanList.choices(sessionId, task.getId())));
        return;
      }
      SignInput input = SignInput.parse(task.getVariable(VAR_CHAIRMAN_OUTCOME), task.getVariable(VAR_COMMENT),
          task.getVariable(VAR_EXCLUDED_CASES), null, null, clock);
      boolean approved = signing.approve(sessionId, task.getId(), input, system.actor(task.getAssignee()));
      // on this award type's own subprocess instance, where its gateway and steps read them (the other lists run
      // beside it); the award type again from the session's record, whatever the completion tried to write
      task.getExecution().setVariableLocal(VAR_DECISION_AWARD, signing.awardTypeOfTask(sessionId, task.getId()));
      task.getExecution().setVariableLocal(VAR_DECISION_APPROVED, approved);
      task.getExecution().setVariableLocal(VAR_FROM_REGISTER, settings.register());
      task.removeVariables(List.of(VAR_CHAIRMAN_OUTCOME, VAR_COMMENT, VAR_EXCLUDED_CASES));
    };
  }

  /** The clerk's task: shown the approved decision; on completion the number and date from the register, checked. */
  @Bean
  TaskListener recordDecisionNumberListener(CouncilService council, DecisionSigning signing, SystemAction system) {
    return task -> {
      Long sessionId = council.sessionIdOf(task.getProcessInstanceId());
      String awardType = (String) task.getVariable(VAR_DECISION_AWARD);
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        task.setVariableLocal(VAR_DECISION_SUMMARY, signing.summaryForClerk(sessionId, awardType));
        return;
      }
      signing.recordNumber(sessionId, awardType, task.getVariable(VAR_REGISTER_NUMBER),
          task.getVariable(VAR_REGISTER_DATE), system.actor(task.getAssignee()));
      task.removeVariables(List.of(VAR_REGISTER_NUMBER, VAR_REGISTER_DATE));
    };
  }

  /** The decision issued: numbered, the cases awarded, the PDF signed with the organisation's certificate and kept. */
  @Bean
  JavaDelegate issueDecisionDelegate(CouncilService council, DecisionSigning signing) {
    return execution -> signing.issue(council.sessionIdOf(execution.getProcessInstanceId()),
        (String) execution.getVariable(VAR_DECISION_AWARD));
  }
}
