package vn.tdkt.commendation.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Two application JVMs on one PostgreSQL database, the job executor on in both. Node B is killed with
 * SIGKILL a third of the way through 200 nominations (node A carries on alone) and restarted at two
 * thirds. Before the load, a browser signed in on one node is known on the other (pages and Tasklist),
 * so the load balancer needs no sticky sessions. Runs when .ci/run gives it a database of its own (TDKT_NODES_DB_URL).
 */
@EnabledIfEnvironmentVariable(named = "TDKT_NODES_DB_URL", matches = "jdbc:postgresql:.*")
class TwoNodesOnPostgresTest {

  static final int NOMINATIONS = 200;

  private final String url = System.getenv("TDKT_NODES_DB_URL");
  private final String user = System.getenv("TDKT_NODES_DB_USER");
  private final String password = System.getenv("TDKT_NODES_DB_PASSWORD");
  private AppNode a;
  private AppNode b;

  @Test
  void twoNodesShareTheWorkAndLoseNothingWhenOneIsKilled() throws Exception {
    Path logs = Files.createDirectories(Path.of("target", "cluster-logs"));
    List<String> args = NodesScenario.nodeArgs(url, user, password);
    a = new AppNode("pg-node-a", args, logs);
    b = new AppNode("pg-node-b", args, logs);
    // the first node creates Camunda's schema and the demo people alone, as docker-compose orders it
    a.start();
    a.awaitHealthy(Duration.ofMinutes(4));
    b.start();
    b.awaitHealthy(Duration.ofMinutes(4));

    new SharedSessions().pageLoginHoldsOnTheOtherNode(a, b);
    new SharedSessions().camundaWebappLoginHoldsOnTheOtherNode(b, a);

    NodesScenario scenario = new NodesScenario(List.of(a, b));
    Thread[] restart = new Thread[1];
    scenario.nominate(NOMINATIONS, Map.of(
        NOMINATIONS / 3, () -> {
          try {
            b.kill();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        },
        2 * NOMINATIONS / 3, () -> {
          restart[0] = new Thread(() -> {
            try {
              b.start();
              b.awaitHealthy(Duration.ofMinutes(4));
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
          restart[0].start();
        }));
    restart[0].join(Duration.ofMinutes(5).toMillis());
    assertTrue(b.isUp(), "node B is back");
    assertEquals(2, b.starts(), "node B was killed and started again");
    assertTrue(scenario.acknowledged.size() >= NOMINATIONS - 8,
        "nearly every start was acknowledged: " + scenario.acknowledged.size());
    scenario.appraise();
    scenario.council();
    scenario.verify(url, user, password);
  }

  @AfterEach
  void stopNodes() throws InterruptedException {
    if (a != null) {
      a.stop();
    }
    if (b != null) {
      b.stop();
    }
  }
}
