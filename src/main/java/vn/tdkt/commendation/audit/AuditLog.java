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
    HttpServletRequest request = currentRequest();
    String client = request == null ? "-" : request.getRemoteAddr();
    String door = request == null ? "-" : request.getMethod() + " " + request.getRequestURI();
    LOG.warn("DENIED status={} user={} client={} request=\"{}\" resource=\"{}\" reason=\"{}\"", status,
        user == null ? "anonymous" : user, client, door, resource, reason);
  }

  private static HttpServletRequest currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
  }
}
