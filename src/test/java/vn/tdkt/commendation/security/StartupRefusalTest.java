package vn.tdkt.commendation.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;

import vn.tdkt.commendation.CommendationApplication;

/**
 * Outside profile demo the application refuses to start without a safe administrator password, and with one
 * it creates that administrator and nobody else. Not a {@code WorkflowTest}: each case starts the application
 * on its own (a child JVM where the exit code matters), never the suite's shared demo context.
 */
class StartupRefusalTest {

  private static final String MESSAGE = "Không khởi động: mật khẩu quản trị";

  @ParameterizedTest(name = "password \"{0}\"")
  @ValueSource(strings = {"demo", "DEMO", "changeme", "Admin@12345", "short1A!", "alllowercase1!", "Admin@Pass2026x"})
  void anUnsafePasswordStopsTheStartBeforeAnythingElse(String password) {
    assertThatThrownBy(() -> new SpringApplicationBuilder(CommendationApplication.class)
        .profiles("production-check")
        .run("--tdkt.security.admin.password=" + password, "--spring.datasource.url=jdbc:h2:mem:refused",
            "--camunda.bpm.job-execution.enabled=false", "--server.port=0"))
        .isInstanceOf(AdminPasswordCheck.UnsafeAdminPasswordException.class)
        .hasMessageContaining(MESSAGE)
        .hasMessageContaining("TDKT_ADMIN_PASSWORD");
  }

  @Test
  void theProblemsAreNamed() {
    assertThat(AdminPasswordCheck.problems("admin", null)).singleElement().asString().contains("chưa đặt mật khẩu");
    assertThat(AdminPasswordCheck.problems("admin", "demo")).anyMatch(p -> p.contains("mặc định"));
    assertThat(AdminPasswordCheck.problems("admin", "Admin@Pass2026x")).anyMatch(p -> p.contains("tên đăng nhập"));
    assertThat(AdminPasswordCheck.problems("admin", "abc")).anyMatch(p -> p.contains("chính sách mật khẩu"));
    assertThat(AdminPasswordCheck.problems("quantri", "Tinh-Thanh-Hoa-2026")).isEmpty();
  }

  @Test
  void aMissingOrDemoPasswordEndsTheProcessWithAnErrorCode(@TempDir Path dir) throws Exception {
    Run missing = launch(dir, Map.of(), "production-check");
    assertThat(missing.process().waitFor(90, TimeUnit.SECONDS)).as("exits by itself").isTrue();
    assertThat(missing.process().exitValue()).isNotZero();
    assertThat(missing.output()).contains("APPLICATION FAILED TO START", MESSAGE, "chưa đặt mật khẩu quản trị");

    Run demo = launch(dir, Map.of("TDKT_ADMIN_PASSWORD", "demo"), "postgres");
    assertThat(demo.process().waitFor(90, TimeUnit.SECONDS)).isTrue();
    assertThat(demo.process().exitValue()).isNotZero();
    assertThat(demo.output()).contains(MESSAGE, "mặc định");
    assertThat(dir.resolve("db.mv.db")).as("no database was created").doesNotExist();
  }

