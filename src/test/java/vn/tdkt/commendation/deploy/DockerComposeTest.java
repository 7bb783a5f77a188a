package vn.tdkt.commendation.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Docker is not available where the tests run, so the deployment files are checked as read by compose: the
 * services a province needs (PostgreSQL with a volume, two identical app nodes, a load balancer), what
 * each gets from the environment, the network that lets the nodes trust nginx alone, the health checks
 * and the start order. {@link ComposeStartIT} starts the jar with the app service's environment.
 */
class DockerComposeTest {

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    assertNotNull(o);
    return (Map<String, Object>) o;
  }

  static Map<String, Object> compose() throws IOException {
    return map(new Yaml().load(Files.readString(Path.of("docker-compose.yml"))));
  }

  @Test
  void postgresKeepsItsDataInAVolumeAndSaysWhenItIsReady() throws IOException {
    Map<String, Object> compose = compose();
    Map<String, Object> services = map(compose.get("services"));
    assertEquals(List.of("postgres", "app1", "app2", "nginx"), List.copyOf(services.keySet()));

    Map<String, Object> postgres = map(services.get("postgres"));
    assertTrue(((String) postgres.get("image")).startsWith("postgres:15"));
    assertEquals(List.of("pgdata:/var/lib/postgresql/data"), postgres.get("volumes"));
    assertTrue(map(compose.get("volumes")).containsKey("pgdata"));
    assertTrue(String.valueOf(map(postgres.get("healthcheck")).get("test")).contains("pg_isready"));
    Map<String, Object> env = map(postgres.get("environment"));
    assertEquals("tdkt", env.get("POSTGRES_DB"));
    assertEquals("tdkt", env.get("POSTGRES_USER"));
    assertTrue(((String) env.get("POSTGRES_PASSWORD")).startsWith("${DB_PASSWORD"), "no password in the file");
    assertTrue(postgres.get("ports") == null, "the database is not published outside the compose network");
  }

  @Test
  void twoIdenticalNodesOnTheSameDatabaseWithHealthChecks() throws IOException {
    Map<String, Object> services = map(compose().get("services"));
    Map<String, Object> app1 = map(services.get("app1"));
    Map<String, Object> app2 = map(services.get("app2"));
    assertEquals(".", app1.get("build"));
    assertTrue(Files.exists(Path.of("Dockerfile")));
    assertEquals(app1.get("image"), app2.get("image"), "one image for every node");
    for (Map<String, Object> app : List.of(app1, app2)) {
      Map<String, Object> env = map(app.get("environment"));
      assertEquals("postgres", env.get("SPRING_PROFILES_ACTIVE"));
      assertEquals("jdbc:postgresql://postgres:5432/tdkt", env.get("DB_URL"));
      assertEquals("tdkt", env.get("DB_USER"));
      assertTrue(((String) env.get("DB_PASSWORD")).startsWith("${DB_PASSWORD"));
      Map<String, Object> health = map(app.get("healthcheck"));
      assertTrue(String.valueOf(health.get("test")).contains("http://localhost:8080/actuator/health"));
      assertNotNull(health.get("start_period"), "the engine needs time to start");
      assertEquals("service_healthy", map(map(app.get("depends_on")).get("postgres")).get("condition"));
      assertTrue(app.get("ports") == null, "nodes are reached through the load balancer only");
    }
    // the first node creates Camunda's schema alone; the second waits for it
    assertEquals("service_healthy", map(map(app2.get("depends_on")).get("app1")).get("condition"));
  }

  @Test
  void theSecretsComeFromTheEnvironmentAndComposeRefusesToStartWithoutThem() throws IOException {
    ComposeFile compose = ComposeFile.read(Path.of("docker-compose.yml"));
    Map<String, String> secrets = Map.of("DB_PASSWORD", "db-secret", "TDKT_ADMIN_PASSWORD", "Quan-Tri-2026!");
    for (String service : List.of("app1", "app2")) {
      Map<String, String> env = compose.environment(service, secrets);
      assertEquals("db-secret", env.get("DB_PASSWORD"));
      assertEquals("Quan-Tri-2026!", env.get("TDKT_ADMIN_PASSWORD"));
      assertEquals("admin", env.get("TDKT_ADMIN_USER"), "the administrator's default name");
      for (String secret : secrets.keySet()) {
        Map<String, String> without = new HashMap<>(secrets);
        without.remove(secret);
        ComposeFile.MissingVariable missing = assertThrows(
            ComposeFile.MissingVariable.class, () -> compose.environment(service, without));
        assertEquals(secret, missing.variable);
      }
    }
    assertEquals("db-secret", compose.environment("postgres", secrets).get("POSTGRES_PASSWORD"));
    assertTrue(!Files.readString(Path.of("docker-compose.yml")).contains("Quan-Tri"), "no secret in the file");
  }

  @Test
  void theNodesTrustForwardedHeadersFromNginxsFixedAddressOnly() throws IOException {
    ComposeFile compose = ComposeFile.read(Path.of("docker-compose.yml"));
    Map<String, Object> backend = map(map(compose.root().get("networks")).get("backend"));
    String subnet = (String) map(((List<?>) map(backend.get("ipam")).get("config")).get(0)).get("subnet");
    assertTrue(subnet.endsWith(".0/24"), subnet);
    String prefix = subnet.substring(0, subnet.length() - "0/24".length());
    String nginx = (String) map(map(map(compose.service("nginx").get("networks")).get("backend"))).get("ipv4_address");
    assertTrue(nginx.startsWith(prefix), "nginx's address is in the network's subnet");
    for (String service : List.of("postgres", "app1", "app2")) {
      assertEquals(List.of("backend"), compose.service(service).get("networks"), service + " is on the same network");
    }
    for (String service : List.of("app1", "app2")) {
      // Tomcat matches the whole client address against the regular expression
      Pattern trusted = Pattern.compile(
          compose.environment(service, Map.of("DB_PASSWORD", "x", "TDKT_ADMIN_PASSWORD", "y")).get("TDKT_TRUSTED_PROXIES"));
      assertTrue(trusted.matcher(nginx).matches(), "nginx is trusted");
      for (int last = 0; last < 256; last++) {
        String other = prefix + last;
        if (!other.equals(nginx)) {
          assertTrue(!trusted.matcher(other).matches(), other + " is not trusted");
        }
      }
      for (String other : List.of("127.0.0.1", "172.17.0.1", "192.168.1.10", "10.0.0.1", "::1", nginx + "0",
          nginx.replace('.', 'x'))) {
        assertTrue(!trusted.matcher(other).matches(), other + " is not trusted");
      }
    }
  }

  @Test
  void theLoadBalancerPublishesPort8080AndSpreadsOverBothNodesWithoutStickiness() throws IOException {
    Map<String, Object> nginx = map(map(compose().get("services")).get("nginx"));
    assertTrue(((String) nginx.get("image")).startsWith("nginx:"));
    assertEquals(List.of("8080:80"), nginx.get("ports"));
    assertEquals(List.of("./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro"), nginx.get("volumes"));
    Map<String, Object> dependsOn = map(nginx.get("depends_on"));
    assertEquals("service_healthy", map(dependsOn.get("app1")).get("condition"));
    assertEquals("service_healthy", map(dependsOn.get("app2")).get("condition"));
    assertNotNull(nginx.get("healthcheck"));

    String conf = Files.readString(Path.of("deploy/nginx.conf"));
    assertTrue(conf.contains("server app1:8080"));
    assertTrue(conf.contains("server app2:8080"));
    assertTrue(conf.contains("proxy_pass http://commendation;"));
    assertTrue(conf.contains("X-Forwarded-Proto"));
    // the port the browser used (8080 published), not nginx's own 80, or the nodes' redirects to /login lose it
    assertTrue(conf.contains("map $http_host $forwarded_port"));
    assertTrue(conf.contains("proxy_set_header X-Forwarded-Port $forwarded_port;"));
    assertTrue(!conf.contains("$server_port"));
    String directives = conf.replaceAll("#[^\n]*", "");
    assertTrue(!directives.contains("ip_hash") && !directives.contains("sticky") && !directives.contains("hash "),
        "sessions are shared, no stickiness");
  }

  @Test
  void theImageIsBuiltWithTheMavenWrapperAndChecksItsOwnHealth() throws IOException {
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    assertTrue(dockerfile.contains("AS build"), "multi-stage");
    assertTrue(dockerfile.contains("./mvnw -B -ntp -DskipTests package"));
    assertTrue(dockerfile.contains("COPY processes processes"), "the models are part of the jar");
    assertTrue(dockerfile.contains("HEALTHCHECK"));
    assertTrue(dockerfile.contains("ENTRYPOINT [\"java\", \"-jar\", \"/app/app.jar\"]"));
    // start-up: the unpacked jar and a class data sharing archive from a training start, used by every start
    assertTrue(dockerfile.contains("-Djarmode=tools -jar /tmp/app.jar extract --destination /app"));
    assertTrue(dockerfile.contains("-XX:ArchiveClassesAtExit=/app/app.jsa -Dspring.context.exit=onRefresh"));
    assertTrue(dockerfile.contains("-XX:SharedArchiveFile=/app/app.jsa"));
  }
}
