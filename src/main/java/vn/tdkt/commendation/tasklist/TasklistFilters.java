package vn.tdkt.commendation.tasklist;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist's shared filters, in Vietnamese, created at every start when missing (never duplicated,
 * never overwritten: an administrator may have tuned them). Every official gets all three; what each shows
 * still depends on the Camunda authorizations of the person (a task is visible to its candidate groups and
 * assignee only), so the same filter is "per role" in effect.
 */
@Component
class TasklistFilters {

  static final String MY_TASKS = "Việc của tôi";
  static final String UNIT_TASKS = "Việc của đơn vị";
  static final String OVERDUE = "Quá hạn";

  record Definition(String name, String description, int priority, String color, TaskQuery query) {
  }

  private final FilterService filters;
  private final TaskService taskService;
  private final AuthorizationService authorizations;

  TasklistFilters(FilterService filters, TaskService taskService, AuthorizationService authorizations) {
    this.filters = filters;
    this.taskService = taskService;
    this.authorizations = authorizations;
  }

  List<Definition> definitions() {
    return List.of(
        new Definition(MY_TASKS, "Mọi việc giao cho bạn hoặc cho nhóm của bạn, mới nhất trước", -10, "#b71c1c",
            taskService.createTaskQuery().orderByTaskCreateTime().desc()),
        new Definition(UNIT_TASKS, "Việc giao cho nhóm (đơn vị, cụm, Ban) của bạn, cả việc đã có người nhận",
            0, "#1565c0",
            taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks().orderByDueDate().asc()),
        new Definition(OVERDUE, "Việc đã quá hạn xử lý", 10, "#e65100",
            taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc()));
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(21)
  public void ensureFilters() {
    definitions().forEach(this::ensure);
  }

  private void ensure(Definition d) {
    Filter filter = filters.createFilterQuery().filterName(d.name()).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(d.name());
      filter.setQuery(d.query());
      filter.setProperties(Map.of("description", d.description(), "priority", d.priority(), "color", d.color(),
          "refresh", true));
      filters.saveFilter(filter);
    }
    String id = filter.getId();
    boolean granted = authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(id)
        .userIdIn(Authorization.ANY).count() > 0;
    if (!granted) {
      Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      a.setUserId(Authorization.ANY);
      a.setResource(Resources.FILTER);
      a.setResourceId(id);
      a.addPermission(READ);
      authorizations.saveAuthorization(a);
    }
  }
}
