package vn.tdkt.commendation.nomination;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.organisation.Unit;

/**
 * Who may start a new single-nominee nomination: a unit's nominators while {@code tdkt.nomination.single-starts} is
 * on, nobody when it is off (the default: new work arrives as proposals). At every start, after the configured grants
 * (which leave this one out), each unit's nominators get or lose CREATE_INSTANCE on "commendation-nomination", so that
 * an install that granted it before loses it too; their READ stays, for the instances still running. The cluster
 * round's own starts (the product's, on its leader's behalf) are not affected.
 */
@Component
class SingleNominationStarts {

  static final String REFUSAL = "Đề nghị khen thưởng mới được lập bằng tờ trình (trang \"Tờ trình đề nghị khen thưởng\" hoặc "
      + "quy trình \"Tờ trình đề nghị khen thưởng\" trong Tasklist), kể cả khi chỉ có một đối tượng.";
  private static final Logger LOG = LoggerFactory.getLogger(SingleNominationStarts.class);

  private final AuthorizationService authorizations;
  private final OrganisationService organisation;
  private final NominationSettings settings;

  SingleNominationStarts(AuthorizationService authorizations, OrganisationService organisation,
      NominationSettings settings) {
    this.authorizations = authorizations;
    this.organisation = organisation;
    this.settings = settings;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(21) // after security.AuthorizationSetup (20), which creates the nominators' READ grant
  public void apply() {
    int changed = 0;
    for (Unit unit : organisation.allUnits()) {
      String group = Roles.nominators(unit.getCode());
      Authorization grant = authorizations.createAuthorizationQuery().groupIdIn(group)
          .resourceType(Resources.PROCESS_DEFINITION).resourceId(NominationProcess.KEY)
          .authorizationType(Authorization.AUTH_TYPE_GRANT).list().stream().findFirst().orElse(null);
      boolean granted = grant != null && grant.isPermissionGranted(Permissions.CREATE_INSTANCE);
      if (settings.isSingleStarts() == granted) {
        continue;
      }
      if (grant == null) {
        grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId(NominationProcess.KEY);
        grant.addPermission(Permissions.READ);
      }
      if (settings.isSingleStarts()) {
        grant.addPermission(Permissions.CREATE_INSTANCE);
      } else {
        grant.removePermission(Permissions.CREATE_INSTANCE);
      }
      authorizations.saveAuthorization(grant);
      changed++;
    }
    LOG.info("New single-nominee nominations by units' nominators: {} ({} grants changed)",
        settings.isSingleStarts() ? "allowed" : "refused, new work arrives as proposals", changed);
  }
}
