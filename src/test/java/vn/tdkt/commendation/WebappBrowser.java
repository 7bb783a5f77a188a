package vn.tdkt.commendation;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a browser does with the Camunda webapps, without the browser: one cookie jar (the session and Camunda's
 * XSRF-TOKEN cookie), the webapps' login form, and calls of their APIs with the XSRF header they require.
 */
public final class WebappBrowser {

  private final String base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;

  public WebappBrowser(int port) {
    this.base = "http://localhost:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  public record Reply(int status, String body) {
  }

  /** Opens Tasklist (for Camunda's XSRF cookie) and signs in with its login form. */
  public Reply login(String user, String password, String app) {
    get("/camunda/app/" + app + "/default/");
    return send("POST", "/camunda/api/admin/auth/user/default/login/" + app,
        form(Map.of("username", user, "password", password)), "application/x-www-form-urlencoded", Map.of());
  }

  public Reply get(String path) {
    return send("GET", path, null, null, Map.of());
  }

  public Reply post(String path, String json) {
    return send("POST", path, json, "application/json", Map.of());
  }

  public Reply put(String path, String json) {
    return send("PUT", path, json, "application/json", Map.of());
  }

  public Reply send(String method, String path, String body, String contentType, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json, text/html, */*");
    String xsrf = cookie("XSRF-TOKEN");
    if (xsrf != null) {
      request.header("X-XSRF-TOKEN", xsrf);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    headers.forEach(request::header);
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue).findFirst().orElse(null);
  }

  static String form(Map<String, String> fields) {
    return new LinkedHashMap<>(fields).entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
