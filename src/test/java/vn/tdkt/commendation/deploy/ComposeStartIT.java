package vn.tdkt.commendation.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.tdkt.commendation.CommendationApplication;
import vn.tdkt.commendation.Prerequisite;
import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.proposal.ProposalProcess;
import vn.tdkt.commendation.organisation.Roles;

/**
 * The application started the way docker-compose starts a node: the packaged jar, unpacked as the Dockerfile
 * does, in a JVM whose environment is exactly the app service's {@code environment} of docker-compose.yml,
 * interpolated from the two secrets an operator exports (DB_PASSWORD, TDKT_ADMIN_PASSWORD) and the SMTP
 * server (MAIL_HOST, MAIL_PORT: a GreenMail server of this test), on an empty PostgreSQL database of its own
 * (TDKT_COMPOSE_DB_URL / _USER / _PASSWORD, set by .ci/run). The only differences to a container: the
 * database's address and role (compose's "postgres" service is CI's server) and the port. Run by failsafe
 * after the jar is built ({@code ./mvnw verify}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComposeStartIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final int YEAR = Year.now(ZoneId.of(CommendationApplication.ZONE)).getValue();
  static final String ADMIN_PASSWORD = "Qt-" + UUID.randomUUID().toString().substring(0, 8) + "-2026x";
  static final String PERSON_PASSWORD = "Cb-" + UUID.randomUUID().toString().substring(0, 8) + "-2026y";
  static final String NOMINATOR = "le.thi.hoa";
  static final String HEAD = "nguyen.van.hung";
  /** Some of the demo profile's people (DemoPeople): none may exist in a real install. */
  static final List<String> DEMO_PEOPLE = List.of("nominator.thads", "head.thads", "nominator.ca", "lead.cum9",
      "officer.ban", "head.ban", "council.1", "chairman");

  private String dbUrl;
  private String dbUser;
  private String dbPassword;
  private Map<String, String> environment;
  private Process app;
  private Path log;
  private int port;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  @BeforeAll
  void startTheNodeAsComposeDoes() throws Exception {
    String missing = "a PostgreSQL database of its own, empty (.ci/run creates tdkt_ci_compose)";
    dbUrl = Prerequisite.env("TDKT_COMPOSE_DB_URL", missing);
    dbUser = Prerequisite.env("TDKT_COMPOSE_DB_USER", missing);
    dbPassword = Prerequisite.env("TDKT_COMPOSE_DB_PASSWORD", missing);
    assertThat(dbUrl).as("TDKT_COMPOSE_DB_URL").startsWith("jdbc:postgresql://");
    try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
        ResultSet r = c.createStatement().executeQuery(
            "select count(*) from information_schema.tables where table_schema = current_schema()")) {
      r.next();
      assertThat(r.getLong(1)).as("the database of TDKT_COMPOSE_DB_URL is empty, as on a first 'docker compose up'")
          .isZero();
    }

    smtp.start();
    ComposeFile compose = ComposeFile.read(Path.of("docker-compose.yml"));
    // what the operator exports (or writes in .env) before 'docker compose up'
    Map<String, String> shell = Map.of("DB_PASSWORD", dbPassword, "TDKT_ADMIN_PASSWORD", ADMIN_PASSWORD,
        "MAIL_HOST", "127.0.0.1", "MAIL_PORT", String.valueOf(smtp.getSmtp().getPort()));
    environment = new LinkedHashMap<>(compose.environment("app1", shell));
    assertThat(compose.environment("app2", shell)).as("both nodes get the same environment").isEqualTo(environment);
    // where the database is: compose's service "postgres" is CI's PostgreSQL here, under CI's role
    assertThat(environment.get("DB_URL")).isEqualTo("jdbc:postgresql://postgres:5432/tdkt");
    assertThat(ComposeFile.map(compose.root().get("services"))).containsKey("postgres");
    environment.put("DB_URL", dbUrl);
    environment.put("DB_USER", dbUser);

    Path work = Files.createDirectories(Path.of("target", "compose-it")).toAbsolutePath();
    log = work.resolve("app.log");
    Path app = unpackLikeTheDockerfile(work);
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> command = List.of(java(), "-Xmx384m", "-Duser.timezone=" + CommendationApplication.ZONE,
        "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-jar", app.toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).directory(work.toFile());
    // a container's environment: the service's and the image's (TZ), nothing inherited from this JVM's shell
    builder.environment().clear();
    builder.environment().putAll(environment);
    builder.environment().put("TZ", CommendationApplication.ZONE);
    builder.environment().put("SERVER_PORT", String.valueOf(port));
    this.app = builder.start();
    awaitReady(Duration.ofMinutes(5));
  }

  /** As the Dockerfile: {@code java -Djarmode=tools -jar app.jar extract}, then the unpacked jar is run. */
  private static Path unpackLikeTheDockerfile(Path work) throws Exception {
    Path jar = null;
    try (DirectoryStream<Path> found = Files.newDirectoryStream(Path.of("target"), "commendation-workflow-*.jar")) {
      for (Path p : found) {
        jar = p;
      }
    }
    assertThat(jar).as("the packaged jar in target/ (failsafe runs after 'package': ./mvnw verify)").isNotNull();
    Path destination = work.resolve("app");
    deleteRecursively(destination);
    Process extract = new ProcessBuilder(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
        "--destination", destination.toString()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(work.resolve("extract.log").toFile())).start();
    assertThat(extract.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(extract.exitValue()).as("jar extracted, see target/compose-it/extract.log").isZero();
    Path unpacked = destination.resolve(jar.getFileName());
    assertThat(unpacked).exists();
    return unpacked;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private void awaitReady(Duration timeout) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    while (true) {
      assertThat(app.isAlive()).as("the node is running; its log:%n%s", tail()).isTrue();
      assertThat(System.nanoTime()).as("ready within %s; its log:%n%s", timeout, tail()).isLessThan(end);
      try {
        if (get("/actuator/health/readiness", null, null).statusCode() == 200) {
          return;
        }
      } catch (IOException starting) {
        // not listening yet
      }
      Thread.sleep(500);
    }
  }

  private String tail() throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  @AfterAll
  void stop() throws Exception {
    if (app != null && app.isAlive()) {
      app.destroy();
      if (!app.waitFor(60, TimeUnit.SECONDS)) {
        app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }
    smtp.stop();
  }

  // ---- what compose itself refuses ----------------------------------------------------------------

  @Test
  @Order(1)
  void composeRefusesToStartWithoutEitherSecret() throws IOException {
    ComposeFile compose = ComposeFile.read(Path.of("docker-compose.yml"));
    assertThatThrownBy(() -> compose.environment("app1", Map.of("DB_PASSWORD", dbPassword)))
        .isInstanceOfSatisfying(ComposeFile.MissingVariable.class,
            e -> assertThat(e.variable).isEqualTo("TDKT_ADMIN_PASSWORD"));
    assertThatThrownBy(() -> compose.environment("app1", Map.of("TDKT_ADMIN_PASSWORD", ADMIN_PASSWORD)))
        .isInstanceOfSatisfying(ComposeFile.MissingVariable.class, e -> assertThat(e.variable).isEqualTo("DB_PASSWORD"));
    assertThatThrownBy(() -> compose.environment("app1", Map.of("DB_PASSWORD", dbPassword, "TDKT_ADMIN_PASSWORD", "")))
        .as("an empty value counts as missing").isInstanceOf(ComposeFile.MissingVariable.class);
  }

  // ---- the node, as it runs ------------------------------------------------------------------------

  @Test
  @Order(2)
  void theNodeIsReadyOnPostgresqlWithTheProfileOfARealInstall() throws Exception {
    HttpResponse<String> ready = get("/actuator/health/readiness", null, null);
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(json(ready).path("status").asText()).isEqualTo("UP");
    assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");

    // every component up: the database (PostgreSQL), the engine with its job executor, the SMTP server
    JsonNode health = json(get("/actuator/health", "admin", ADMIN_PASSWORD));
    assertThat(health.path("status").asText()).as(health.toString()).isEqualTo("UP");
    assertThat(health.path("components").path("db").path("details").path("database").asText()).isEqualTo("PostgreSQL");
    assertThat(health.path("components").path("engine").path("details").path("jobExecutor").asText()).isEqualTo("active");
    assertThat(health.path("components").path("mail").path("status").asText()).isEqualTo("UP");
    // the profile's pool, not Hikari's default of 10
    JsonNode pool = json(get("/actuator/metrics/hikaricp.connections.max", "admin", ADMIN_PASSWORD));
    assertThat(pool.path("measurements").get(0).path("value").asDouble()).isEqualTo(20.0);
    assertThat(Files.readString(log)).contains("The following 1 profile is active: \"postgres\"");
  }

  @Test
  @Order(3)
  void theAdministratorFromTheEnvironmentSignsInAndIsTheOnlyPerson() throws Exception {
    assertThat(get("/engine-rest/user/count", "admin", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    JsonNode users = json(get("/engine-rest/user", "admin", ADMIN_PASSWORD));
    List<String> ids = new ArrayList<>();
    users.forEach(u -> ids.add(u.path("id").asText()));
    assertThat(ids).as("no demo person, only the administrator").containsExactly("admin");
    JsonNode groups = json(get("/engine-rest/group?member=admin", "admin", ADMIN_PASSWORD));
    assertThat(groups.findValuesAsText("id")).contains(Roles.ADMIN);
    for (String demo : DEMO_PEOPLE) {
      assertThat(get("/engine-rest/user/count", demo, "demo").statusCode()).as(demo + " / demo").isEqualTo(401);
    }
    assertThat(get("/api/cases", "nominator.thads", "demo").statusCode()).isEqualTo(401);
  }

  @Test
  @Order(4)
  void peopleCreatedByTheAdministratorTakeAProposalToItsFirstTask() throws Exception {
    createPerson(NOMINATOR, "Lê Thị", "Hoa", Roles.nominators("thads"));
    createPerson(HEAD, "Nguyễn Văn", "Hùng", Roles.unitHeads("thads"));

    // a proposal of one nominee, as Tasklist's start form sends it: the tờ trình's fields and the nominee's
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(ProposalProcess.VAR_KIND, "ANNUAL");
    values.put(ProposalProcess.VAR_YEAR, YEAR);
    values.put(ProposalProcess.VAR_SUBMISSION_NUMBER, "15/TTr-CTHADS");
    values.put(ProposalProcess.VAR_SUBMISSION_DATE, java.time.LocalDate.now(java.time.ZoneId.of(
        vn.tdkt.commendation.CommendationApplication.ZONE)).toString());
    values.put(ProposalProcess.VAR_SIGNER, "Nguyễn Văn Hùng");
    values.put(NominationProcess.VAR_AWARD, "BANG_KHEN_CHU_TICH_TINH");
    values.put(NominationProcess.VAR_NOMINEE_KIND, "INDIVIDUAL");
    values.put(NominationProcess.VAR_NOMINEE_NAME, "Phạm Thị Thu");
    values.put(NominationProcess.VAR_NOMINEE_POSITION, "Chấp hành viên");
    values.put(NominationProcess.VAR_SUMMARY, "Hoàn thành xuất sắc nhiệm vụ thi hành án năm " + YEAR);
    values.put(NominationProcess.VAR_EXCELLENT_YEARS, 2);
    values.put(NominationProcess.VAR_INITIATIVES, 2);
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
    HttpResponse<String> started = send("POST", "/engine-rest/process-definition/key/" + ProposalProcess.KEY + "/start",
        NOMINATOR, PERSON_PASSWORD, Map.of("variables", variables));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String processInstance = json(started).path("id").asText();
    assertThat(json(started).path("businessKey").asText()).isEqualTo("DN-" + YEAR + "-00001");
    String caseNumber = "TDKT-" + YEAR + "-00001";

    // the unit head finds the first task in their list
    JsonNode tasks = json(get("/engine-rest/task?processInstanceId=" + processInstance, HEAD, PERSON_PASSWORD));
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).path("taskDefinitionKey").asText()).isEqualTo(ProposalProcess.ENDORSE);
    // the nominee's case is registered under the nominator's unit, with the nominee's name
    JsonNode caseRecord = json(get("/api/cases/" + caseNumber, NOMINATOR, PERSON_PASSWORD));
    assertThat(caseRecord.toString()).contains("Phạm Thị Thu");
    // a new single-nominee nomination is not offered any more: new work arrives as proposals
    Map<String, Object> nomination = new LinkedHashMap<>(variables);
    List.of(ProposalProcess.VAR_KIND, ProposalProcess.VAR_SUBMISSION_NUMBER, ProposalProcess.VAR_SUBMISSION_DATE,
        ProposalProcess.VAR_SIGNER).forEach(nomination::remove);
    HttpResponse<String> single = send("POST", "/engine-rest/process-definition/key/" + NominationProcess.KEY + "/start",
        NOMINATOR, PERSON_PASSWORD, Map.of("variables", nomination));
    assertThat(single.statusCode()).as(single.body()).isEqualTo(403);
    // and is told by e-mail, through the SMTP server named in the environment
    long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (Arrays.stream(smtp.getReceivedMessages()).noneMatch(m -> recipients(m).contains(HEAD + "@tdkt.example"))) {
      assertThat(System.nanoTime()).as("the unit head's notification is sent").isLessThan(end);
      Thread.sleep(500);
    }
  }

  private static String recipients(MimeMessage message) {
    try {
      return Arrays.toString(message.getAllRecipients());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @Order(5)
  void forwardedHeadersFromAnyoneButNginxAreNotBelieved() throws Exception {
    // TDKT_TRUSTED_PROXIES names nginx's fixed address only: this test, on 127.0.0.1, is not nginx
    String trusted = environment.get("TDKT_TRUSTED_PROXIES");
    assertThat(Pattern.compile(trusted).matcher("127.0.0.1").matches()).isFalse();
    assertThat(get("/engine-rest/user/count", "admin", ADMIN_PASSWORD + "x").statusCode()).isEqualTo(401);
    // a guesser who invents a new X-Forwarded-For for every attempt (and a new user name, below the per-user
    // limit) is still one client: at the latest after the per-client limit of failed logins (20, some of
    // them spent by the tests above) the attempts are refused with 429. Were the header believed, every
    // attempt would come from a new client and be answered 401 for ever.
    int limit = 20;
    List<Integer> answers = new ArrayList<>();
    for (int i = 0; i <= limit && !answers.contains(429); i++) {
      HttpResponse<String> r = http.send(request("/engine-rest/user/count", "guess." + i, "Wrong-pass-" + i)
          .header("X-Forwarded-For", "203.0.113." + (i + 1)).GET().build(), HttpResponse.BodyHandlers.ofString());
      answers.add(r.statusCode());
    }
    assertThat(answers).as("answers to forged-address guesses").endsWith(429).doesNotContain(200);
  }

  // ---- HTTP --------------------------------------------------------------------------------------

  private void createPerson(String id, String firstName, String lastName, String group) throws Exception {
    HttpResponse<String> created = send("POST", "/engine-rest/user/create", "admin", ADMIN_PASSWORD,
        Map.of("profile", Map.of("id", id, "firstName", firstName, "lastName", lastName, "email", id + "@tdkt.example"),
            "credentials", Map.of("password", PERSON_PASSWORD)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
    HttpResponse<String> member = send("PUT", "/engine-rest/group/" + group + "/members/" + id, "admin", ADMIN_PASSWORD, null);
    assertThat(member.statusCode()).as(member.body()).isEqualTo(204);
  }

  private HttpRequest.Builder request(String path, String user, String password) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
    if (user != null) {
      b.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return b;
  }

  private HttpResponse<String> get(String path, String user, String password) throws IOException, InterruptedException {
    return http.send(request(path, user, password).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(String method, String path, String user, String password, Object body)
      throws IOException, InterruptedException {
    String text = body == null ? "" : JSON.writeValueAsString(body);
    return http.send(request(path, user, password).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r) throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }
}
