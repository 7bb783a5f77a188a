package vn.tdkt.commendation.security;

import static org.camunda.bpm.engine.authorization.Permissions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.cluster.ClusterRoundProcess;
import vn.tdkt.commendation.council.CouncilProcess;
import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.organisation.Unit;

/**
 * Grants each role what it needs in Camunda, at every start and in every profile, idempotently:
 * existing grants are completed, never duplicated. Per-task access comes from the engine's own grants
 * to a task's candidate groups and assignee; per-case access from {@link CaseAuthorizations}.
 * The table is written out in docs/security.md.
 */
@Component
class AuthorizationSetup {

  static final String MY_TASKS_FILTER = "Việc của tôi";
  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationSetup.class);

  private final AuthorizationService authorizations;
  private final IdentityService identityService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final OrganisationService organisation;

  AuthorizationSetup(AuthorizationService authorizations, IdentityService identityService, FilterService filterService,
      TaskService taskService, OrganisationService organisation) {
    this.authorizations = authorizations;
    this.identityService = identityService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.organisation = organisation;
  }

  record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(20)
  public void setUp() {
    ensureAdminGroup();
    List<Grant> grants = grants();
    grants.forEach(this::apply);
    ensureTaskFilter();
    LOG.info("Authorizations checked: {} grants", grants.size());
  }

  List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    List<String> workflowGroups = new ArrayList<>(List.of(Roles.BOARD_OFFICERS, Roles.BOARD_HEADS,
        Roles.COUNCIL_MEMBERS, Roles.CHAIRMAN));
    for (Unit unit : organisation.allUnits()) {
      String nominators = Roles.nominators(unit.getCode());
      workflowGroups.add(nominators);
      workflowGroups.add(Roles.unitHeads(unit.getCode()));
      grants.add(new Grant(nominators, Resources.PROCESS_DEFINITION, NominationProcess.KEY, READ, CREATE_INSTANCE));
      grants.add(new Grant(nominators, Resources.PROCESS_INSTANCE, "*", CREATE));
    }
    organisation.clustersByCode().keySet().forEach(c -> workflowGroups.add(Roles.clusterLeaders(c)));
    // cluster review rounds (issue 4): the leaders start them; who may start for which cluster is checked
    // by the round's first step against the leaders' group of the cluster asked for
    for (String cluster : organisation.clustersByCode().keySet()) {
      grants.add(new Grant(Roles.clusterLeaders(cluster), Resources.PROCESS_DEFINITION, ClusterRoundProcess.KEY, READ,
          CREATE_INSTANCE));
      grants.add(new Grant(Roles.clusterLeaders(cluster), Resources.PROCESS_INSTANCE, "*", CREATE));
    }
    for (String group : workflowGroups) {
      grants.add(new Grant(group, Resources.PROCESS_DEFINITION, ClusterRoundProcess.KEY, READ));
      grants.add(new Grant(group, Resources.APPLICATION, "tasklist", ACCESS));
      grants.add(new Grant(group, Resources.PROCESS_DEFINITION, NominationProcess.KEY, READ));
      grants.add(new Grant(group, Resources.PROCESS_DEFINITION, CouncilProcess.KEY, READ));
    }
    for (String board : List.of(Roles.BOARD_OFFICERS, Roles.BOARD_HEADS)) {
      grants.add(new Grant(board, Resources.APPLICATION, "cockpit", ACCESS));
      grants.add(new Grant(board, Resources.PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY));
      grants.add(new Grant(board, Resources.PROCESS_INSTANCE, "*", READ));
      grants.add(new Grant(board, Resources.DECISION_DEFINITION, "*", READ, READ_HISTORY));
    }
    grants.add(new Grant(Roles.BOARD_HEADS, Resources.PROCESS_DEFINITION, CouncilProcess.KEY, READ, CREATE_INSTANCE));
    grants.add(new Grant(Roles.BOARD_HEADS, Resources.PROCESS_INSTANCE, "*", CREATE));
    for (Resources resource : Resources.values()) {
      grants.add(new Grant(Groups.CAMUNDA_ADMIN, resource, "*", ALL));
    }
    return grants;
  }

  private void apply(Grant grant) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .groupIdIn(grant.groupId())
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .list().stream().findFirst().orElse(null);
    Authorization a = existing;
    if (a == null) {
      a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      a.setGroupId(grant.groupId());
      a.setResource(grant.resource());
      a.setResourceId(grant.resourceId());
    }
    boolean changed = existing == null;
    for (Permission p : grant.permissions()) {
      if (!a.isPermissionGranted(p)) {
        a.addPermission(p);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(a);
    }
  }

  private void ensureAdminGroup() {
    if (identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group admin = identityService.newGroup(Groups.CAMUNDA_ADMIN);
      admin.setName("Quản trị hệ thống");
      admin.setType(Groups.GROUP_TYPE_SYSTEM);
      identityService.saveGroup(admin);
    }
  }

  /** One shared Tasklist filter that everyone may use: the tasks the user can see, newest first. */
  private void ensureTaskFilter() {
    Filter filter = filterService.createFilterQuery().filterName(MY_TASKS_FILTER).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(MY_TASKS_FILTER);
      filter.setQuery(taskService.createTaskQuery().orderByTaskCreateTime().desc());
      filter.setProperties(Map.of("description", "Mọi việc bạn được giao hoặc nhóm của bạn được giao",
          "priority", -10, "refresh", true));
      filterService.saveFilter(filter);
    }
    Filter saved = filter;
    boolean granted = authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
        .resourceId(saved.getId()).userIdIn(Authorization.ANY).count() > 0;
    if (!granted) {
      Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      a.setUserId(Authorization.ANY);
      a.setResource(Resources.FILTER);
      a.setResourceId(saved.getId());
      a.addPermission(READ);
      authorizations.saveAuthorization(a);
    }
  }
}
