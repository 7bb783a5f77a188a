package vn.tdkt.commendation.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.tdkt.commendation.audit.AuditLog;

/**
 * Before a password is checked: refuses (429 with Retry-After) a login from a client or for a user that failed
 * too often, and the public complaint endpoints when one client sends too many or too large a body. Failures
 * are counted from Spring Security's authentication events, which cover HTTP Basic (/engine-rest, /api) and
 * our form login alike, and from the answer of the Camunda webapps' own login. Not registered as a servlet filter of its own: the security chains place it.
 */
@Component
class ThrottleFilter extends OncePerRequestFilter {

  private static final Pattern COMPLAINT = Pattern.compile("/(api/cases|announcements)/[^/]+/complaints/?");
  /** The Camunda webapps' own login (Tasklist, Cockpit, Admin), which does not go through Spring Security. */
  private static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");

  private final Throttle throttle;
  private final ThrottleProperties limits;

  ThrottleFilter(Throttle throttle, ThrottleProperties limits) {
    this.throttle = throttle;
    this.limits = limits;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String client = request.getRemoteAddr();
    String user = loginName(request);
    if (user != null) {
      Duration wait = throttle.blocked(clientKey(client), limits.loginFailuresPerClient());
      String why = "too many failed logins from this client";
      if (wait == null) {
        wait = throttle.blocked(userKey(user), limits.loginFailuresPerUser());
        why = "too many failed logins for this user";
      }
      if (wait != null) {
        AuditLog.denied(request, 429, user, "login", why);
        refuse(request, response, 429, wait, "TOO_MANY_REQUESTS", "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau "
            + seconds(wait) + " giây.");
        return;
      }
    }
    if ("POST".equals(request.getMethod()) && COMPLAINT.matcher(path(request)).matches()) {
      String key = "complaint:" + client;
      Duration wait = throttle.blocked(key, limits.complaintsPerClient());
      if (wait != null) {
        AuditLog.denied(request, 429, null, "complaint", "too many complaints from this client");
        refuse(request, response, 429, wait, "TOO_MANY_REQUESTS", "Bạn đã gửi quá nhiều khiếu nại trong thời gian ngắn. "
            + "Vui lòng thử lại sau " + seconds(wait) + " giây.");
        return;
      }
      throttle.count(key, limits.complaintWindow());
      long max = limits.complaintMaxBody().toBytes();
      if (request.getContentLengthLong() > max) {
        AuditLog.denied(request, 413, null, "complaint", "body of " + request.getContentLengthLong() + " bytes");
        refuse(request, response, 413, null, "PAYLOAD_TOO_LARGE", "Nội dung gửi lên quá lớn (tối đa "
            + max / 1024 + " KB).");
        return;
      }
      request = new Limited(request, max);
    }
    chain.doFilter(request, response);
    if (user != null && isWebappLogin(request)) {
      // the webapps check the password themselves: their answer tells whether it was right
      if (response.getStatus() == 401) {
        failed(client, user);
      } else if (response.getStatus() < 300) {
        throttle.forget(userKey(user));
      }
    }
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    failed(event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress() : null, event.getAuthentication().getName());
  }

  private void failed(String client, String user) {
    if (client != null) {
      throttle.count(clientKey(client), limits.loginWindow());
    }
    if (user != null && !user.isBlank()) {
      throttle.count(userKey(user), limits.loginWindow());
    }
    AuditLog.failedLogin(client, user);
  }

  private static boolean isWebappLogin(HttpServletRequest request) {
    return "POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path(request)).matches();
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    // the user's own count starts again; the client's does not, or one valid account would unlock guessing
    throttle.forget(userKey(event.getAuthentication().getName()));
  }

  private static String clientKey(String client) {
    return "login-client:" + client;
  }

  private static String userKey(String user) {
    return "login-user:" + user.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** The user name a request tries to log in with (HTTP Basic, or our login form), or null. */
  private static String loginName(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? decoded : decoded.substring(0, colon);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    if (isWebappLogin(request) || ("POST".equals(request.getMethod()) && "/login".equals(path(request)))) {
      String username = request.getParameter("username");
      return username == null ? "" : username;
    }
    return null;
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, Duration wait,
      String type, String message) throws IOException {
    response.setStatus(status);
    if (wait != null) {
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds(wait)));
    }
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String p = path(request);
    if (p.startsWith("/api/") || p.startsWith("/engine-rest/")) {
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.getWriter().write("{\"type\":\"" + type + "\",\"message\":\"" + message + "\",\"field\":null}");
    } else {
      response.setContentType(MediaType.TEXT_PLAIN_VALUE);
      response.getWriter().write(message);
    }
  }

  /** A body that stops at the limit even when no Content-Length was sent (chunked). */
  private static final class Limited extends HttpServletRequestWrapper {
    private final long max;

    Limited(HttpServletRequest request, long max) {
      super(request);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = in.read();
          if (b >= 0 && ++read > max) {
            throw new IOException("request body larger than " + max + " bytes");
          }
          return b;
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }
}
