package vn.tdkt.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tdkt.commendation.nomination.NominationProcess;

/**
 * REST helpers over {@link WorkflowTest}: the demo people call /engine-rest and /api with HTTP Basic,
 * as a client application would. Same annotations as the base, so the Spring context stays shared.
 */
public abstract class RestWorkflowTest extends WorkflowTest {

  protected static final ObjectMapper JSON = new ObjectMapper();
  protected static final String PASSWORD = "demo";
  protected static final LocalDate TODAY = LocalDate.now(ZoneId.of(CommendationApplication.ZONE));

  @Autowired protected TestRestTemplate restTemplate;

  /** An HTTP answer: status and body, with the body read as JSON when asked. */
  protected record Answer(int status, String body, HttpHeaders headers) {

    /** The answer of a call made with the template directly (a multipart upload, say). */
    public static Answer of(ResponseEntity<String> response) {
      return new Answer(response.getStatusCode().value(), response.getBody(), response.getHeaders());
    }

    public JsonNode json() {
      try {
        return JSON.readTree(body == null ? "null" : body);
      } catch (JsonProcessingException e) {
        throw new AssertionError("Not JSON (HTTP " + status + "): " + body, e);
      }
    }

    /** Asserts the status, showing the body when it differs. */
    public Answer expect(int expected) {
      assertThat(status).as("HTTP status; body: %s", body).isEqualTo(expected);
      return this;
    }

    /** Asserts a refusal body: the status, the type, the field named, and a message in Vietnamese. */
    public JsonNode refused(int expectedStatus, String field, String messagePart) {
      expect(expectedStatus);
      JsonNode refusal = json();
      assertThat(refusal.path("type").asText()).isEqualTo(switch (expectedStatus) {
        case 400 -> "INVALID";
        case 403 -> "FORBIDDEN";
        case 404 -> "NOT_FOUND";
        case 409 -> "CONFLICT";
        default -> throw new IllegalArgumentException("not a refusal status " + expectedStatus);
      });
      if (field == null) {
        assertThat(refusal.path("field").isNull()).as("field of %s", body).isTrue();
      } else {
        assertThat(refusal.path("field").asText()).as("field of %s", body).isEqualTo(field);
      }
      assertThat(refusal.path("message").asText()).contains(messagePart);
      return refusal;
    }
  }

  /** Calls made as one person (or anonymously when the user is null). */
  protected final class Caller {
    private final TestRestTemplate template;

    private Caller(String user) {
      this.template = user == null ? restTemplate : restTemplate.withBasicAuth(user, PASSWORD);
    }

    public Answer get(String path) {
      return exchange(HttpMethod.GET, path, null);
    }

    /** POSTs a body: a String is sent as it is, anything else as JSON. */
    public Answer post(String path, Object body) {
      return exchange(HttpMethod.POST, path, body);
    }

    Answer put(String path, Object body) {
      return exchange(HttpMethod.PUT, path, body);
    }

    private Answer exchange(HttpMethod method, String path, Object body) {
      HttpHeaders headers = new HttpHeaders();
      headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.ALL));
      String text = null;
      if (body != null) {
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
          text = body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException(e);
        }
      } else if (method == HttpMethod.POST) {
        headers.setContentType(MediaType.APPLICATION_JSON);
        text = "{}";
      }
      ResponseEntity<String> response = template.exchange(path, method, new HttpEntity<>(text, headers), String.class);
      return new Answer(response.getStatusCode().value(), response.getBody(), response.getHeaders());
    }
  }

  protected Caller as(String user) {
    return new Caller(user);
  }

  protected Caller anonymous() {
    return new Caller(null);
  }

  /** Camunda REST variables: {"name": {"value": v}}, untyped, as a plain REST client sends them. */
  protected static Map<String, Object> variables(Map<String, ?> plain) {
    Map<String, Object> result = new LinkedHashMap<>();
    plain.forEach((name, value) -> {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("value", value);
      result.put(name, v);
    });
    return result;
  }

  /** Alternating names and values as Camunda REST variables. */
  protected static Map<String, Object> variables(Object... keyValues) {
    Map<String, Object> plain = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      plain.put((String) keyValues[i], keyValues[i + 1]);
    }
    return variables(plain);
  }

  protected static Map<String, Object> body(Map<String, Object> variables) {
    return Map.of("variables", variables);
  }

  /** POST /engine-rest/process-definition/key/commendation-nomination/start as the person. */
  protected Answer startNomination(String user, Map<String, Object> plainVariables) {
    return as(user).post("/engine-rest/process-definition/key/" + NominationProcess.KEY + "/start",
        body(variables(plainVariables)));
  }

  /** Starts a nomination through REST, expecting success; gives the process instance id and its case number. */
  protected Started started(String user, Map<String, Object> plainVariables) {
    JsonNode pi = startNomination(user, plainVariables).expect(200).json();
    assertThat(pi.path("ended").asBoolean()).isFalse();
    return new Started(pi.path("id").asText(), pi.path("businessKey").asText());
  }

  protected record Started(String processInstanceId, String caseNumber) {
  }

  protected static String caseNumber(int sequence) {
    return String.format("TDKT-%d-%05d", YEAR, sequence);
  }

  /** The open tasks of the instance that the person can see through GET /engine-rest/task. */
  protected List<JsonNode> visibleTasks(String user, String processInstanceId) {
    return list(as(user).get("/engine-rest/task?processInstanceId=" + processInstanceId).expect(200).json());
  }

  /** The single open task of that key in the instance, as the person finds it through REST. */
  protected String taskId(String user, String processInstanceId, String taskKey) {
    List<JsonNode> found = list(as(user).get("/engine-rest/task?processInstanceId=" + processInstanceId
        + "&taskDefinitionKey=" + taskKey).expect(200).json());
    assertThat(found).as("%s sees one open %s in %s", user, taskKey, processInstanceId).hasSize(1);
    return found.get(0).path("id").asText();
  }

  /** POST /engine-rest/task/{id}/complete with plain variables. */
  protected Answer completeTask(String user, String taskId, Object... keyValues) {
    return as(user).post("/engine-rest/task/" + taskId + "/complete", body(variables(keyValues)));
  }

  /** Finds the person's task of that key through REST and completes it, expecting 204. */
  protected void completeViaRest(String user, String processInstanceId, String taskKey, Object... keyValues) {
    completeTask(user, taskId(user, processInstanceId, taskKey), keyValues).expect(204);
  }

  /** GET /api/cases/{n} as the person, expecting 200. */
  protected JsonNode caseView(String user, String caseNumber) {
    return as(user).get("/api/cases/" + caseNumber).expect(200).json();
  }

  protected static List<JsonNode> list(JsonNode array) {
    assertThat(array.isArray()).as("JSON array: %s", array).isTrue();
    List<JsonNode> result = new ArrayList<>();
    array.forEach(result::add);
    return result;
  }

  protected static List<String> texts(List<JsonNode> nodes, String field) {
    return nodes.stream().map(n -> n.path(field).isNull() ? null : n.path(field).asText()).toList();
  }

  protected long count(String sql, Object... args) {
    Long n = jdbc.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }
}
