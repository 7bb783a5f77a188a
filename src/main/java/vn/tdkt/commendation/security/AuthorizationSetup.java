package vn.tdkt.commendation.security;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.PermissionProvider;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Unit;

/**
 * Grants each role what {@code tdkt.security.grants} says, at every start and in every profile, idempotently:
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
  private final GrantProperties properties;
  private final ProcessEngine engine;

  AuthorizationSetup(AuthorizationService authorizations, IdentityService identityService,
      OrganisationService organisation, GrantProperties properties, ProcessEngine engine) {
    this.properties = properties;
    this.engine = engine;
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

  /** The configured grants, with "unit-*-…" and "cluster-*-…" groups expanded over the organisation. */
  List<Grant> grants() {
    List<String> unitCodes = organisation.allUnits().stream().map(Unit::getCode).toList();
    List<String> clusterCodes = organisation.clustersByCode().keySet().stream().sorted().toList();
    PermissionProvider permissionProvider = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getPermissionProvider();
    List<Grant> grants = new ArrayList<>();
    for (GrantProperties.GrantConfig config : properties.grants()) {
      List<Resource> resources = "*".equals(config.resource())
          ? List.of(Resources.values())
          : List.of(Resources.valueOf(config.resource()));
      for (String pattern : config.groups()) {
        for (String group : expand(pattern, unitCodes, clusterCodes)) {
          for (Resource resource : resources) {
            Permission[] permissions = config.permissions().stream()
                .map(p -> permissionProvider.getPermissionForName(p, resource.resourceType()))
                .toArray(Permission[]::new);
            grants.add(new Grant(group, resource, config.resourceId(), permissions));
          }
        }
      }
    }
    return grants;
  }

  static List<String> expand(String pattern, List<String> unitCodes, List<String> clusterCodes) {
    if (!pattern.contains("*")) {
      return List.of(pattern);
    }
    List<String> codes;
    if (pattern.startsWith("unit-")) {
      codes = unitCodes;
    } else if (pattern.startsWith("cluster-")) {
      codes = clusterCodes;
    } else {
      throw new IllegalStateException("tdkt.security.grants: \"" + pattern
          + "\" — only unit-*-… and cluster-*-… groups may contain *");
    }
    return codes.stream().map(code -> pattern.replace("*", code)).toList();
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
