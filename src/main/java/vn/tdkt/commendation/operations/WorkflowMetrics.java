package vn.tdkt.commendation.operations;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import vn.tdkt.commendation.council.CouncilProcess;
import vn.tdkt.commendation.nomination.CaseProcess;
import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.proposal.DecisionListProcess;
import vn.tdkt.commendation.proposal.ProposalProcess;

/**
 * Workflow metrics read from the shared database when they are scraped, so every node reports the
 * same province-wide figures and a restarted node does not start from zero:
 * {@code tdkt.process.instances.started/completed{process}}, {@code tdkt.tasks.open{stage}} (one per
 * user task key), {@code tdkt.jobs.failed} (jobs out of retries) and {@code tdkt.incidents}.
 */
@Component
class WorkflowMetrics implements MeterBinder {

  /** The processes the work of a year goes through: proposals and their nominees' cases first. */
  static final List<String> PROCESSES = List.of(ProposalProcess.KEY, CaseProcess.KEY, CouncilProcess.KEY,
      DecisionListProcess.KEY, NominationProcess.KEY);
  /** The steps where work waits for people (a decision list's signing steps share the Council's ids). */
  static final List<String> STAGES = List.of(ProposalProcess.ENDORSE, ProposalProcess.REVIEW_IN_CLUSTER,
      ProposalProcess.RECEIVE, ProposalProcess.COMPLETE, ProposalProcess.APPRAISE, NominationProcess.REVISE,
      NominationProcess.ENDORSE, NominationProcess.REVIEW_IN_CLUSTER, NominationProcess.APPRAISE,
      NominationProcess.SUPPLEMENT, NominationProcess.HANDLE_COMPLAINT, CouncilProcess.CAST_BALLOT,
      CouncilProcess.APPROVE_DECISION, CouncilProcess.RECORD_NUMBER);

  private final HistoryService history;
  private final TaskService tasks;
  private final ManagementService management;
  private final RuntimeService runtime;

  WorkflowMetrics(HistoryService history, TaskService tasks, ManagementService management, RuntimeService runtime) {
    this.history = history;
    this.tasks = tasks;
    this.management = management;
    this.runtime = runtime;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String process : PROCESSES) {
      FunctionCounter.builder("tdkt.process.instances.started", history,
              h -> h.createHistoricProcessInstanceQuery().processDefinitionKey(process).count())
          .tag("process", process).description("process instances started").register(registry);
      FunctionCounter.builder("tdkt.process.instances.completed", history,
              h -> h.createHistoricProcessInstanceQuery().processDefinitionKey(process).finished().count())
          .tag("process", process).description("process instances ended").register(registry);
    }
    for (String stage : STAGES) {
      Gauge.builder("tdkt.tasks.open", tasks, t -> t.createTaskQuery().taskDefinitionKey(stage).count())
          .tag("stage", stage).description("open user tasks at this step").register(registry);
    }
    Gauge.builder("tdkt.jobs.failed", management, m -> m.createJobQuery().noRetriesLeft().count())
        .description("jobs (timers, asynchronous steps) that failed and have no retries left").register(registry);
    Gauge.builder("tdkt.incidents", runtime, r -> r.createIncidentQuery().count())
        .description("open incidents").register(registry);
  }
}
