package vn.tdkt.commendation.nodes;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import vn.tdkt.commendation.CommendationApplication;

/** One application node in its own JVM, as in production: started, health-checked, killed with SIGKILL. */
final class AppNode {

  final String name;
  final int port;
  private final List<String> args;
  private final Path log;
  private volatile Process process;
  private volatile boolean up;
  private volatile int starts;

  AppNode(String name, List<String> args, Path logDir) {
    this.name = name;
    this.port = freePort();
    this.args = args;
    this.log = logDir.resolve(name + ".log");
  }

  String url() {
    return "http://localhost:" + port;
  }

  boolean isUp() {
    return up;
  }

  void start() throws IOException {
    starts++;
    List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx448m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=" + CommendationApplication.ZONE,
        "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        CommendationApplication.class.getName(), "--server.port=" + port,
        // each node of the demo profile runs its own demo mail server: let it take any free port
        "--tdkt.mail.demo-server.port=0"));
    command.addAll(args);
    process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
  }

  /** Waits until /actuator/health/readiness answers UP (set-up done, the engine and the database answer). */
  void awaitHealthy(Duration timeout) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " died while starting, see " + log);
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          up = true;
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError(name + " not healthy within " + timeout + ", see " + log);
  }

  /** SIGKILL: no shutdown hook, no graceful stop, open transactions die with the process. */
  void kill() throws InterruptedException {
    up = false;
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  void stop() throws InterruptedException {
    up = false;
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  /** How many times this node was started (a restart after a kill makes 2). */
  int starts() {
    return starts;
  }

  Path log() {
    return log;
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
