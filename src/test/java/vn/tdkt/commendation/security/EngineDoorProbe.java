package vn.tdkt.commendation.security;

import java.util.List;

import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletRequest;

/** The engine door's allow-list as the tests outside this package need to ask it. */
public final class EngineDoorProbe {

  private EngineDoorProbe() {
  }

  public record Entry(String method, String pattern) {
  }

  /** Whether the allow-list opens this request to the person (the administrator: always). */
  public static boolean opens(String method, String path, String user, List<String> groups) {
    if (Audience.isAdmin(groups)) {
      return true;
    }
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    EngineDoor.Target target = EngineDoor.target(request);
    return target != null && EngineDoor.find(target, "HEAD".equals(method) ? "GET" : method, groups,
        new CurrentUser(user, groups)) != null;
  }

  /** The entries of the engine API (/engine-rest and the webapps' /camunda/api/engine). */
  public static List<Entry> engineEntries() {
    return EngineRoutes.ROUTES.stream().filter(r -> r.api() == EngineRoutes.Api.ENGINE)
        .map(r -> new Entry(r.method(), r.pattern())).toList();
  }

  public static boolean matches(Entry entry, String path) {
    return EngineRoutes.ROUTES.stream().filter(r -> r.api() == EngineRoutes.Api.ENGINE
            && r.method().equals(entry.method()) && r.pattern().equals(entry.pattern()))
        .anyMatch(r -> r.parsed().matches(PathContainer.parsePath(path)));
  }
}
