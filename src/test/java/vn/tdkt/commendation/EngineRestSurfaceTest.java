package vn.tdkt.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import vn.tdkt.commendation.security.EngineDoorProbe;

/**
 * Every operation Camunda's REST API has in this version — read from the OpenAPI document Camunda publishes for it
 * (org.camunda.bpm:camunda-engine-rest-openapi) — is refused (403, by the door, before Camunda) to a nominator, a
 * Board officer and a Council member unless the allow-list opens it to them. A Camunda upgrade that adds an
 * endpoint therefore adds a closed door; opening it is a change of the allow-list, on purpose.
 */
class EngineRestSurfaceTest extends RestWorkflowTest {

  private static final List<String> PEOPLE = List.of("nominator.thads", "officer.ban", "council.1");

  @LocalServerPort int port;

  record Operation(String method, String path) {

    /** The path with each parameter replaced by a value that names nothing. */
    String example() {
      return path.replaceAll("\\{[^}]+}", "khong-co");
    }
  }

  @Test
  void everyOperationNotOpenedToARoleIsRefusedByTheDoor() throws IOException {
    List<Operation> operations = operations();
    assertThat(operations).as("Camunda 7.24 has about 400 REST operations").hasSizeGreaterThan(350);
    int refused = 0;
    int opened = 0;
    for (String person : PEOPLE) {
      List<String> groups = groupsOf(person);
      for (Operation op : operations) {
        String example = op.example();
        if (EngineDoorProbe.opens(op.method(), "/engine-rest" + example, person, groups)) {
          opened++;
          continue;
        }
        ResponseEntity<String> answer = call(person, op.method(), "/engine-rest" + example);
        assertThat(answer.getStatusCode().value()).as("%s %s as %s: %s", op.method(), op.path(), person,
            answer.getBody()).isEqualTo(403);
        if (!"HEAD".equals(op.method())) {
          assertThat(answer.getBody()).as("%s %s as %s", op.method(), op.path(), person).contains("không có quyền");
        }
        refused++;
      }
    }
    assertThat(refused).as("most of the engine stays closed to officials").isGreaterThan(3 * 250);
    assertThat(opened).isPositive();
  }

  @Test
  void theWebappsEngineApiIsTheSameDoor() throws IOException {
    WebappBrowser browser = new WebappBrowser(port);
    assertThat(browser.login("nominator.thads", PASSWORD, "tasklist").status()).isEqualTo(200);
    List<String> groups = groupsOf("nominator.thads");
    int refused = 0;
    for (Operation op : operations()) {
      String path = "/camunda/api/engine/engine/default" + op.example();
      if (EngineDoorProbe.opens(op.method(), path, "nominator.thads", groups)) {
        continue;
      }
      WebappBrowser.Reply reply = browser.send(op.method(), path, "POST".equals(op.method()) || "PUT".equals(op.method())
          ? "{}" : null, "application/json", Map.of());
      assertThat(reply.status()).as("%s %s: %s", op.method(), path, reply.body()).isEqualTo(403);
      refused++;
    }
    assertThat(refused).isGreaterThan(250);
  }

  /**
   * CMMN's resources are still in Camunda 7.24's REST API, but its OpenAPI document does not describe them;
   * Cockpit's dashboard counts the case definitions.
   */
  private static final Set<String> NOT_IN_THE_DOCUMENT = Set.of("/case-definition/**");

  @Test
  void everyEntryOfTheAllowListNamesARealOperation() throws IOException {
    List<Operation> operations = operations();
    List<String> stale = EngineDoorProbe.engineEntries().stream()
        .filter(entry -> !NOT_IN_THE_DOCUMENT.contains(entry.pattern()))
        .filter(entry -> operations.stream().noneMatch(op -> op.method().equals(entry.method())
            && EngineDoorProbe.matches(entry, op.example())))
        .map(entry -> entry.method() + " " + entry.pattern()).toList();
    assertThat(stale).as("allow-list entries that name no operation of Camunda's REST API").isEmpty();
  }

  private ResponseEntity<String> call(String person, String method, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(person, PASSWORD);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    String body = null;
    if ("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method)) {
      headers.setContentType(MediaType.APPLICATION_JSON);
      body = "{}";
    }
    return restTemplate.exchange(path, HttpMethod.valueOf(method), new HttpEntity<>(body, headers), String.class);
  }

  private List<String> groupsOf(String person) {
    return identity.createGroupQuery().groupMember(person).list().stream().map(Group::getId).toList();
  }

  /** Method and path of every operation in Camunda's OpenAPI document. */
  static List<Operation> operations() throws IOException {
    try (InputStream in = EngineRestSurfaceTest.class.getClassLoader().getResourceAsStream("openapi.json")) {
      assertThat(in).as("openapi.json of camunda-engine-rest-openapi on the test class path").isNotNull();
      JsonNode paths = JSON.readTree(in).path("paths");
      List<Operation> result = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> path = it.next();
        for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
          String method = methods.next().toUpperCase();
          if (Set.of("GET", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "HEAD").contains(method)) {
            result.add(new Operation(method, path.getKey()));
          }
        }
      }
      return result;
    }
  }
}
