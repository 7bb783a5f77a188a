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
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 default (one node, a file database): the node is killed with SIGKILL in the middle of the
 * nominations and restarted on the same file; the same checks as on PostgreSQL must hold.
 */
class NodeCrashOnH2Test {

  static final int NOMINATIONS = 40;

  @TempDir Path dir;
  private AppNode node;

  @Test
  void aKilledNodeRestartsOnItsFileAndNothingAcknowledgedIsLost() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("commendation") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
    Path logs = Files.createDirectories(Path.of("target", "cluster-logs"));
    node = new AppNode("h2-node", NodesScenario.nodeArgs(url, "sa", ""), logs);
    node.start();
    node.awaitHealthy(Duration.ofMinutes(4));

    NodesScenario scenario = new NodesScenario(List.of(node));
    scenario.nominate(NOMINATIONS, Map.of(NOMINATIONS / 2, () -> {
      try {
        node.kill();
        node.start();
        node.awaitHealthy(Duration.ofMinutes(4));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }));
    assertEquals(2, node.starts(), "the node was killed and started again");
    assertTrue(scenario.acknowledged.size() >= NOMINATIONS - 4, "acknowledged: " + scenario.acknowledged.size());
    scenario.appraise();
    scenario.council();
    node.stop();
    scenario.verify(url, "sa", "");
  }

  @AfterEach
  void stopNode() throws InterruptedException {
    if (node != null) {
      node.stop();
    }
  }
}