  @Test
  void aSafePasswordCreatesTheAdministratorUnderThePasswordPolicyAndNoDemoPeople(@TempDir Path dir) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String password = "Tinh-Thanh-Hoa-2026";
    Run run = launch(dir, Map.of("TDKT_ADMIN_USER", "quantri", "TDKT_ADMIN_PASSWORD", password), "production-check",
        "--server.port=" + port);
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
      while (!run.output().contains("Started CommendationApplication")) {
        assertThat(run.process().isAlive()).as("still running: %s", run.output()).isTrue();
        assertThat(System.nanoTime()).as("started in time").isLessThan(deadline);
        Thread.sleep(500);
      }
      HttpClient http = HttpClient.newHttpClient();
      // "Started" comes before the start-up set-up that creates the administrator: wait until the node is ready
      while (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
          .GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode() != 200) {
        assertThat(System.nanoTime()).as("ready in time: %s", run.output()).isLessThan(deadline);
        Thread.sleep(200);
      }
      assertThat(get(http, port, "/engine-rest/group?member=quantri", "quantri", password)).contains("camunda-admin");
      assertThat(get(http, port, "/engine-rest/user/count", "quantri", password)).isEqualTo("{\"count\":1}");
      assertThat(status(http, port, "/engine-rest/user/count", "nominator.thads", "demo")).isEqualTo(401);
      // the password policy is on: a weak password for a new official is refused by the engine
      HttpResponse<String> weak = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
              + "/engine-rest/user/create")).header("Authorization", basic("quantri", password))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"profile\":{\"id\":\"can.bo\",\"firstName\":\"A\","
              + "\"lastName\":\"B\"},\"credentials\":{\"password\":\"demo\"}}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(weak.statusCode()).as(weak.body()).isEqualTo(400);
      assertThat(weak.body()).contains("\"field\":\"password\"", "Mật khẩu mới chưa đạt yêu cầu");
      assertThat(get(http, port, "/engine-rest/user/count", "quantri", password)).isEqualTo("{\"count\":1}");
    } finally {
      run.process().destroy();
      run.process().waitFor(30, TimeUnit.SECONDS);
      run.process().destroyForcibly();
    }
  }

  @Test
  void theDemoPeopleOfAnEarlierDemoRunStopTheStartUntilRemoved(@TempDir Path dir) throws Exception {
    String password = "Tinh-Thanh-Hoa-2026";
    // a demo run fills the database with the demo people (password "demo"), the administrator among them
    int demoPort = freePort();
    Run demo = launch(dir, Map.of(), "demo", "--server.port=" + demoPort, "--tdkt.mail.demo-server.port=0");
    try {
      awaitReady(demo, demoPort);
    } finally {
      stop(demo);
    }

    Run refused = launch(dir, Map.of("TDKT_ADMIN_PASSWORD", password), "production-check", "--server.port=0");
    assertThat(refused.process().waitFor(180, TimeUnit.SECONDS)).as("exits by itself").isTrue();
    assertThat(refused.process().exitValue()).isNotZero();
    assertThat(refused.output()).contains("APPLICATION FAILED TO START", "tài khoản dùng thử", "nominator.thads",
        "council.1", "admin", "TDKT_DEMO_ACCOUNTS=remove");

    int port = freePort();
    Run removed = launch(dir, Map.of("TDKT_ADMIN_PASSWORD", password, "TDKT_DEMO_ACCOUNTS", "remove"),
        "production-check", "--server.port=" + port);
    try {
      awaitReady(removed, port);
      HttpClient http = HttpClient.newHttpClient();
      // the right password first: after a failure the engine holds the account back for a second
      assertThat(get(http, port, "/engine-rest/user/count", "admin", password)).isEqualTo("{\"count\":1}");
      assertThat(status(http, port, "/engine-rest/user/count", "nominator.thads", "demo")).isEqualTo(401);
      assertThat(status(http, port, "/engine-rest/user/count", "admin", "demo")).isEqualTo(401);
      assertThat(removed.output()).contains("Demo account \"council.7\" deleted");
    } finally {
      stop(removed);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void awaitReady(Run run, int port) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    HttpClient http = HttpClient.newHttpClient();
    while (true) {
      assertThat(run.process().isAlive()).as("still running: %s", run.output()).isTrue();
      assertThat(System.nanoTime()).as("ready in time: %s", run.output()).isLessThan(deadline);
      try {
        if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
            .GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(300);
    }
  }

  private static void stop(Run run) throws InterruptedException {
    run.process().destroy();
    if (!run.process().waitFor(30, TimeUnit.SECONDS)) {
      run.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private record Run(Process process, Path log) {
    String output() throws IOException {
      return Files.readString(log, StandardCharsets.UTF_8);
    }
  }

  /** The application's main class in a child JVM with this test's class path, without profile demo. */
  private static Run launch(Path dir, Map<String, String> env, String profile, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        CommendationApplication.class.getName(), "--spring.profiles.active=" + profile,
        "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE",
        "--spring.datasource.username=sa", "--spring.datasource.password=",
        "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.metrics.enabled=false"));
    command.addAll(List.of(args));
    Path log = Files.createTempFile(dir, "app", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
        .directory(dir.toFile());
    builder.environment().remove("TDKT_ADMIN_USER");
    builder.environment().remove("TDKT_ADMIN_PASSWORD");
    builder.environment().putAll(env);
    return new Run(builder.start(), log);
  }

  private static String get(HttpClient http, int port, String path, String user, String password) throws Exception {
    HttpResponse<String> r = http.send(request(port, path, user, password), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
    return r.body();
  }

  private static int status(HttpClient http, int port, String path, String user, String password) throws Exception {
    return http.send(request(port, path, user, password), HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private static HttpRequest request(int port, String path, String user, String password) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", basic(user, password)).GET().build();
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

}
