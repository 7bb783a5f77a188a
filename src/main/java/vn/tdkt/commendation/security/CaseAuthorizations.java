package vn.tdkt.commendation.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.organisation.Roles;

/**
 * Lets the nominating unit and its cluster's leaders read their own case's process instance; nobody
 * else in a unit gets a grant, so another unit's nominator sees nothing of it.
 */
@Component
public class CaseAuthorizations {

  private final AuthorizationService authorizationService;
  private final SystemAction system;

  CaseAuthorizations(AuthorizationService authorizationService, SystemAction system) {
    this.authorizationService = authorizationService;
    this.system = system;
  }

  public void grantCaseRead(String processInstanceId, String unitCode, String clusterCode) {
    system.run(() -> {
      grantRead(processInstanceId, Roles.nominators(unitCode));
      grantRead(processInstanceId, Roles.unitHeads(unitCode));
      grantRead(processInstanceId, Roles.clusterLeaders(clusterCode));
    });
  }

  private void grantRead(String processInstanceId, String groupId) {
    Authorization a = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    a.setGroupId(groupId);
    a.setResource(Resources.PROCESS_INSTANCE);
    a.setResourceId(processInstanceId);
    a.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(a);
  }
}
