package vn.tdkt.commendation.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every refused access attempt, on its own logger ("vn.tdkt.commendation.audit") so that operations can
 * route it to its own file or SIEM: who (user or "anonymous", and the client address), what (the resource),
 * and why. State changes of a case are recorded in the case history instead.
 *
 * <p>Every value is written through {@link #clean}: a user name, path or message a caller chose cannot start a
 * line of its own or hide behind control characters, so one request gives exactly one audit line.
 */
public final class AuditLog {

  public static final String LOGGER = "vn.tdkt.commendation.audit";
  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
  private static final int MAX_VALUE = 300;

  private AuditLog() {
  }

  /** A denied access by the signed-in (or anonymous) caller of the current request. */
  public static void denied(int status, String resource, String reason) {
    denied(status, signedIn(), resource, reason);
  }

  public static void denied(int status, String user, String resource, String reason) {
    denied(currentRequest(), status, user, resource, reason);
  }

  /** For the security filters, which run before Spring's request context is set up for the request. */
  public static void denied(HttpServletRequest request, int status, String user, String resource, String reason) {
    log(status, user, request == null ? null : request.getRemoteAddr(),
        request == null ? "-" : request.getMethod() + " " + request.getRequestURI(), resource, reason);
  }

  /** A failed login known from Spring Security's event: the client address comes with it, the request does not. */
  public static void failedLogin(String client, String user, String reason) {
    HttpServletRequest request = currentRequest();
    log(401, user, client, request == null ? "login" : request.getMethod() + " " + request.getRequestURI(), "login",
        reason);
  }

  private static void log(int status, String user, String client, String door, String resource, String reason) {
    LOG.warn("DENIED status={} user={} client={} request=\"{}\" resource=\"{}\" reason=\"{}\"", status,
        user == null ? "anonymous" : clean(user), client == null ? "-" : clean(client), clean(door), clean(resource),
        clean(reason));
  }

  /**
   * A value fit for one log line: CR, LF, the other control characters, the line and paragraph separators and
   * the double quote are written as escapes ({@code \n}, {@code \u2028}, {@code \"}), and a long value is cut.
   */
  public static String clean(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_VALUE) + 8);
    for (int i = 0; i < value.length() && out.length() < MAX_VALUE; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    if (out.length() >= MAX_VALUE && value.length() > MAX_VALUE) {
      out.append("…");
    }
    return out.toString();
  }

  /** The signed-in person of the current request (every door signs in through Spring Security), or null. */
  private static String signedIn() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken ? null : a.getName();
  }

  private static HttpServletRequest currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
  }
}
