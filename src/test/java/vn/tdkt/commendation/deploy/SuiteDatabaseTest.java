package vn.tdkt.commendation.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.util.Arrays;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.support.JdbcUtils;

import com.zaxxer.hikari.HikariDataSource;

import vn.tdkt.commendation.WorkflowTest;

/**
 * The suite runs on the database its profiles name: H2 in memory by default; with TDKT_TEST_PROFILES=postgres
 * (CI's second pass) PostgreSQL as a real install connects to it, through the profile's DB_URL, its pool and
 * its connection options, which every query of the suite then runs under.
 */
class SuiteDatabaseTest extends WorkflowTest {

  @Autowired DataSource dataSource;
  @Autowired Environment environment;

  @Test
  void theDatabaseAndItsSettingsAreThoseOfTheActiveProfile() throws Exception {
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    HikariDataSource pool = (HikariDataSource) dataSource;
    if (Arrays.asList(environment.getActiveProfiles()).contains("postgres")) {
      assertThat(product).isEqualTo("PostgreSQL");
      assertThat(pool.getJdbcUrl()).isEqualTo(System.getenv("DB_URL"));
      assertThat(pool.getMaximumPoolSize()).isEqualTo(20);
      assertThat(pool.getMinimumIdle()).isEqualTo(5);
      // the connection options of the profile are in force on the connections the application uses
      assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
      assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
    } else {
      // the test profile's database, unless the environment names another one (SPRING_DATASOURCE_URL)
      String url = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "jdbc:h2:mem:tdkt-test;DB_CLOSE_DELAY=-1");
      assertThat(pool.getJdbcUrl()).isEqualTo(url);
      assertThat(product).isEqualTo(url.startsWith("jdbc:h2:") ? "H2" : "PostgreSQL");
    }
  }
}
