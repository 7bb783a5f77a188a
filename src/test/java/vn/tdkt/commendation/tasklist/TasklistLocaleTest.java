package vn.tdkt.commendation.tasklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tdkt.commendation.WorkflowTest;

/**
 * The running app serves our Vietnamese locale and configuration of the Camunda webapps in place of the
 * vendor's, and the Tasklist filters exist once each, readable by everyone.
 */
class TasklistLocaleTest extends WorkflowTest {

  @Autowired TestRestTemplate http;
  @Autowired FilterService filterService;
  @Autowired AuthorizationService authorizations;
  @Autowired TasklistFilters tasklistFilters;

  @Test
  void theWebappsAreVietnameseByDefaultWithoutTheVendorBanner() throws Exception {
    JsonNode en = new ObjectMapper().readTree(http.getForObject("/camunda/app/tasklist/locales/en.json", String.class)
        .replace("\uFEFF", ""));
    JsonNode vi = new ObjectMapper().readTree(http.getForObject("/camunda/app/tasklist/locales/vi.json", String.class));
    // every English Tasklist key has a Vietnamese text
    List<String> missing = new java.util.ArrayList<>();
    en.get("labels").fieldNames().forEachRemaining(k -> {
      if (!vi.get("labels").has(k)) {
        missing.add(k);
      }
    });
    assertEquals(List.of(), missing);
    assertEquals("Bắt đầu quy trình", vi.get("labels").get("START_PROCESS").asText());
    assertEquals("Nhận xử lý", vi.get("labels").get("CLAIM_TASK").asText());
    assertEquals("Hoàn thành", vi.get("labels").get("COMPLETE").asText());

    for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
      String config = http.getForObject("/camunda/app/" + app + "/scripts/config.js", String.class);
      assertTrue(config.contains("availableLocales: ['vi', 'en']") && config.contains("fallbackLocale: 'vi'"), app);
      assertTrue(config.contains("Thi đua – Khen thưởng"), app);
      String css = http.getForObject("/camunda/app/" + app + "/styles/user-styles.css", String.class);
      assertTrue(css.contains(".ce-eol-banner") && css.contains("display: none"), app);
      JsonNode locale = new ObjectMapper().readTree(http.getForObject("/camunda/app/" + app + "/locales/vi.json",
          String.class));
      assertEquals("Đăng nhập", locale.get("labels").path("PAGE_LOGIN_SIGN_IN_ACTION").asText("Đăng nhập"), app);
    }
    String tasklistConfig = http.getForObject("/camunda/app/tasklist/scripts/config.js", String.class);
    assertTrue(tasklistConfig.contains("customScripts: ['tdkt/form-vi', 'tdkt/started', 'tdkt/dynamic-lists']"));
    ResponseEntity<String> started = http.getForEntity("/camunda/app/tasklist/tdkt/started.js", String.class);
    assertEquals(200, started.getStatusCode().value());
    assertTrue(started.getBody().contains("Đã tiếp nhận hồ sơ số"));
    ResponseEntity<String> script = http.getForEntity("/camunda/app/tasklist/tdkt/form-vi.js", String.class);
    assertEquals(200, script.getStatusCode().value());
    assertTrue(script.getBody().contains("'Field is required.': 'Trường này bắt buộc nhập.'"));
  }

  @Test
  void theThreeFiltersExistOnceEachForEveryoneEvenAfterASecondStart() {
    tasklistFilters.ensureFilters();
    for (String name : List.of(TasklistFilters.MY_TASKS, TasklistFilters.UNIT_TASKS, TasklistFilters.OVERDUE)) {
      List<Filter> found = filterService.createFilterQuery().filterName(name).list();
      assertEquals(1, found.size(), name);
      assertEquals(1, authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
          .resourceId(found.get(0).getId()).userIdIn(Authorization.ANY).list().stream()
          .filter(a -> a.isPermissionGranted(Permissions.READ)).count(), name);
    }
    Map<String, Object> props = filterService.createFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult()
        .getProperties();
    assertEquals("Việc đã quá hạn xử lý", props.get("description"));
  }

  @Test
  void theUnitFilterShowsTheUnitsTasksAndTheOverdueFilterOnlyLateOnes() {
    var pi = nominate("nominator.thads", meritNomination("Đỗ Thị Lọc"));
    Filter unit = filterService.createFilterQuery().filterName(TasklistFilters.UNIT_TASKS).singleResult();
    Filter overdue = filterService.createFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult();
    // the endorsement is the unit heads' task
    assertEquals(1L, (long) as("head.thads", () -> filterService.count(unit.getId())));
    assertEquals(0L, (long) as("head.ca", () -> filterService.count(unit.getId())));
    assertEquals(0L, (long) as("head.thads", () -> filterService.count(overdue.getId())));
    var task = task(pi, "endorseNomination");
    task.setDueDate(java.util.Date.from(java.time.Instant.now().minusSeconds(3600)));
    tasks.saveTask(task);
    assertEquals(1L, (long) as("head.thads", () -> filterService.count(overdue.getId())));
  }
}
