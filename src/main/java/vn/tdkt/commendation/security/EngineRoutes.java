package vn.tdkt.commendation.security;

import static vn.tdkt.commendation.security.Audience.ANYONE;
import static vn.tdkt.commendation.security.Audience.BOARD;
import static vn.tdkt.commendation.security.Audience.OFFICIAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The allow-list of the engine's doors: Camunda's REST API ({@code /engine-rest}) and the webapps' APIs
 * ({@code /camunda/api/engine|cockpit|tasklist|admin|welcome}). For anyone but the administrator, an operation
 * not listed here for one of the caller's audiences is refused (403) before Camunda sees it — a new Camunda
 * endpoint stays closed until someone opens it here, in docs/security.md (the table between the "engine-doors"
 * markers, which {@code EngineRoutesDocTest} keeps equal to this list) and on purpose.
 *
 * <p>What each entry opens is only the door: Camunda's grants still decide which objects the caller sees or works
 * (a nominator lists only the tasks of their unit), the engine guards still refuse what no official may do
 * (engine/CommandGuard, StartGuard, InputGuard), and our own APIs check their own rules.
 */
final class EngineRoutes {

  /** Where a path is read from: the engine API has two doors with the same paths. */
  enum Api {
    ENGINE("engine", "`/engine-rest`, `/camunda/api/engine/engine/default`"),
    COCKPIT("cockpit", "`/camunda/api/cockpit`"),
    TASKLIST("tasklist", "`/camunda/api/tasklist`"),
    ADMIN("admin", "`/camunda/api/admin`"),
    WELCOME("welcome", "`/camunda/api/welcome`");

    final String label;
    final String doors;

    Api(String label, String doors) {
      this.label = label;
      this.doors = doors;
    }
  }

  /** What a request's JSON body may hold. */
  record Body(Kind kind, Set<String> fields, Set<String> blank) {

    enum Kind {
      /** Not inspected: reads (GET, OPTIONS). */
      NONE,
      /** No body, or an empty JSON object. */
      EMPTY,
      /** A JSON object with only these fields; those in {@code blank} must be null or empty. */
      FIELDS,
      /** A query: any JSON object (criteria, sorting, paging), which reads and changes nothing. */
      QUERY
    }

    static final Body READ = new Body(Kind.NONE, Set.of(), Set.of());
    static final Body EMPTY = new Body(Kind.EMPTY, Set.of(), Set.of());
    static final Body QUERY = new Body(Kind.QUERY, Set.of(), Set.of());

    static Body fields(String... names) {
      return new Body(Kind.FIELDS, Set.of(names), Set.of());
    }

    Body blank(String... names) {
      Set<String> all = new java.util.HashSet<>(fields);
      all.addAll(List.of(names));
      return new Body(kind, Set.copyOf(all), Set.of(names));
    }

    String describe() {
      return switch (kind) {
        case NONE -> "—";
        case EMPTY -> "none";
        case QUERY -> "query (any criteria)";
        case FIELDS -> fields.stream().sorted().map(f -> blank.contains(f) ? "`" + f + "` (empty)" : "`" + f + "`")
            .reduce((a, b) -> a + ", " + b).orElse("none");
      };
    }
  }

  /**
   * One opened operation. {@code {id}} in a pattern matches one path segment, {@code **} the rest of the path;
   * {@code {self}} must be the caller's own user id.
   */
  record Route(Api api, Audience who, String method, String pattern, Body body, String purpose) {

    PathPattern parsed() {
      return PathPatternParser.defaultInstance.parse(pattern);
    }
  }

  static final List<Route> ROUTES = routes();

  private EngineRoutes() {
  }

