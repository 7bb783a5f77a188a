package vn.tdkt.commendation.security;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.pattern.PathPattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tdkt.commendation.audit.AuditLog;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.security.EngineRoutes.Api;
import vn.tdkt.commendation.security.EngineRoutes.Body;
import vn.tdkt.commendation.security.EngineRoutes.Route;

/**
 * The door of Camunda's REST API and of the webapps' APIs: lets through only what {@link EngineRoutes} lists for
 * one of the caller's audiences (the administrator: everything), with only the listed body fields. Anything
 * else is answered 403 (401 without a login) in Vietnamese, with an audit line, before Camunda reads it.
 *
 * <p>The path is read as Jersey reads it (percent-decoding, a trailing slash ignored); Spring Security's
 * firewall has already refused encoded slashes, dots, semicolons and double slashes. A body is read once and
 * handed on unchanged; duplicate JSON fields are refused, so what is checked is what Camunda reads.
 */
class EngineDoor extends OncePerRequestFilter {

  static final String NOT_LISTED = "Bạn không có quyền dùng thao tác này: nó không được mở cho vai trò của bạn.";
  static final String SIGN_IN = "Cần đăng nhập để dùng chức năng này.";
  private static final int MAX_BODY = 1024 * 1024;
  private static final List<String> METHOD_OVERRIDES = List.of("X-HTTP-Method-Override", "X-HTTP-Method",
      "X-Method-Override");
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** A request of one of the engine's doors: which API, and the path inside it; null for any other request. */
  record Target(Api api, String path) {
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Target target = target(request);
    if (target == null) {
      chain.doFilter(request, response);
      return;
    }
    CurrentUser user = CurrentUser.get();
    List<String> groups = user == null ? null : user.groups();
    if (Audience.isAdmin(groups)) {
      chain.doFilter(request, response);
      return;
    }
    String method = "HEAD".equals(request.getMethod()) ? "GET" : request.getMethod();
    for (String header : METHOD_OVERRIDES) {
      if (request.getHeader(header) != null) {
        refuse(request, response, user, 403, NOT_LISTED, target, "method override header " + header);
        return;
      }
    }
    Route route = find(target, method, groups, user);
    if (route == null) {
      if (user == null) {
        refuse(request, response, null, 401, SIGN_IN, target, "not signed in");
      } else {
        refuse(request, response, user, 403, NOT_LISTED, target, "not in the allow-list");
      }
      return;
    }
    if (route.body().kind() == Body.Kind.NONE || "GET".equals(method) || "OPTIONS".equals(method)) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      refuse(request, response, user, 413, "Nội dung yêu cầu quá lớn.", target, "body over " + MAX_BODY + " bytes");
      return;
    }
    String problem;
    try {
      problem = checkBody(route.body(), body);
    } catch (JsonProcessingException e) {
      refuse(request, response, user, 400, "Nội dung yêu cầu không phải JSON hợp lệ.", target, "unreadable JSON");
      return;
    }
    if (problem != null) {
      refuse(request, response, user, 403, problem, target, "body: " + problem);
      return;
    }
    chain.doFilter(new CachedBody(request, body), response);
  }

  /** Which door and path a request addresses, or null when it is not one of the engine's doors. */
  static Target target(HttpServletRequest request) {
    String path = UriUtils.decode(request.getRequestURI().substring(request.getContextPath().length()),
        StandardCharsets.UTF_8);
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.equals("/engine-rest") || path.startsWith("/engine-rest/")) {
      return engine(path.substring("/engine-rest".length()), true);
    }
    if (path.equals("/camunda/api/engine") || path.startsWith("/camunda/api/engine/")) {
      return engine(path.substring("/camunda/api/engine".length()), false);
    }
    for (Api api : List.of(Api.COCKPIT, Api.TASKLIST, Api.ADMIN, Api.WELCOME)) {
      String root = "/camunda/api/" + api.label;
      if (path.equals(root) || path.startsWith(root + "/")) {
        return new Target(api, path.substring(root.length()));
      }
    }
    if (path.startsWith("/camunda/api")) {
      return new Target(null, path); // an API of the webapps we do not know: nothing is listed for it
    }
    return null;
  }

  /** "/engine/default/task" and (Camunda's default engine at the REST root only) "/task" are the same path. */
  private static Target engine(String rest, boolean rootIsDefaultEngine) {
    if (rest.equals("/engine")) {
      return new Target(Api.ENGINE, "/engine");
    }
    if (rest.startsWith("/engine/default/") || rest.equals("/engine/default")) {
      return new Target(Api.ENGINE, rest.substring("/engine/default".length()));
    }
    if (rest.startsWith("/engine/") || !rootIsDefaultEngine) {
      return new Target(null, rest); // another engine name, or a webapp path outside /engine/{name}
    }
    return new Target(Api.ENGINE, rest);
  }

  /** The first route that opens the operation to the caller, with a {@code {self}} that is the caller; or null. */
  static Route find(Target target, String method, List<String> groups, CurrentUser user) {
    if (target.api() == null) {
      return null;
    }
    PathContainer path = PathContainer.parsePath(target.path().isEmpty() ? "/" : target.path());
    for (Route route : EngineRoutes.ROUTES) {
      if (route.api() != target.api() || !route.method().equals(method) || !route.who().admits(groups)) {
        continue;
      }
      PathPattern.PathMatchInfo match = route.parsed().matchAndExtract(path);
      if (match == null) {
        continue;
      }
      String self = match.getUriVariables().get("self");
      if (self != null && (user == null || !self.equals(user.id()))) {
        continue;
      }
      return route;
    }
    return null;
  }

  /** Why the body is not what the route accepts, in Vietnamese; null when it is. */
  static String checkBody(Body rule, byte[] body) throws JsonProcessingException {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    JsonNode json = text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
    if (json == null || !json.isObject()) {
      throw new JsonProcessingException("not a JSON object") {
      };
    }
    if (rule.kind() == Body.Kind.QUERY) {
      return null;
    }
    java.util.TreeSet<String> unknown = new java.util.TreeSet<>();
    json.fieldNames().forEachRemaining(name -> {
      if (rule.kind() == Body.Kind.EMPTY || !rule.fields().contains(name)) {
        unknown.add(name);
      }
    });
    if (!unknown.isEmpty()) {
      return "Không được gửi " + String.join(", ", unknown) + " ở thao tác này"
          + (rule.fields().isEmpty() ? "." : "; chỉ nhận: " + String.join(", ", new java.util.TreeSet<>(rule.fields())) + ".");
    }
    for (String name : new java.util.TreeSet<>(rule.blank())) {
      JsonNode value = json.get(name);
      if (value != null && !(value.isNull() || (value.isTextual() && value.asText().isEmpty()))) {
        return "Trường " + name + " do hệ thống cấp, không được tự đặt.";
      }
    }
    return null;
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, CurrentUser user, int status,
      String message, Target target, String reason) throws IOException {
    AuditLog.denied(request, status, user == null ? null : user.id(),
        "door " + (target.api() == null ? "?" : target.api().label) + " " + request.getMethod() + " " + target.path(),
        reason);
    response.setStatus(status);
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + SecurityConfig.REALM + "\", charset=\"UTF-8\"");
    }
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Refusal refusal = switch (status) {
      case 400 -> Refusal.invalid(null, message);
      case 401 -> new Refusal(Refusal.Kind.UNAUTHORIZED, null, message);
      case 413 -> new Refusal(Refusal.Kind.PAYLOAD_TOO_LARGE, null, message);
      default -> Refusal.forbidden(null, message);
    };
    response.getWriter().write(JSON.writeValueAsString(refusal.body()));
  }

  /** The request with its body read once, for Camunda to read again. */
  private static final class CachedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
          encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
