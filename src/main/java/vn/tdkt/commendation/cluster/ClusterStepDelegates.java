package vn.tdkt.commendation.cluster;

import static vn.tdkt.commendation.cluster.ClusterRoundProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.problem.Refusal;

/**
 * The steps of "cluster-review-round": the bean an element calls is named after the element's id
 * ({@code tallyBallots} → {@code tallyBallotsDelegate}, a user task's listener {@code compileScores} →
 * {@code compileScoresListener}); each step hands over to a service in one line or a few. The round is always
 * found from the process instance and a task's unit from the JPA record made when the task was created,
 * never from a variable: a task's variables can be written by whoever works it.
 */
@Configuration(proxyBeanMethods = false)
class ClusterStepDelegates {

  private static final List<String> SHEET_INPUTS = List.of(VAR_POINTS, VAR_REPORT);
  private static final List<String> COMPILE_INPUTS = List.of(VAR_COMPILE_OUTCOME, VAR_RETURN_UNIT, VAR_AGREED_SCORES,
      VAR_NEXT_LEADER, VAR_COMMENT);

  @Bean({"openRoundDelegate", "openClusterRoundDelegate"})
  // the last name: what version 1.0.0 of the model calls it, for its instances still running
  JavaDelegate openRoundDelegate(ClusterRoundService rounds) {
    return execution -> {
      // the first step after the start event: the variables here are exactly what the start was given
      Inputs.onlyKnown(execution.getVariableNames(), START_INPUTS);
      // the signed-in caller, not the start variable a REST client could set
      Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      String startedBy = caller != null && caller.getUserId() != null ? caller.getUserId()
          : execution.getVariable(VAR_INITIATOR) instanceof String s ? s : null;
      ClusterRound round = rounds.open(startedBy, execution.getVariable(VAR_CLUSTER), execution.getVariable(VAR_YEAR),
          execution.getVariable(VAR_KIND), execution.getProcessInstanceId());
      execution.setProcessBusinessKey(round.getRoundNumber());
      execution.setVariable(VAR_INITIATOR, startedBy);
      execution.setVariable(VAR_CLUSTER, round.getClusterCode());
      execution.setVariable(VAR_YEAR, round.getEmulationYear());
      execution.setVariable(VAR_KIND, round.getKind().name());
      execution.setVariable(VAR_ROUND_TITLE, rounds.title(round));
    };
  }

  /** Self-assessment and correction sheets: the unit is fixed at creation; the input checked at completion. */
  @Bean({"submitSelfAssessmentListener", "correctSelfAssessmentListener", "selfAssessmentListener"})
  // the last name: what version 1.0.0 of the model calls it, for its instances still running
  TaskListener submitSelfAssessmentListener(ClusterRoundService rounds, RoundScores scores, SystemAction system) {
    return task -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        String unit = CORRECT.equals(task.getTaskDefinitionKey())
            ? rounds.roundOf(task.getProcessInstanceId()).getCorrectionUnitCode()
            : (String) task.getExecution().getVariableLocal(VAR_MEMBER_UNIT);
        clear(task, SHEET_INPUTS);
        show(task, scores.sheetOpened(task.getProcessInstanceId(), unit, task.getId()), SHEET_INPUTS);
        return;
      }
      scores.submitSheet(task.getId(), task.getVariable(VAR_POINTS), task.getVariable(VAR_REPORT),
          system.actor(task.getAssignee()));
      clear(task, SHEET_INPUTS);
    };
  }

  @Bean({"remindUnitsDelegate", "remindSelfAssessmentDelegate"})
  // the last name: what version 1.0.0 of the model calls it, for its instances still running
  JavaDelegate remindUnitsDelegate(RoundScores scores) {
    return execution -> scores.remind(execution.getProcessInstanceId());
  }

  @Bean
  JavaDelegate closeSelfAssessmentDelegate(RoundScores scores) {
    return execution -> scores.closeSelfAssessment(execution.getProcessInstanceId());
  }

  @Bean
  TaskListener compileScoresListener(RoundScores scores, SystemAction system) {
    return task -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        clear(task, COMPILE_INPUTS);
        show(task, scores.compileOpened(task.getProcessInstanceId()), COMPILE_INPUTS);
        return;
      }
      Map<String, Object> input = new HashMap<>();
      COMPILE_INPUTS.forEach(name -> input.put(name, task.getVariable(name)));
      scores.compile(task.getProcessInstanceId(), input, system.actor(task.getAssignee()));
      clear(task, COMPILE_INPUTS);
    };
  }

  @Bean
  JavaDelegate openBallotRoundDelegate(ClusterBallotService ballots) {
    return execution -> ballots.openBallotRound(execution.getProcessInstanceId());
  }

  /** Creation: the sheet records the unit. Completion: only after the ballot went through the ballot page. */
  @Bean({"castBallotListener", "clusterBallotListener"})
  // the last name: what version 1.0.0 of the model calls it, for its instances still running
  TaskListener castBallotListener(ClusterBallotService ballots) {
    return task -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        ballots.ballotOpened(task.getProcessInstanceId(), (String) task.getExecution().getVariableLocal(VAR_BALLOT_UNIT),
            task.getId());
        return;
      }
      if (!ballots.ballotCast(task.getId())) {
        throw Refusal.invalid("ballot", "Phiếu bầu phải được nộp trên trang \"Phiếu bầu cụm thi đua\" "
            + "(/clusters/ballots), không hoàn thành trực tiếp trong Tasklist.");
      }
    };
  }

  @Bean({"tallyBallotsDelegate", "tallyClusterBallotDelegate"})
  // the last name: what version 1.0.0 of the model calls it, for its instances still running
  JavaDelegate tallyBallotsDelegate(ClusterBallotService ballots) {
    return execution -> ballots.tally(execution.getProcessInstanceId());
  }

  @Bean({"startNominationsDelegate", "startRoundNominationsDelegate"})
  // the last name: what version 1.0.0 of the model calls it, for its instances still running
  JavaDelegate startNominationsDelegate(RoundNominations nominations) {
    return execution -> nominations.start(execution.getProcessInstanceId());
  }

  @Bean
  JavaDelegate recordNextLeaderDelegate(ClusterRoundService rounds) {
    return execution -> rounds.recordNextLeader(execution.getProcessInstanceId());
  }

  @Bean({"writeMinutesDelegate", "writeRoundMinutesDelegate"})
  // the last name: what version 1.0.0 of the model calls it, for its instances still running
  JavaDelegate writeMinutesDelegate(ClusterMinutesWriter minutes) {
    return execution -> minutes.writeMinutes(execution.getProcessInstanceId());
  }

  /**
   * What the form shows: task-local, except the data of a field the form submits (a dynamic list's rows), which
   * goes on the task's execution, where the submitted value replaces it (a task-local value would hide the answer).
   */
  private static void show(DelegateTask task, Map<String, Object> form, List<String> inputs) {
    form.forEach((name, value) -> {
      if (inputs.contains(name)) {
        task.getExecution().setVariableLocal(name, value);
      } else {
        task.setVariableLocal(name, value);
      }
    });
  }

  /** What a task was completed with lands on the process instance: the next sheet must start empty. */
  private static void clear(DelegateTask task, List<String> names) {
    task.getExecution().getProcessInstance().removeVariables(names);
    task.getExecution().removeVariables(names);
  }
}