  private static List<Route> routes() {
    List<Route> r = new ArrayList<>();
    Body start = Body.fields("variables", "withVariablesInReturn").blank("businessKey");
    Body work = Body.fields("variables", "withVariablesInReturn");
    Body user = Body.fields("userId");
    Body link = Body.fields("userId", "groupId", "type");

    // the webapps before and around the login (the login itself is handled by WebappLogin)
    r.add(new Route(Api.ADMIN, ANYONE, "GET", "/auth/user/{engine}", Body.READ, "who is signed in (the webapps ask on load)"));
    r.add(new Route(Api.ADMIN, ANYONE, "POST", "/auth/user/{engine}/login/{app}", Body.READ, "sign in (our login, one session for every page)"));
    r.add(new Route(Api.ADMIN, ANYONE, "POST", "/auth/user/{engine}/logout", Body.READ, "sign out"));
    for (Api app : List.of(Api.ADMIN, Api.COCKPIT, Api.TASKLIST, Api.WELCOME)) {
      r.add(new Route(app, ANYONE, "GET", "/plugin/{plugin}/static/**", Body.READ, "the webapp's plugin scripts and styles (our translations)"));
    }
    r.add(new Route(Api.ENGINE, ANYONE, "GET", "/engine", Body.READ, "the engine's name"));

    // Tasklist: filters and the task list
    r.add(new Route(Api.ENGINE, OFFICIAL, "GET", "/filter", Body.READ, "the shared task filters"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "OPTIONS", "/filter", Body.READ, "Tasklist asks what it may do with filters"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "GET", "/filter/count", Body.READ, "the shared task filters"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "GET", "/filter/{id}", Body.READ, "one filter"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "OPTIONS", "/filter/{id}", Body.READ, "Tasklist asks what it may do with a filter"));
    for (String op : List.of("list", "count")) {
      r.add(new Route(Api.ENGINE, OFFICIAL, "GET", "/filter/{id}/" + op, Body.READ, "a filter's tasks"));
      r.add(new Route(Api.ENGINE, OFFICIAL, "POST", "/filter/{id}/" + op, Body.QUERY, "a filter's tasks, sorted and paged"));
    }
    r.add(new Route(Api.ENGINE, OFFICIAL, "GET", "/task", Body.READ, "task query (Camunda's grants decide which tasks)"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "GET", "/task/count", Body.READ, "task count"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "POST", "/task", Body.QUERY, "task query"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "POST", "/task/count", Body.QUERY, "task count"));

    // Tasklist: one task
    for (String read : List.of("", "/form", "/deployed-form", "/form-variables", "/variables", "/variables/{name}",
        "/identity-links", "/comment", "/comment/{commentId}")) {
      r.add(new Route(Api.ENGINE, OFFICIAL, "GET", "/task/{id}" + read, Body.READ, "a task and its form"));
    }
    r.add(new Route(Api.ENGINE, OFFICIAL, "POST", "/task/{id}/claim", user, "claim it for oneself (engine: only for oneself)"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "POST", "/task/{id}/unclaim", Body.EMPTY, "give it back (engine: only its assignee; never a ballot)"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "POST", "/task/{id}/assignee", user, "hand it on (engine: only to a member of its candidate groups; never a ballot)"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "POST", "/task/{id}/delegate", user, "delegate it (engine: as above)"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "POST", "/task/{id}/identity-links", link, "add a candidate person (engine: a member of its candidate groups; groups: administrator)"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "POST", "/task/{id}/identity-links/delete", link, "remove a candidate person (engine: as above)"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "POST", "/task/{id}/complete", work, "complete it (engine: only its form's fields)"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "POST", "/task/{id}/submit-form", work, "complete it from Tasklist's form (as above)"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "POST", "/task/{id}/resolve", Body.fields("variables"), "return a delegated task (as above)"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "POST", "/task/{id}/comment/create", Body.fields("message"), "comment on it"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "GET", "/history/user-operation", Body.READ, "Tasklist's history tab (Camunda's grants filter it)"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "GET", "/history/user-operation/count", Body.READ, "Tasklist's history tab"));

    // starting a process: the start form's variables only — no start instructions, no skipped listeners, no
    // business key of the caller's choosing (the case number is given by the product)
    r.add(new Route(Api.ENGINE, OFFICIAL, "GET", "/process-definition", Body.READ, "the processes one may start"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "GET", "/process-definition/count", Body.READ, "the processes one may start"));
    for (String def : List.of("/process-definition/{id}", "/process-definition/key/{key}")) {
      for (String read : List.of("", "/startForm", "/deployed-start-form", "/form-variables", "/xml")) {
        r.add(new Route(Api.ENGINE, OFFICIAL, "GET", def + read, Body.READ, "a process, its start form and diagram"));
      }
      r.add(new Route(Api.ENGINE, OFFICIAL, "POST", def + "/start", start, "start it (engine: only its start form's fields)"));
      r.add(new Route(Api.ENGINE, OFFICIAL, "POST", def + "/submit-form", start, "start it from Tasklist's form (as above)"));
    }
    r.add(new Route(Api.ENGINE, OFFICIAL, "GET", "/process-instance", Body.READ, "one's own cases' instances (grants)"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "GET", "/process-instance/count", Body.READ, "one's own cases' instances (grants)"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "GET", "/process-instance/{id}", Body.READ, "the state of one's own case (grants)"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "GET", "/history/process-instance", Body.READ, "finished instances (Camunda's grants filter: the Board)"));

    // one's own account: names of people, one's own password
    r.add(new Route(Api.ENGINE, OFFICIAL, "GET", "/user/{id}/profile", Body.READ, "a person's name"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "PUT", "/user/{self}/credentials", Body.fields("password", "authenticatedUserPassword"), "change one's own password"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "GET", "/identity/password-policy", Body.READ, "the password rules"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "POST", "/identity/password-policy", Body.fields("password", "profile"), "check a new password against the rules"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "GET", "/group", Body.READ, "one's own groups (Welcome page)"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "GET", "/group/count", Body.READ, "one's own groups"));
    r.add(new Route(Api.ENGINE, OFFICIAL, "POST", "/group", Body.QUERY, "one's own groups"));

    // Cockpit, read-only, for the Board: every read of these resources, and their queries
    for (String root : List.of("process-definition", "decision-definition", "decision-requirements-definition",
        "case-definition", "deployment", "process-instance", "execution", "incident", "job-definition", "job", "batch",
        "history", "task", "variable-instance", "user")) {
      r.add(new Route(Api.ENGINE, BOARD, "GET", "/" + root + "/**", Body.READ, "Cockpit: read " + root));
    }
    for (String query : List.of("process-instance", "execution", "variable-instance", "job",
        "history/process-instance", "history/activity-instance", "history/task", "history/variable-instance",
        "history/job-log", "history/external-task-log")) {
      r.add(new Route(Api.ENGINE, BOARD, "POST", "/" + query, Body.QUERY, "Cockpit: query"));
      r.add(new Route(Api.ENGINE, BOARD, "POST", "/" + query + "/count", Body.QUERY, "Cockpit: query"));
    }
    r.add(new Route(Api.ENGINE, BOARD, "POST", "/history/detail", Body.QUERY, "Cockpit: query"));
    r.add(new Route(Api.COCKPIT, BOARD, "GET", "/plugin/{plugin}/{engine}/**", Body.READ, "Cockpit's own reads (statistics)"));
    r.add(new Route(Api.COCKPIT, BOARD, "POST", "/plugin/base/{engine}/{resource}", Body.QUERY, "Cockpit's own queries"));
    r.add(new Route(Api.COCKPIT, BOARD, "POST", "/plugin/base/{engine}/{resource}/count", Body.QUERY, "Cockpit's own queries"));
    return List.copyOf(r);
  }
}
