package vn.tdkt.commendation.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.tdkt.commendation.audit.AuditLog;

/**
 * The doors, each deny by default. The REST APIs (/engine-rest, /api) are stateless HTTP Basic; the Camunda
 * webapps (/camunda) and our pages share one session (a Vietnamese form login, or the webapps' login form checked
 * the same way), with CSRF protection. What each role may call is listed in {@link EngineRoutes} (Camunda's REST
 * API and the webapps' APIs) and {@link PageRoutes} (our pages and APIs), and written out in docs/security.md.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

  static final String REALM = "commendation-workflow";

  /**
   * Actuator: the load balancer and the container runtime read /actuator/health without a login and
   * see only UP or DOWN; its details and the metrics are for camunda-admin over HTTP Basic.
   */
  @Bean
  @Order(0)
  SecurityFilterChain actuatorChain(HttpSecurity http, IdentityService identityService) throws Exception {
    http.securityMatcher(path("/actuator/**"))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(path("/actuator/health"), path("/actuator/health/liveness"),
                path("/actuator/health/readiness")).permitAll()
            .anyRequest().hasAuthority(ADMIN_AUTHORITY))
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(jsonUnauthorized()))
        .exceptionHandling(e -> e.authenticationEntryPoint(jsonUnauthorized()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable());
    return http.build();
  }

  static final String ADMIN_AUTHORITY = CamundaUserAuthenticationProvider.GROUP_PREFIX + vn.tdkt.commendation.organisation.Roles.ADMIN;

  /**
   * Camunda's REST API and our JSON APIs: stateless HTTP Basic. Our APIs open what {@link PageRoutes} lists;
   * /engine-rest needs a login here and then passes {@link EngineDoor}'s allow-list.
   */
  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, IdentityService identityService, ThrottleFilter throttle)
      throws Exception {
    // Jersey serves /engine-rest beside Spring MVC, so paths are matched on the raw request path
    http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/engine-rest"), path("/api/**")))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(path("/engine-rest/**"), path("/engine-rest")).authenticated()
            .anyRequest().access(PageRoutes.manager()))
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(jsonUnauthorized()))
        .exceptionHandling(e -> e.authenticationEntryPoint(jsonUnauthorized()).accessDeniedHandler(auditedDenial()))
        .addFilterBefore(throttle, BasicAuthenticationFilter.class)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // stateless and without cookies: there is no session for a forged request to ride on
        .csrf(csrf -> csrf.disable())
        .addFilterAfter(new EngineDoor(), AuthorizationFilter.class)
        .addFilterAfter(new EngineIdentityFilter(identityService), AnonymousAuthenticationFilter.class);
    return http.build();
  }

  /**
   * Tasklist, Cockpit, Admin and Welcome: their pages are static; their APIs pass {@link EngineDoor}. Their login
   * form is checked by Spring Security ({@link WebappSession}), so one session serves the webapps and our pages.
   * They ship their own CSRF filter and embed their own pages in frames of the same origin.
   */
  @Bean
  @Order(2)
  SecurityFilterChain camundaWebappChain(HttpSecurity http, ThrottleFilter throttle,
      AuthenticationManager authenticationManager, ProcessEngine engine) throws Exception {
    http.securityMatcher(path("/camunda/**"))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(h -> h.frameOptions(f -> f.sameOrigin()))
        .addFilterBefore(throttle, AnonymousAuthenticationFilter.class)
        .addFilterAfter(new WebappSession(authenticationManager, engine), AnonymousAuthenticationFilter.class)
        .addFilterAfter(new EngineDoor(), AuthorizationFilter.class);
    return http.build();
  }

  /** The application's one authentication manager (CamundaUserAuthenticationProvider), for the webapps' login form. */
  @Bean
  AuthenticationManager authenticationManager(AuthenticationConfiguration configuration) throws Exception {
    return configuration.getAuthenticationManager();
  }

  @Bean
  @Order(3)
  SecurityFilterChain pageChain(HttpSecurity http, IdentityService identityService, ThrottleFilter throttle,
      CsrfTokenRepository publicPageCsrf) throws Exception {
    http.authorizeHttpRequests(auth -> auth.anyRequest().access(PageRoutes.manager()))
        // the public page and its complaint forms: no server session for a visitor who only reads
        .csrf(csrf -> csrf.csrfTokenRepository(publicPageCsrf))
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/cases"))
        .logout(logout -> logout.logoutSuccessUrl("/"))
        .exceptionHandling(e -> e.accessDeniedHandler(auditedDenial()))
        .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
        .headers(h -> h
            .contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                    + "frame-ancestors 'none'; form-action 'self'"))
            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
        .addFilterAfter(new EngineIdentityFilter(identityService), AnonymousAuthenticationFilter.class);
    return http.build();
  }

  /** CSRF tokens of our pages: in a cookie for a reader of the public page, in the session otherwise. */
  @Bean
  CsrfTokenRepository publicPageCsrf() {
    return new PublicPageCsrfTokenRepository(new OrRequestMatcher(path("/announcements"), path("/announcements/**")),
        "/announcements");
  }

  /** The throttle runs inside the security chains only, where they place it; not for every request. */
  @Bean
  FilterRegistrationBean<ThrottleFilter> throttleFilterRegistration(ThrottleFilter filter) {
    FilterRegistrationBean<ThrottleFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setEnabled(false);
    return registration;
  }

  /**
   * 403 when a signed-in caller is refused by an allow-list (or a missing CSRF token), written to the audit log:
   * JSON in Vietnamese for the APIs, naming who the function is for; the error page for our pages.
   */
  static AccessDeniedHandler auditedDenial() {
    AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
    return (request, response, e) -> {
      CurrentUser user = CurrentUser.get();
      AuditLog.denied(request, 403, user == null ? null : user.id(), request.getRequestURI(),
          e.getClass().getSimpleName() + ": " + e.getMessage());
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (!path.startsWith("/api/") && !path.startsWith("/engine-rest")) {
        page.handle(request, response, e);
        return;
      }
      List<String> who = PageRoutes.audiencesFor(request.getMethod(), path);
      String message = e instanceof org.springframework.security.web.csrf.CsrfException
          ? "Yêu cầu thiếu mã bảo vệ (CSRF) hợp lệ; hãy tải lại trang rồi thử lại."
          : who.isEmpty() ? "Bạn không có quyền dùng chức năng này."
          : "Bạn không có quyền dùng chức năng này: chỉ dành cho " + String.join("; ", who) + ".";
      response.setStatus(403);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
          vn.tdkt.commendation.problem.Refusal.forbidden(null, message).body()));
    };
  }

  static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  /** 401 with a JSON body in Vietnamese and a Basic challenge. */
  static AuthenticationEntryPoint jsonUnauthorized() {
    return (request, response, e) -> {
      AuditLog.denied(request, 401, null, request.getRequestURI(), e.getClass().getSimpleName() + ": " + e.getMessage());
      response.setStatus(401);
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(
          "{\"type\":\"UNAUTHORIZED\",\"message\":\"Cần đăng nhập (HTTP Basic) để dùng API này.\",\"field\":null}");
    };
  }
}
