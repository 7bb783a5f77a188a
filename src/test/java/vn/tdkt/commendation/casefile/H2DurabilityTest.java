package vn.tdkt.commendation.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlProcessor;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The default H2 database must not lose a commit that was acknowledged when the process is killed.
 * A child JVM opens the database with the application's own URL settings, commits rows, says so and
 * is killed at once (no shutdown hooks, no close); the rows must be there when the file is reopened.
 */
class H2DurabilityTest {

  static final int ROWS = 50;

  @TempDir Path dir;

  @Test
  void acknowledgedCommitsSurviveAKill() throws Exception {
    String url = applicationUrl().replace("./data/commendation", dir.resolve("db").toString());
    Process child = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Writer.class.getName(), url)
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.equals("COMMITTED")) {
        // wait for the acknowledgement
      }
      assertEquals("COMMITTED", line, "the writer did not commit");
    }
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from acknowledged")) {
      r.next();
      assertEquals(ROWS, r.getInt(1));
    }
    assertTrue(Files.exists(dir.resolve("db.mv.db")));
  }

  static String applicationUrl() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yml"));
    // the default document only, not the profile documents below it
    yaml.setDocumentMatchers(doc -> doc.containsKey("spring.config.activate.on-profile")
        ? YamlProcessor.MatchStatus.NOT_FOUND : YamlProcessor.MatchStatus.FOUND);
    Properties p = yaml.getObject();
    String url = p.getProperty("spring.datasource.url");
    assertTrue(url.startsWith("jdbc:h2:file:./data/commendation"), url);
    return url;
  }

  /** Runs in the child JVM: commits row by row, prints COMMITTED, then halts as a kill would. */
  public static final class Writer {
    public static void main(String[] args) throws Exception {
      Connection c = DriverManager.getConnection(args[0], "sa", "");
      c.createStatement().execute("create table acknowledged (id int primary key)");
      c.setAutoCommit(false);
      for (int i = 0; i < ROWS; i++) {
        c.createStatement().execute("insert into acknowledged values (" + i + ")");
        c.commit();
      }
      System.out.println("COMMITTED");
      System.out.flush();
      Runtime.getRuntime().halt(137);
    }
  }
}
