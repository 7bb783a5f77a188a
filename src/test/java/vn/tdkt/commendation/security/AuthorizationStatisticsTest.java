package vn.tdkt.commendation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.commendation.WorkflowTest;

/**
 * On PostgreSQL the planner knows how many authorization rows a permission check keeps (without it, it guesses
 * 0.5% and joins the task list against every authorization row of the caller: minutes at 100k open tasks).
 * The normal build runs on H2, where there is nothing to create; the PostgreSQL run of the suite checks the rest.
 */
class AuthorizationStatisticsTest extends WorkflowTest {

  @Autowired AuthorizationStatistics statistics;
  @Autowired DataSource dataSource;

  @Test
  void onH2NothingIsCreatedAndTheStartIsUnharmed() {
    Assumptions.assumeFalse(statistics.applies(), "PostgreSQL only: checked by the test below");
    statistics.ensure();
    assertThat(jdbc.queryForObject("select count(*) from act_ru_authorization", Long.class)).isPositive();
  }

  @Test
  void onPostgresqlThePlannerEstimatesTheReadGrantsFromStatistics() throws Exception {
    Assumptions.assumeTrue(statistics.applies(), "needs PostgreSQL (TDKT_TEST_PROFILES=postgres with DB_URL=jdbc:postgresql://…, see docs/deploy.md)");
    statistics.ensure(); // a second call changes nothing
    try (Connection c = dataSource.getConnection()) {
      assertThat(AuthorizationStatistics.exists(c)).isTrue();
    }
    jdbc.execute("analyze act_ru_authorization");
    long actual = jdbc.queryForObject("select count(*) from act_ru_authorization where perms_ & 2 = 2", Long.class);
    String plan = jdbc.queryForList("explain select * from act_ru_authorization where perms_ & 2 = 2", String.class).get(0);
    long estimated = Long.parseLong(plan.replaceAll(".* rows=(\\d+).*", "$1"));
    assertThat(actual).isGreaterThan(20);
    // the default guess would be 0.5% of the rows
    assertThat(estimated).as(plan).isBetween(actual / 2, actual * 2);
  }
}
