package vn.tdkt.commendation.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser behind a load balancer without sticky sessions: it signs in on one node and its next
 * request lands on the other. Cookies are per host, not per port, so one cookie jar serves both nodes.
 */
final class SharedSessions {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return browser.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String form(String... keyValues) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < keyValues.length; i += 2) {
      b.append(i == 0 ? "" : "&").append(keyValues[i]).append('=')
          .append(URLEncoder.encode(keyValues[i + 1], StandardCharsets.UTF_8));
    }
    return b.toString();
  }

  /** Our pages: form login on one node, the case registry on the other. */
  void pageLoginHoldsOnTheOtherNode(AppNode first, AppNode second) throws Exception {
    HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(first.url() + "/login")).GET());
    Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login.body());
    assertTrue(csrf.find(), "login form with a CSRF token");
    HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(first.url() + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form("username", "nominator.thads", "password", "demo",
            "_csrf", csrf.group(1)))));
    assertEquals(302, posted.statusCode());
    assertTrue(posted.headers().firstValue("Location").orElse("").endsWith("/cases"), "signed in");

    HttpResponse<String> registry = send(HttpRequest.newBuilder(URI.create(second.url() + "/cases")).GET());
    assertEquals(200, registry.statusCode(), "the other node knows the session (no redirect to /login)");
  }

  /** Camunda Tasklist: login on one node (with its CSRF token), then the same user is known on the other. */
  void camundaWebappLoginHoldsOnTheOtherNode(AppNode first, AppNode second) throws Exception {
    send(HttpRequest.newBuilder(URI.create(first.url() + "/camunda/app/tasklist/default/")).GET());
    String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
    HttpResponse<String> login = send(HttpRequest.newBuilder(
            URI.create(first.url() + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
        .POST(HttpRequest.BodyPublishers.ofString(form("username", "head.thads", "password", "demo"))));
    assertEquals(200, login.statusCode(), "tasklist login: " + login.body());

    HttpResponse<String> who = send(HttpRequest.newBuilder(
        URI.create(second.url() + "/camunda/api/admin/auth/user/default")).GET());
    assertEquals(200, who.statusCode(), "the other node knows the webapp session: " + who.body());
    assertTrue(who.body().contains("\"userId\":\"head.thads\""), who.body());
  }
}
