package vn.tdkt.commendation.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.tdkt.commendation.Prerequisite;

/**
 * Two application JVMs on one PostgreSQL database, the job executor on in both. Node B is killed with
 * SIGKILL a third of the way through 200 nominations (node A carries on alone) and restarted at two
 * thirds. Before the load, a browser signed in on one node is known on the other (pages and Tasklist),
 * so the load balancer needs no sticky sessions. After it, 21 Council sessions wait for the Chairman: a
 * decision signed on A shows on B's public page, and the other 20 are signed at the same moment on both
 * nodes (ConcurrentDecisions). Needs an empty database of its own (TDKT_NODES_DB_URL / _USER / _PASSWORD,
 * set by .ci/run); without one it is skipped, and under CI=true it fails.
 */
class TwoNodesOnPostgresIT {

  static final int NOMINATIONS = 200;
  static final int SESSIONS = 21;

  private String url;
  private String user;
  private String password;
  private AppNode a;
  private AppNode b;

  @BeforeEach
  void database() {
    String missing = "an empty PostgreSQL database of its own (.ci/run creates tdkt_ci_nodes)";
    url = Prerequisite.env("TDKT_NODES_DB_URL", missing);
    user = Prerequisite.env("TDKT_NODES_DB_USER", missing);
    password = Prerequisite.env("TDKT_NODES_DB_PASSWORD", missing);
    Prerequisite.require(url.startsWith("jdbc:postgresql:"), "TDKT_NODES_DB_URL is not a PostgreSQL URL: " + url);
  }

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

    ConcurrentDecisions decisions = new ConcurrentDecisions(scenario, a, b);
    decisions.prepare(SESSIONS);
    decisions.theOtherNodeShowsADecisionWithinTheSettleWindow();
    decisions.signAllAtOnce();
    decisions.verify(url, user, password, 2, SESSIONS);
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
