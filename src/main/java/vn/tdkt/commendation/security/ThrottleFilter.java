package vn.tdkt.commendation.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tdkt.commendation.audit.AuditLog;

/**
 * Before a password is checked: refuses (429 with Retry-After) a login from a client or for a user that failed
 * too often, and the public complaint endpoints when one client sends too many or too large a body. Failures
 * are counted from Spring Security's authentication events, which cover every door: HTTP Basic (/engine-rest, /api),
 * our form login and the webapps' login form (checked by Spring too, see WebappSession); credentials Spring cannot
 * even read are counted here. Not registered as a servlet filter of its own: the security chains place it.
 */
@Component
class ThrottleFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern COMPLAINT = Pattern.compile("/(api/cases|announcements)/[^/]+/complaints/?");
  /** The Camunda webapps' own login (Tasklist, Cockpit, Admin), which does not go through Spring Security. */
  private static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");
  /** The parser Spring's BasicAuthenticationFilter uses. */
  private static final BasicAuthenticationConverter BASIC = new BasicAuthenticationConverter();

  private final Throttle throttle;
  private final ThrottleProperties limits;
  private final MessageSource messages;
  private final Locale locale;

  ThrottleFilter(Throttle throttle, ThrottleProperties limits, MessageSource messages,
      @Value("${spring.web.locale:vi}") Locale locale) {
    this.throttle = throttle;
    this.limits = limits;
    this.messages = messages;
    this.locale = locale;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String client = request.getRemoteAddr();
    Login login = login(request);
    if (login != null) {
      Duration wait = throttle.blocked(clientKey(client), limits.loginFailuresPerClient());
      String why = "too many failed logins from this client";
      if (wait == null && login.user() != null) {
        wait = throttle.blocked(userKey(login.user()), limits.loginFailuresPerUser());
        why = "too many failed logins for this user";
      }
      if (wait != null) {
        AuditLog.denied(request, 429, login.user(), "login", why);
        refuse(request, response, 429, wait, "TOO_MANY_REQUESTS", text("security.throttled.login", seconds(wait)));
        return;
      }
      if (login.malformed()) {
        // Spring answers 401 without asking a provider, so no failure event: counted here
        failed(client, null, "malformed credentials");
      }
    }
    if ("POST".equals(request.getMethod()) && COMPLAINT.matcher(path(request)).matches()) {
      String key = "complaint:" + client;
      Duration wait = throttle.blocked(key, limits.complaintsPerClient());
      if (wait != null) {
        AuditLog.denied(request, 429, null, "complaint", "too many complaints from this client");
        refuse(request, response, 429, wait, "TOO_MANY_REQUESTS", text("security.throttled.complaint", seconds(wait)));
        return;
      }
      throttle.count(key, limits.complaintWindow());
      long max = limits.complaintMaxBody().toBytes();
      if (request.getContentLengthLong() > max) {
        AuditLog.denied(request, 413, null, "complaint", "body of " + request.getContentLengthLong() + " bytes");
        refuse(request, response, 413, null, "PAYLOAD_TOO_LARGE", text("security.payload.too.large", max / 1024));
        return;
      }
      request = new Limited(request, max);
    }
    chain.doFilter(request, response);
  }

  /** Every door's failed password check, as Spring Security reports it (HTTP Basic, our form, the webapps' form). */
  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    failed(event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress() : null, event.getAuthentication().getName(), "wrong user name or password");
  }

  private void failed(String client, String user, String reason) {
    if (client != null) {
      throttle.count(clientKey(client), limits.loginWindow());
    }
    if (user != null && !user.isBlank()) {
      throttle.count(userKey(user), limits.loginWindow());
    }
    AuditLog.failedLogin(client, user, reason);
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
    return "login-user:" + user.strip().toLowerCase(Locale.ROOT);
  }

  /** A login attempt: the user name it names (null when none can be read) and whether its credentials were unreadable. */
  record Login(String user, boolean malformed) {
  }

  /**
   * The login a request attempts, read as the door that checks it reads it: the login forms (ours and the
   * webapps') by their form field, whatever headers come along; the APIs by Spring's own HTTP Basic parser, so
   * that no spelling of the header is a login for Spring and not for the throttle. Null: no login attempted.
   */
  static Login login(HttpServletRequest request) {
    String path = path(request);
    if ("POST".equals(request.getMethod()) && ("/login".equals(path) || WEBAPP_LOGIN.matcher(path).matches())) {
      String username = request.getParameter("username");
      return new Login(username == null ? "" : username, false);
    }
    if (!(path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.equals("/engine-rest"))) {
      return null;
    }
    try {
      UsernamePasswordAuthenticationToken token = BASIC.convert(request);
      return token == null ? null : new Login(token.getName(), false);
    } catch (AuthenticationException e) {
      return new Login(null, true);
    }
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  /** The product's language (fixed, spring.web.locale): this runs before Spring MVC resolves a locale. */
  private String text(String key, Object argument) {
    return messages.getMessage(key, new Object[] {argument}, locale);
  }

  /** JSON for the APIs; for the pages a small page in the same words, with the way back to the login. */
  private void refuse(HttpServletRequest request, HttpServletResponse response, int status, Duration wait,
      String type, String message) throws IOException {
    response.setStatus(status);
    if (wait != null) {
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds(wait)));
    }
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String p = path(request);
    if (p.startsWith("/api/") || p.startsWith("/engine-rest/") || p.startsWith("/camunda/")) {
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.getWriter().write(JSON.writeValueAsString(Map.of("type", type, "message", message)));
    } else {
      response.setContentType(MediaType.TEXT_HTML_VALUE);
      response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>"
          + HtmlUtils.htmlEscape(text("security.throttled.title", null), "UTF-8") + "</title></head><body><p>"
          + HtmlUtils.htmlEscape(message, "UTF-8") + "</p><p><a href=\"/login\">"
          + HtmlUtils.htmlEscape(text("security.back.to.login", null), "UTF-8") + "</a></p></body></html>");
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
