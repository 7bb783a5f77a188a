package vn.tdkt.commendation.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tdkt.commendation.audit.AuditLog;
import vn.tdkt.commendation.problem.Refusal;

/**
 * One sign-in for the whole product. The Camunda webapps (Tasklist, Cockpit, Admin) keep their login form, but
 * the password is checked here, by Spring Security with the same provider, throttle and audit as our pages and
 * APIs; the session then holds both Spring's login and the webapps' own, so a link from a task to a case page or a
 * ballot opens without a second login, and a person signed in on our pages finds Tasklist open. Signing out of a
 * webapp ends the whole session.
 */
class WebappSession extends OncePerRequestFilter {

  static final String ENGINE = "default";
  private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/([^/]+)/login/([^/]+)/?");
  private static final Pattern LOGOUT = Pattern.compile("/camunda/api/admin/auth/user/([^/]+)/logout/?");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AuthenticationManager authentication;
  private final ProcessEngine engine;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
  private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

  WebappSession(AuthenticationManager authentication, ProcessEngine engine) {
    this.authentication = authentication;
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("POST".equals(request.getMethod())) {
      Matcher login = LOGIN.matcher(path);
      if (login.matches()) {
        login(request, response, login.group(1), login.group(2));
        return;
      }
      if (LOGOUT.matcher(path).matches()) {
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        response.setStatus(200);
        return;
      }
    }
    CurrentUser user = CurrentUser.get();
    HttpSession session = request.getSession(false);
    if (user != null) {
      Authentications webapp = AuthenticationUtil.getAuthsFromSession(request.getSession());
      var current = webapp.getAuthenticationForProcessEngine(ENGINE);
      if (current == null || !user.id().equals(current.getIdentityId())) {
        webapp.addOrReplace(AuthenticationUtil.createAuthentication(engine, user.id(), null, null));
        AuthenticationUtil.updateSession(request.getSession(), webapp);
      }
    } else if (session != null) {
      // no Spring login (expired, or signed out on our pages): the webapps' login goes with it
      Authentications webapp = AuthenticationUtil.getAuthsFromSession(session);
      if (webapp.hasAuthenticationForProcessEngine(ENGINE)) {
        webapp.removeByEngineName(ENGINE);
        AuthenticationUtil.updateSession(session, webapp);
      }
    }
    chain.doFilter(request, response);
  }

  private void login(HttpServletRequest request, HttpServletResponse response, String engineName, String app)
      throws IOException {
    String username = request.getParameter("username");
    String password = request.getParameter("password");
    UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
        username == null ? "" : username.strip(), password == null ? "" : password);
    attempt.setDetails(details.buildDetails(request));
    Authentication result;
    try {
      result = authentication.authenticate(attempt);
    } catch (AuthenticationException e) {
      // counted and audited by the throttle's listener of Spring's failure event, as on every door
      write(response, 401, new Refusal(Refusal.Kind.UNAUTHORIZED, null, "Tên đăng nhập hoặc mật khẩu không đúng.").body());
      return;
    }
    if (!ENGINE.equals(engineName)) {
      write(response, 404, Refusal.notFound("Không có máy quy trình \"" + engineName + "\".").body());
      return;
    }
    UserAuthentication webapp = AuthenticationUtil.createAuthentication(engine, result.getName(), null, null);
    if (!webapp.isAuthorizedForApp(app)) {
      AuditLog.denied(request, 403, result.getName(), "webapp " + app, "no access to this webapp");
      write(response, 403, Refusal.forbidden(null, "Tài khoản của bạn không được dùng ứng dụng này.").body());
      return;
    }
    // a new session id for the signed-in session: a session id planted before the login is worth nothing
    request.getSession(true);
    request.changeSessionId();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(result);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    Authentications all = AuthenticationUtil.getAuthsFromSession(request.getSession());
    all.addOrReplace(webapp);
    AuthenticationUtil.updateSession(request.getSession(), all);
    write(response, 200, Map.of("userId", webapp.getIdentityId(), "authorizedApps", webapp.getAuthorizedApps()));
  }

  private static void write(HttpServletResponse response, int status, Object body) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.writeValueAsString(body));
  }
}
