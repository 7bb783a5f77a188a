package vn.tdkt.commendation.operations;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * "engine": the engine answers a query on its own tables, and the job executor runs when it is meant
 * to (a node whose job executor stopped would leave timers to the others, so it reports DOWN). Jobs
 * out of retries are shown but do not make the node DOWN: another node would not do better.
 */
@Component("engine")
class EngineHealthIndicator implements HealthIndicator {

  private final ProcessEngine engine;
  private final boolean jobExecutorWanted;

  EngineHealthIndicator(ProcessEngine engine,
      @Value("${camunda.bpm.job-execution.enabled:true}") boolean jobExecutorWanted) {
    this.engine = engine;
    this.jobExecutorWanted = jobExecutorWanted;
  }

  @Override
  public Health health() {
    ManagementService management = engine.getManagementService();
    long failedJobs = management.createJobQuery().noRetriesLeft().count();
    long dueJobs = management.createJobQuery().executable().count();
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    JobExecutor executor = config.getJobExecutor();
    boolean active = executor != null && executor.isActive();
    Health.Builder health = jobExecutorWanted && !active ? Health.down() : Health.up();
    return health.withDetail("name", engine.getName())
        .withDetail("jobExecutor", active ? "active" : "off")
        .withDetail("jobExecutorLockOwner", executor == null ? "-" : executor.getLockOwner())
        .withDetail("executableJobs", dueJobs)
        .withDetail("failedJobs", failedJobs)
        .build();
  }
}
