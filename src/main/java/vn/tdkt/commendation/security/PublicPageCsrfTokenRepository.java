package vn.tdkt.commendation.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * CSRF tokens of our pages. A visitor who is not signed in gets the token of the complaint forms of the
 * public page in a cookie (double submit: the form's token must match the cookie's), so that reading the
 * page creates no server session per visitor; everyone else, and every other page, keeps the token in
 * the session. Every POST still needs its token: a forged request riding on a signed-in person's cookies
 * is checked against their session's token, which the forger cannot read.
 */
final class PublicPageCsrfTokenRepository implements CsrfTokenRepository {

  static final String COOKIE = "PUBLIC-CSRF";

  private final RequestMatcher publicPages;
  private final CsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
  private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

  PublicPageCsrfTokenRepository(RequestMatcher publicPages, String cookiePath) {
    this.publicPages = publicPages;
    cookie.setCookieName(COOKIE);
    cookie.setCookiePath(cookiePath);
    cookie.setCookieCustomizer(c -> c.httpOnly(true).sameSite("Lax"));
  }

  @Override
  public CsrfToken generateToken(HttpServletRequest request) {
    return repository(request).generateToken(request);
  }

  @Override
  public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
    repository(request).saveToken(token, request, response);
  }

  @Override
  public CsrfToken loadToken(HttpServletRequest request) {
    return repository(request).loadToken(request);
  }

  private CsrfTokenRepository repository(HttpServletRequest request) {
    return publicPages.matches(request) && !signedIn() ? cookie : session;
  }

  private static boolean signedIn() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
  }
}
