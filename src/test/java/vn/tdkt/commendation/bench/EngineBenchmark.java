package vn.tdkt.commendation.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tdkt.commendation.council.BallotService;
import vn.tdkt.commendation.council.CouncilProcess;
import vn.tdkt.commendation.nomination.NominationProcess;

/**
 * What the product costs per case, side by side with the bare engine and the database in one run
 * (issue "Benchmarks"). Not part of the normal build: `./mvnw -Pbench verify` (see docs/benchmarks.md).
 * The application runs as shipped: H2 file database with WRITE_DELAY=0, history full, authorization on,
 * every call made by a signed-in person; the job executor is off so that only the driven work is timed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    // H2's result cache would answer a repeated query from memory: measure the query, not the cache
    // or PostgreSQL: -Dbench.db-url=jdbc:postgresql://localhost/bench?options=-c%20jit=off -Dbench.db-user=…
    "spring.datasource.url=${bench.db-url:" + EngineBenchmark.H2_URL + "}",
    "spring.datasource.username=${bench.db-user:sa}",
    "spring.datasource.password=${bench.db-password:}",
    "camunda.bpm.job-execution.enabled=false",
    // as shipped: only profile demo (here for its people) turns Thymeleaf's template cache off, for editing
    "spring.thymeleaf.cache=true",
    "tdkt.mail.demo-server.port=0", // a free port: two benchmark runs may share the machine
    // throughput and the year end's "before" side run single-nominee nominations, as the runs before proposals did
    "tdkt.nomination.single-starts=true",
    "logging.level.root=WARN"})
@ActiveProfiles("demo")
class EngineBenchmark {

  static final String H2_URL = "jdbc:h2:file:./target/bench/db;WRITE_DELAY=0;OPTIMIZE_REUSE_RESULTS=FALSE";
  static final int CASES = Integer.getInteger("bench.cases", 200);
  static final long IDLE_MS = Long.getLong("bench.idle-ms", 35_000);
  static final int SESSION = Integer.getInteger("bench.session", 50);
  // 100k open tasks is for PostgreSQL (-Dbench.tasks=1000,10000,100000); on H2 the target is 10k
  static final List<Integer> TASKS = Arrays.stream(System.getProperty("bench.tasks", "1000,10000")
      .split(",")).map(String::trim).map(Integer::valueOf).toList();
  static final List<Integer> DECIDED = Arrays.stream(System.getProperty("bench.decided", "1000,50000")
      .split(",")).map(String::trim).map(Integer::valueOf).toList();
  // a subset of the sections while tuning one of them, e.g. -Dbench.only=public; the report needs them all
  static final List<String> ONLY = Arrays.stream(System.getProperty("bench.only", "").split(","))
      .map(String::trim).filter(x -> !x.isEmpty()).toList();
  static final List<String> UNITS = List.of("qs", "bdbp", "ca", "vks", "tand", "thads", "pccc");
  static final List<String> MEMBERS = List.of("council.1", "council.2", "council.3", "council.4", "council.5",
      "council.6", "council.7");

  @Autowired AuthorizationService authorizations;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired BallotService ballots;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactionManager;
  @LocalServerPort int port;

  final List<String> report = new ArrayList<>();
  final HttpClient http = HttpClient.newHttpClient();
  int nameSequence;

  /** Every run starts from an empty database, before the application creates its schema. */
  @BeforeAll
  static void emptyDatabase() throws Exception {
    String url = System.getProperty("bench.db-url");
    if (url == null) {
      try (var files = Files.list(Paths.get("target", "bench"))) {
        for (Path f : files.filter(f -> f.getFileName().toString().startsWith("db.")).toList()) {
          Files.delete(f);
        }
      } catch (java.nio.file.NoSuchFileException e) {
        // first run
      }
    } else {
      try (Connection c = java.sql.DriverManager.getConnection(url, System.getProperty("bench.db-user"),
          System.getProperty("bench.db-password")); Statement s = c.createStatement()) {
        s.execute("drop schema public cascade");
        s.execute("create schema public");
      }
    }
  }

  @Test
  void run() throws Exception {
    repository.createDeployment().name("bench").enableDuplicateFiltering(true)
        .addClasspathResource("bench/bare-nomination.bpmn").addClasspathResource("bench/bare-council.bpmn")
        .addClasspathResource("bench/open-task.bpmn").deploy();
    // the baseline's starters get the same rights as the real models' starters
    grantStart("unit-thads-nominators", "bare-nomination");
    grantStart("board-heads", "bare-council");
    // as tdkt.security.grants does for the real models: the roles work the tasks of the definition (no per-task rows)
    grantTasks("unit-thads-nominators", "open-task");
    grantTasks("board-officers", "open-task");
    for (String worker : List.of("unit-thads-heads", "cluster-cum9-leaders", "board-officers")) {
      grantTasks(worker, "bare-nomination");
    }
    grantTasks("council-members", "bare-council");
    grantTasks("chairman", "bare-council");
    line("# Benchmark run %s", Instant.now());
    line("machine: %d cores, %s, Java %s, max heap %d MiB", Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20);
    try (Connection c = dataSource.getConnection()) {
      line("database: %s %s", c.getMetaData().getDatabaseProductName(), c.getMetaData().getDatabaseProductVersion());
    }

    if (runs("throughput")) {
      throughput();
    }
    if (runs("jdbc")) {
      jdbcLimit();
    }
    if (runs("tasks")) {
      taskList();
    }
    if (runs("public")) {
      announcements();
    }
    if (runs("startup")) {
      startUp();
    }
    long busy = residentMiB();
    Thread.sleep(IDLE_MS); // a node after a peak: G1's periodic collection gives back the heap it does not need
    line("resident memory of the benchmark JVM after the run: %d MiB right after the last request, %d MiB after "
        + "%d s idle (heap committed %d MiB, used %d MiB)", busy, residentMiB(), IDLE_MS / 1000,
        Runtime.getRuntime().totalMemory() >> 20, (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);

    if (runs("yearend")) { // after the memory figures, which describe the sections above
      yearEnd();
    }

    Path out = Paths.get("target", "bench", "results.md");
    Files.createDirectories(out.getParent());
    Files.write(out, report, StandardCharsets.UTF_8);
    System.out.println(String.join("\n", report));
  }

  // ---- 1. case throughput: the application against the bare engine ---------------------------------

  double appTxPerSecond;

  void throughput() {
    line("");
    line("## 1. Case throughput (%d cases, Council sessions of %d, 1 thread)", CASES, SESSION);
    appCases(SESSION);
    bareCases(SESSION); // warm-up of both
    double[] app = new double[2];
    double[] bare = new double[2];
    for (int round = 0; round < 2; round++) { // alternate, so neither side always runs on a warmer JVM
      app[round] = appCases(CASES);
      bare[round] = bareCases(CASES);
    }
    double appRate = Math.max(app[0], app[1]);
    double bareRate = Math.max(bare[0], bare[1]);
    double txPerCase = 4 + 9.0 / SESSION;
    appTxPerSecond = appRate * txPerCase;
    line("| side | cases/s (best of 2) | runs | engine transactions/s |");
    line("|---|---|---|---|");
    line("| application (JPA records, listeners, authorization, history full) | %.1f | %.1f / %.1f | %.0f |",
        appRate, app[0], app[1], appRate * txPerCase);
    line("| bare engine (same wait states, no delegates, no JPA) | %.1f | %.1f / %.1f | %.0f |", bareRate, bare[0],
        bare[1], bareRate * txPerCase);
    line("**ratio application / bare: %.2f**", appRate / bareRate);
  }

  /** Full nominations through the application: start, endorse, cluster, appraise, Council, decision. */
  double appCases(int count) {
    long t0 = System.nanoTime();
    for (int done = 0; done < count; done += SESSION) {
      int batch = Math.min(SESSION, count - done);
      for (int i = 0; i < batch; i++) {
        Map<String, Object> v = new HashMap<>();
        v.put(NominationProcess.VAR_AWARD, "BANG_KHEN_CHU_TICH_TINH");
        v.put(NominationProcess.VAR_NOMINEE_KIND, "INDIVIDUAL");
        v.put(NominationProcess.VAR_NOMINEE_NAME, "Người đo " + (++nameSequence));
        v.put(NominationProcess.VAR_NOMINEE_POSITION, "Chuyên viên");
        v.put(NominationProcess.VAR_YEAR, LocalDate.now().getYear());
        v.put(NominationProcess.VAR_SUMMARY, "Hoàn thành xuất sắc nhiệm vụ");
        v.put(NominationProcess.VAR_EXCELLENT_YEARS, 2);
        v.put(NominationProcess.VAR_INITIATIVES, 2);
        ProcessInstance pi = as("nominator.thads", () -> runtime.startProcessInstanceByKey(NominationProcess.KEY, v));
        complete("head.thads", pi.getId(), NominationProcess.ENDORSE, NominationProcess.VAR_ENDORSEMENT_OUTCOME);
        complete("lead.cum9", pi.getId(), NominationProcess.REVIEW_IN_CLUSTER, NominationProcess.VAR_CLUSTER_OUTCOME);
        complete("officer.ban", pi.getId(), NominationProcess.APPRAISE, NominationProcess.VAR_APPRAISAL_OUTCOME);
      }
      ProcessInstance session = as("head.ban", () -> runtime.startProcessInstanceByKey(CouncilProcess.KEY));
      List<String> caseNumbers = runtime.createProcessInstanceQuery().processDefinitionKey(NominationProcess.KEY)
          .activityIdIn(NominationProcess.AWAIT_COUNCIL).list().stream().map(ProcessInstance::getBusinessKey).toList();
      Map<String, String> votes = new HashMap<>();
      caseNumbers.forEach(n -> votes.put(n, CouncilProcess.APPROVE));
      for (String member : MEMBERS) {
        Task ballot = tasks.createTaskQuery().processInstanceId(session.getId()).taskAssignee(member).singleResult();
        as(member, () -> {
          ballots.cast(ballot.getId(), member, votes);
          return null;
        });
      }
      Task sign = tasks.createTaskQuery().processInstanceId(session.getId())
          .taskDefinitionKey(CouncilProcess.APPROVE_DECISION).singleResult();
      as("chairman", () -> {
        tasks.complete(sign.getId(), Map.of(CouncilProcess.VAR_CHAIRMAN_OUTCOME, CouncilProcess.APPROVE));
        return null;
      });
      // the UBND office's clerk numbers it from the register (issue 13)
      Task record = tasks.createTaskQuery().processInstanceId(session.getId())
          .taskDefinitionKey(CouncilProcess.RECORD_NUMBER).singleResult();
      int number = REGISTER.incrementAndGet();
      as("vanthu", () -> {
        tasks.complete(record.getId(), Map.of(CouncilProcess.VAR_REGISTER_NUMBER, number,
            CouncilProcess.VAR_REGISTER_DATE, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString()));
        return null;
      });
    }
    return count / seconds(t0);
  }

  /** The register numbers the benchmark's clerk gives, unique within the year. */
  static final java.util.concurrent.atomic.AtomicInteger REGISTER = new java.util.concurrent.atomic.AtomicInteger(10_000);

  /** The same wait states on the bare models, by the same people, one variable per completion. */
  double bareCases(int count) {
    TransactionTemplate tx = new TransactionTemplate(transactionManager);
    long t0 = System.nanoTime();
    for (int done = 0; done < count; done += SESSION) {
      int batch = Math.min(SESSION, count - done);
      List<String> waiting = new ArrayList<>();
      for (int i = 0; i < batch; i++) {
        ProcessInstance pi = as("nominator.thads", () -> runtime.startProcessInstanceByKey("bare-nomination",
            Map.of("endorseGroup", "unit-thads-heads")));
        bareComplete("head.thads", pi.getId(), "endorse");
        bareComplete("lead.cum9", pi.getId(), "cluster");
        bareComplete("officer.ban", pi.getId(), "appraise");
        waiting.add(pi.getId());
      }
      ProcessInstance session = as("head.ban", () -> runtime.startProcessInstanceByKey("bare-council"));
      for (String member : MEMBERS) {
        Task ballot = tasks.createTaskQuery().processInstanceId(session.getId()).taskAssignee(member).singleResult();
        as(member, () -> {
          tasks.complete(ballot.getId());
          return null;
        });
      }
      Task sign = tasks.createTaskQuery().processInstanceId(session.getId()).taskDefinitionKey("sign").singleResult();
      // as in the application, the signature passes the result to every case in its own transaction
      as("chairman", () -> tx.execute(s -> {
        tasks.complete(sign.getId(), Map.of("outcome", "approve"));
        identity.clearAuthentication();
        waiting.forEach(id -> runtime.createMessageCorrelation("bareCouncilResult").processInstanceId(id)
            .setVariable("result", "awarded").correlate());
        return null;
      }));
    }
    return count / seconds(t0);
  }

  void complete(String user, String processInstanceId, String taskKey, String outcomeVariable) {
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    as(user, () -> {
      tasks.complete(task.getId(), Map.of(outcomeVariable, NominationProcess.APPROVE));
      return null;
    });
  }

  void bareComplete(String user, String processInstanceId, String taskKey) {
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    as(user, () -> {
      tasks.complete(task.getId(), Map.of("outcome", "approve"));
      return null;
    });
  }

  // ---- 6. issue 12's year-end: proposals against single-nominee nominations -------------------------

  static final int YEAR_END_UNITS = Integer.getInteger("bench.year-end-units", 30);
  static final int YEAR_END_PER_UNIT = Integer.getInteger("bench.year-end-per-unit", 20);

  @Autowired org.camunda.bpm.engine.HistoryService historyService;

  void yearEnd() throws Exception {
    line("");
    line("## 6. Year end: %d units × %d nominees to the decision, before and with proposals (1 thread)", YEAR_END_UNITS,
        YEAR_END_PER_UNIT);
    YearEndScenario scenario = new YearEndScenario(new org.springframework.jdbc.core.JdbcTemplate(dataSource), identity,
        authorizations, runtime, tasks, historyService, ballots, port);
    List<String> units = scenario.units(YEAR_END_UNITS, UNITS);
    List<YearEndScenario.Result> results = new ArrayList<>();
    results.add(scenario.singleNominee(units, YEAR_END_PER_UNIT));
    results.add(scenario.proposals(units, YEAR_END_PER_UNIT));
    for (String l : YearEndScenario.report(results).split("\n")) {
      line("%s", l);
    }
  }

  // ---- 2. what the database does on its own ----------------------------------------------------------

  void jdbcLimit() throws Exception {
    line("");
    line("## 2. The database's own limit");
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("create table if not exists bench_insert (id bigint primary key, note varchar(40))");
      s.execute("delete from bench_insert");
      c.setAutoCommit(false);
      c.commit();
      try (PreparedStatement insert = c.prepareStatement("insert into bench_insert values (?, ?)")) {
        long t0 = System.nanoTime();
        int n = 0;
        while (System.nanoTime() - t0 < 3_000_000_000L) {
          insert.setLong(1, n);
          insert.setString(2, "x");
          insert.executeUpdate();
          c.commit();
          n++;
        }
        double rate = n / seconds(t0);
        line("plain JDBC insert + commit, 1 thread: %.0f tx/s; the application's engine transactions in (1): "
            + "%.0f tx/s = %.2f%% of it", rate, appTxPerSecond, 100 * appTxPerSecond / rate);
      }
      c.setAutoCommit(true);
      s.execute("drop table bench_insert");
    }
  }

  // ---- 3. the task list -------------------------------------------------------------------------------

  void taskList() throws Exception {
    line("");
    line("## 3. Task list over REST, authorization on (p50 / p95 ms over 60 requests after 15 warm-ups)");
    line("| open tasks | nominator: first page | nominator: count | Board: first page | Board: count |");
    line("|---|---|---|---|---|");
    int open = 0;
    TransactionTemplate tx = new TransactionTemplate(transactionManager);
    for (int target : TASKS) {
      while (open < target) {
        int batch = Math.min(500, target - open);
        int from = open;
        tx.executeWithoutResult(s -> {
          for (int i = 0; i < batch; i++) {
            int n = from + i;
            // one in eight is an appraisal for the Board, the rest are spread over the seven units
            String group = n % 8 == 7 ? "board-officers" : "unit-" + UNITS.get(n % 8 % 7) + "-nominators";
            runtime.startProcessInstanceByKey("open-task", Map.of("group", group));
          }
        });
        open += batch;
      }
      analyzeAfterBulkLoad();
      String page = "/engine-rest/task?firstResult=0&maxResults=15&sortBy=created&sortOrder=desc";
      String count = "/engine-rest/task/count";
      line("| %,d | %s | %s | %s | %s |", open, latency("nominator.thads", page), latency("nominator.thads", count),
          latency("officer.ban", page), latency("officer.ban", count));
    }
  }

  /**
   * PostgreSQL's autovacuum analyzes a table within a minute once a tenth of it changed; the run loads
   * thousands of tasks in seconds and measures at once, so it analyzes them itself (a table whose statistics
   * still describe it empty is planned as if it were, which no running installation sees).
   */
  void analyzeAfterBulkLoad() throws Exception {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      if (c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
        for (String table : List.of("act_ru_task", "act_ru_identitylink", "act_ru_authorization", "act_ru_execution")) {
          st.execute("analyze " + table);
        }
      }
    }
  }

  String latency(String user, String path) throws Exception {
    long[] ms = new long[60];
    for (int i = 0; i < 15; i++) {
      get(user, path);
    }
    for (int i = 0; i < ms.length; i++) {
      long t0 = System.nanoTime();
      get(user, path);
      ms[i] = System.nanoTime() - t0;
    }
    Arrays.sort(ms);
    return String.format(Locale.ROOT, "%.1f / %.1f", ms[29] / 1e6, ms[56] / 1e6);
  }

  HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response;
  }

  // ---- 4. the public page ----------------------------------------------------------------------------

  void announcements() throws Exception {
    line("");
    line("## 4. Public page /announcements, 16 concurrent clients (ms)");
    line("| decided cases | requests | p50 | p95 | p99 | requests/s |");
    line("|---|---|---|---|---|---|");
    int inserted = 0;
    for (int target : DECIDED) {
      insertDecided(inserted, target);
      inserted = target;
      int year = LocalDate.now().getYear();
      String[] paths = {"/announcements", "/announcements?year=" + year + "&award=BANG_KHEN_CHU_TICH_TINH&unit=ca"};
      for (int i = 0; i < 20; i++) {
        get(null, paths[i % 2]);
      }
      int perClient = 40;
      ExecutorService pool = Executors.newFixedThreadPool(16);
      List<Future<long[]>> results = new ArrayList<>();
      long t0 = System.nanoTime();
      for (int c = 0; c < 16; c++) {
        results.add(pool.submit(() -> {
          long[] ms = new long[perClient];
          for (int i = 0; i < perClient; i++) {
            long s = System.nanoTime();
            get(null, paths[i % 2]);
            ms[i] = System.nanoTime() - s;
          }
          return ms;
        }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<long[]> f : results) {
        for (long v : f.get()) {
          all.add(v);
        }
      }
      double wall = seconds(t0);
      pool.shutdown();
      Collections.sort(all);
      line("| %,d | %d | %.1f | %.1f | %.1f | %.0f |", target, all.size(), all.get(all.size() / 2) / 1e6,
          all.get((int) (all.size() * 0.95)) / 1e6, all.get((int) (all.size() * 0.99)) / 1e6, all.size() / wall);
    }
  }

  void insertDecided(int from, int to) throws Exception {
    try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
        "insert into case_record (case_number, award_type, nominee_kind, nominee_name, nominee_position, unit_code, "
            + "cluster_code, emulation_year, achievement_summary, consecutive_grassroots_fighter_years, "
            + "consecutive_excellent_years, recognised_initiatives, under_discipline, status, stage, "
            + "appraisal_overdue, decision_number, decision_date, created_at, updated_at, closed_at, version) "
            + "values (?, 'BANG_KHEN_CHU_TICH_TINH', 'INDIVIDUAL', ?, 'Chuyên viên', ?, 'cum9', ?, 'Thành tích', 0, 2, "
            + "2, false, 'AWARDED', 'ANNOUNCEMENT', false, ?, ?, ?, ?, ?, 0)")) {
      c.setAutoCommit(false);
      Timestamp now = Timestamp.from(Instant.now());
      int year = LocalDate.now().getYear();
      for (int i = from; i < to; i++) {
        p.setString(1, String.format("BENCH-%08d", i));
        p.setString(2, "Người được khen " + i);
        p.setString(3, UNITS.get(i % 7));
        p.setInt(4, year - (i % 3));
        p.setString(5, (100000 + i / 20) + "/QĐ-UBND");
        p.setObject(6, LocalDate.now().minusDays(i % 700));
        p.setTimestamp(7, now);
        p.setTimestamp(8, now);
        p.setTimestamp(9, now);
        p.addBatch();
        if (i % 1000 == 999) {
          p.executeBatch();
          c.commit();
        }
      }
      p.executeBatch();
      c.commit();
    }
  }

  // ---- 5. start-up and memory ----------------------------------------------------------------------------

  void startUp() throws Exception {
    line("");
    line("## 5. Start-up and memory");
    Path jar;
    try (var files = Files.list(Paths.get("target"))) {
      jar = files.filter(f -> f.toString().endsWith(".jar") && !f.toString().endsWith("-plain.jar")).findFirst()
          .orElse(null);
    }
    if (jar == null) {
      line("start-up: not measured (no jar in target/: run through `./mvnw -Pbench verify`)");
      return;
    }
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    List<String> memory = Arrays.stream(System.getProperty("bench.app-jvm", "").split(" "))
        .filter(o -> !o.isBlank()).toList();
    line("JVM options of both: -Xmx384m %s", String.join(" ", memory));
    line("| start | process start to ready | Spring's own figure | first /announcements | resident memory then |");
    line("|---|---|---|---|---|");
    start("fat jar (`java -jar`)", java, memory, List.of("-jar", jar.toAbsolutePath().toString()));

    // the way the Dockerfile starts a node: the jar unpacked, with a class data sharing archive from a training start
    Path unpacked = Paths.get("target", "bench", "unpacked").toAbsolutePath();
    deleteTree(unpacked);
    run(List.of(java, "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination",
        unpacked.toString()));
    Path thin;
    try (var files = Files.list(unpacked)) {
      thin = files.filter(f -> f.toString().endsWith(".jar")).findFirst().orElseThrow();
    }
    Path archive = unpacked.resolve("app.jsa");
    List<String> training = new ArrayList<>(List.of(java, "-XX:ArchiveClassesAtExit=" + archive,
        "-Dspring.context.exit=onRefresh", "-jar", thin.toString(), "--spring.profiles.active=demo",
        "--spring.datasource.url=jdbc:h2:mem:training", "--server.port=0", "--tdkt.mail.demo-server.port=0",
        "--logging.level.root=WARN"));
    run(training);
    start("unpacked jar + class data sharing archive (the Dockerfile's way)", java, memory,
        List.of("-XX:SharedArchiveFile=" + archive, "-jar", thin.toString()));
  }

  /** One timed start on a fresh H2 file: to "Started", then the first public page, then the resident memory. */
  void start(String label, String java, List<String> memory, List<String> launch) throws Exception {
    int freePort;
    try (ServerSocket socket = new ServerSocket(0)) {
      freePort = socket.getLocalPort();
    }
    Path db = Files.createTempDirectory("bench-start");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx384m"));
    command.addAll(memory);
    command.addAll(launch);
    command.addAll(List.of("--spring.profiles.active=demo", "--server.port=" + freePort, "--tdkt.mail.demo-server.port=0",
        "--spring.datasource.url=jdbc:h2:file:" + db.resolve("db") + ";WRITE_DELAY=0"));
    long t0 = System.nanoTime();
    Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String started = null;
      try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
        String l;
        while ((l = out.readLine()) != null) {
          if (l.contains("Started CommendationApplication")) {
            started = l.substring(l.indexOf("Started") + "Started CommendationApplication ".length());
            break;
          }
        }
      }
      double ready = seconds(t0);
      long firstPage = System.nanoTime();
      int code = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + freePort + "/announcements")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode();
      line("| %s | %.1f s | %s | %d in %.0f ms | %d MiB |", label, ready, started, code,
          (System.nanoTime() - firstPage) / 1e6, residentMiB(app.pid()));
    } finally {
      app.destroy();
      app.waitFor(30, TimeUnit.SECONDS);
      deleteTree(db);
    }
  }

  static void run(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException("failed: " + String.join(" ", command));
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (var paths = Files.walk(root)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  // ---- helpers ------------------------------------------------------------------------------------

  static boolean runs(String section) {
    return ONLY.isEmpty() || ONLY.contains(section);
  }

  void grantStart(String group, String processKey) {
    if (authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(processKey).count() == 0) {
      Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      a.setGroupId(group);
      a.setResource(Resources.PROCESS_DEFINITION);
      a.setResourceId(processKey);
      a.addPermission(Permissions.READ);
      a.addPermission(Permissions.CREATE_INSTANCE);
      authorizations.saveAuthorization(a);
    }
  }

  void grantTasks(String group, String processKey) {
    Authorization a = authorizations.createAuthorizationQuery().groupIdIn(group)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId(processKey).list().stream().findFirst().orElse(null);
    if (a == null) {
      a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      a.setGroupId(group);
      a.setResource(Resources.PROCESS_DEFINITION);
      a.setResourceId(processKey);
    }
    a.addPermission(Permissions.READ_TASK);
    a.addPermission(Permissions.TASK_WORK);
    authorizations.saveAuthorization(a);
  }

  <T> T as(String userId, Supplier<T> call) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      return call.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  void line(String format, Object... args) {
    String l = String.format(Locale.ROOT, format, args);
    report.add(l);
    System.out.println("BENCH " + l); // as it comes: a long run that is stopped still shows what it measured
  }

  static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  static long residentMiB() {
    return residentMiB(ManagementFactory.getRuntimeMXBean().getPid());
  }

  static long residentMiB(long pid) {
    try {
      for (String l : Files.readAllLines(Paths.get("/proc", String.valueOf(pid), "status"))) {
        if (l.startsWith("VmRSS:")) {
          return Long.parseLong(l.replaceAll("\\D", "")) >> 10;
        }
      }
    } catch (IOException e) {
      // not on Linux
    }
    return -1;
  }
}
