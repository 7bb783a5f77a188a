package vn.tdkt.commendation.security;

import static org.camunda.bpm.engine.authorization.Permissions.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.council.CouncilProcess;
import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.organisation.Unit;

/**
 * Grants each role what it needs in Camunda, at every start and in every profile, idempotently:
 * existing grants are completed, never duplicated. Per-task access comes from the engine's own grants
 * to a task's candidate groups and assignee; per-case access from {@link CaseAuthorizations}.
 * The table is written out in docs/security.md. The Tasklist filters live in tasklist.TasklistFilters.
 */
@Component
class AuthorizationSetup {

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationSetup.class);

  private final AuthorizationService authorizations;
  private final IdentityService identityService;
  private final OrganisationService organisation;

  AuthorizationSetup(AuthorizationService authorizations, IdentityService identityService,
      OrganisationService organisation) {
    this.authorizations = authorizations;
    this.identityService = identityService;
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
    for (String group : workflowGroups) {
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
}
