package vn.tdkt.commendation.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.tdkt.commendation.security.CurrentUser;

/**
 * Every refused access attempt, on its own logger ("vn.tdkt.commendation.audit") so that operations can
 * route it to its own file or SIEM: who (user or "anonymous", and the client address), what (the resource),
 * and why. State changes of a case are recorded in the case history instead.
 */
public final class AuditLog {

  public static final String LOGGER = "vn.tdkt.commendation.audit";
  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

  private AuditLog() {
  }

  /** A denied access by the signed-in (or anonymous) caller of the current request. */
  public static void denied(int status, String resource, String reason) {
    CurrentUser user = CurrentUser.get();
    denied(status, user == null ? null : user.id(), resource, reason);
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
  public static void failedLogin(String client, String user) {
    HttpServletRequest request = currentRequest();
    log(401, user, client, request == null ? "login" : request.getMethod() + " " + request.getRequestURI(), "login",
        "wrong user name or password");
  }

  private static void log(int status, String user, String client, String door, String resource, String reason) {
    LOG.warn("DENIED status={} user={} client={} request=\"{}\" resource=\"{}\" reason=\"{}\"", status,
        user == null ? "anonymous" : user, client == null ? "-" : client, door, resource, reason);
  }

  private static HttpServletRequest currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
  }
}
