package vn.tdkt.commendation.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile, the one account the application creates: the administrator, from
 * TDKT_ADMIN_USER / TDKT_ADMIN_PASSWORD (checked by {@link AdminPasswordCheck} before anything starts).
 * Idempotent: an existing administrator keeps the password it has (it may have been changed in Admin);
 * only its membership of camunda-admin is restored.
 */
@Component
@Profile("!demo")
class AdminAccount {

  private static final Logger LOG = LoggerFactory.getLogger(AdminAccount.class);

  private final IdentityService identityService;
  private final String userId;
  private final String password;

  AdminAccount(IdentityService identityService,
      @Value("${" + AdminPasswordCheck.USER_PROPERTY + ":" + AdminPasswordCheck.DEFAULT_USER + "}") String userId,
      @Value("${" + AdminPasswordCheck.PASSWORD_PROPERTY + ":}") String password) {
    this.identityService = identityService;
    this.userId = userId;
    this.password = password;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(25)
  public void ensure() {
    ensure(identityService, userId, password);
  }

  /** Creates the administrator when missing and makes sure it is in camunda-admin; true when it was created. */
  static boolean ensure(IdentityService identityService, String userId, String password) {
    if (identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group admin = identityService.newGroup(Groups.CAMUNDA_ADMIN);
      admin.setName("Quản trị hệ thống");
      admin.setType(Groups.GROUP_TYPE_SYSTEM);
      identityService.saveGroup(admin);
    }
    boolean created = false;
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName("Quản trị");
      user.setLastName("Hệ thống");
      user.setPassword(password);
      identityService.saveUser(user);
      created = true;
    }
    if (identityService.createUserQuery().userId(userId).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      identityService.createMembership(userId, Groups.CAMUNDA_ADMIN);
    }
    LOG.info("Administrator \"{}\" {}", userId, created ? "created from TDKT_ADMIN_PASSWORD" : "already present");
    return created;
  }
}
