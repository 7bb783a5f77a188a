package vn.tdkt.commendation.security;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three doors. The REST APIs (/engine-rest, /api) are stateless HTTP Basic: no anonymous access except
 * lodging a complaint. The Camunda webapps (/camunda) keep their own login and CSRF protection. Our
 * pages use a Vietnamese form login against the same users, with CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

  static final String REALM = "commendation-workflow";

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, IdentityService identityService) throws Exception {
    // Jersey serves /engine-rest beside Spring MVC, so paths are matched on the raw request path
    http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/**")))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/cases/*/complaints"))
            .permitAll()
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(jsonUnauthorized()))
        .exceptionHandling(e -> e.authenticationEntryPoint(jsonUnauthorized()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // stateless and without cookies: there is no session for a forged request to ride on
        .csrf(csrf -> csrf.disable())
        .addFilterAfter(new EngineIdentityFilter(identityService), AnonymousAuthenticationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain camundaWebappChain(HttpSecurity http) throws Exception {
    // Tasklist, Cockpit and Admin authenticate against the same identity service themselves and ship
    // their own CSRF filter; they embed their own pages in frames of the same origin.
    http.securityMatcher(path("/camunda/**"))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(h -> h.frameOptions(f -> f.sameOrigin()));
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain pageChain(HttpSecurity http, IdentityService identityService) throws Exception {
    http.authorizeHttpRequests(auth -> auth
            .requestMatchers(path("/"), path("/announcements"), path("/announcements/**"), path("/login"),
                path("/error"), path("/css/**"), path("/js/**"), path("/vendor/**"), path("/webjars/**"),
                path("/decisions/decision.pdf"),
                path("/favicon.ico")).permitAll()
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/cases"))
        .logout(logout -> logout.logoutSuccessUrl("/"))
        .headers(h -> h
            .contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                    + "frame-ancestors 'none'; form-action 'self'"))
            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
        .addFilterAfter(new EngineIdentityFilter(identityService), AnonymousAuthenticationFilter.class);
    return http.build();
  }

  static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  /** 401 with a JSON body in Vietnamese and a Basic challenge. */
  static AuthenticationEntryPoint jsonUnauthorized() {
    return (request, response, e) -> {
      response.setStatus(401);
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(
          "{\"type\":\"UNAUTHORIZED\",\"message\":\"Cần đăng nhập (HTTP Basic) để dùng API này.\",\"field\":null}");
    };
  }
}
