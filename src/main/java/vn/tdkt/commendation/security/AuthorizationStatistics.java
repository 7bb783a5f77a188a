package vn.tdkt.commendation.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL only: statistics on the permission bits of Camunda's authorization rows, so that the planner
 * knows how many rows an authorization check keeps. The engine's check filters on {@code PERMS_ & n = n};
 * without statistics PostgreSQL guesses 0.5% of the rows and, once every open task has its own
 * authorization rows, joins the task list against them in a nested loop over all pairs (seconds to minutes
 * at 100k open tasks, docs/benchmarks.md). Grants and their meaning are unchanged: this only informs the plan.
 *
 * <p>Created after the engine has made its tables (a Flyway migration may run before them on a new
 * database, and the statement is not valid on H2); idempotent, and a failure only costs speed.
 */
@Component
class AuthorizationStatistics {

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationStatistics.class);

  static final String NAME = "tdkt_authorization_perms";
  // READ (2) of tasks and instances, READ_TASK (64), READ_INSTANCE (512), READ_HISTORY (4096) of definitions:
  // the bits of the checks behind the task list, the instance list and the history
  static final String CREATE = "create statistics if not exists " + NAME
      + " on (perms_ & 2), (perms_ & 64), (perms_ & 512), (perms_ & 4096) from act_ru_authorization";

  private final DataSource dataSource;
  private final ProcessEngine engine;

  AuthorizationStatistics(DataSource dataSource, ProcessEngine engine) {
    this.dataSource = dataSource;
    this.engine = engine;
  }

  boolean applies() {
    return "postgres".equals(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType());
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(30)
  public void ensure() {
    if (!applies()) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      if (!exists(c)) {
        try (Statement s = c.createStatement()) {
          s.execute(CREATE);
          s.execute("analyze act_ru_authorization"); // from then on autovacuum's analyze keeps them current
        }
        LOG.info("Statistics {} created on act_ru_authorization", NAME);
      }
    } catch (SQLException e) {
      // e.g. two nodes starting at once: the other one created it; the task list is slower without it, not wrong
      LOG.warn("Statistics {} on act_ru_authorization not created: {}", NAME, e.getMessage());
    }
  }

  static boolean exists(Connection c) throws SQLException {
    try (PreparedStatement q = c.prepareStatement("select 1 from pg_statistic_ext where stxname = ?")) {
      q.setString(1, NAME);
      try (ResultSet r = q.executeQuery()) {
        return r.next();
      }
    }
  }
}
