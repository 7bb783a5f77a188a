package vn.tdkt.commendation.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside profile {@code demo}, the demo people must not sign in: a database the demo profile filled once keeps
 * {@code nominator.thads}, {@code council.1} … with the published password "demo", and an administrator whose
 * password is "demo" keeps it (an existing administrator is never overwritten). At start-up, before anyone can
 * sign in, {@code tdkt.security.demo-accounts} decides:
 * <ul>
 * <li>{@code refuse} (default): the application does not start and says which accounts and what to do;</li>
 * <li>{@code remove}: the demo people are deleted, and an administrator with the password "demo" gets
 * {@code TDKT_ADMIN_PASSWORD};</li>
 * <li>{@code allow}: kept (an evaluation copy), with a warning at every start.</li>
 * </ul>
 * The password is compared with the stored hash directly: no failed login is recorded for anyone.
 */
@Component
@Profile("!demo")
class DemoAccountsOutsideDemo {

  private static final Logger LOG = LoggerFactory.getLogger(DemoAccountsOutsideDemo.class);

  private final ProcessEngine engine;
  private final String mode;
  private final String adminId;
  private final String adminPassword;

  DemoAccountsOutsideDemo(ProcessEngine engine, @Value("${tdkt.security.demo-accounts:refuse}") String mode,
      @Value("${tdkt.security.admin.user:admin}") String adminId,
      @Value("${tdkt.security.admin.password:}") String adminPassword) {
    this.engine = engine;
    this.mode = mode.strip().toLowerCase(Locale.ROOT);
    this.adminId = adminId;
    this.adminPassword = adminPassword;
    if (!Set.of("refuse", "remove", "allow").contains(this.mode)) {
      throw new IllegalStateException("tdkt.security.demo-accounts (TDKT_DEMO_ACCOUNTS) phải là refuse, remove hoặc "
          + "allow; đang là \"" + mode + "\".");
    }
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(24)
  public void check() {
    IdentityService identity = engine.getIdentityService();
    Set<String> demoIds = DemoPeople.PEOPLE.stream().map(DemoPeople.Person::id).collect(Collectors.toSet());
    List<String> found = new ArrayList<>();
    for (User user : identity.createUserQuery().list()) {
      boolean demoPerson = demoIds.contains(user.getId()) && !user.getId().equals(adminId);
      if (demoPerson || hasDemoPassword(user)) {
        found.add(user.getId());
      }
    }
    if (found.isEmpty()) {
      return;
    }
    switch (mode) {
      case "allow" -> LOG.warn("Demo accounts kept outside profile demo (tdkt.security.demo-accounts=allow): {} — "
          + "anyone who read the README can sign in as them", found);
      case "remove" -> remove(identity, found, demoIds);
      default -> throw new DemoAccountsPresentException(found);
    }
  }

  private void remove(IdentityService identity, List<String> found, Set<String> demoIds) {
    List<String> left = new ArrayList<>();
    for (String id : found) {
      if (id.equals(adminId) && !adminPassword.isBlank()) {
        User admin = identity.createUserQuery().userId(id).singleResult();
        admin.setPassword(adminPassword);
        identity.saveUser(admin);
        LOG.warn("Administrator \"{}\" had the demo password: set from TDKT_ADMIN_PASSWORD", id);
      } else if (demoIds.contains(id)) {
        identity.deleteUser(id);
        LOG.warn("Demo account \"{}\" deleted (tdkt.security.demo-accounts=remove)", id);
      } else {
        left.add(id);
      }
    }
    if (!left.isEmpty()) {
      throw new DemoAccountsPresentException(left);
    }
  }

  private boolean hasDemoPassword(User user) {
    if (!(user instanceof UserEntity entity) || entity.getPassword() == null) {
      return false;
    }
    var passwords = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getPasswordManager();
    return passwords.check(EncryptionUtil.saltPassword(DemoPeople.PASSWORD, entity.getSalt()), entity.getPassword());
  }

  /** Why the application refused to start; its message names the accounts and the setting. */
  static class DemoAccountsPresentException extends IllegalStateException {

    DemoAccountsPresentException(List<String> accounts) {
      super("Không khởi động: cơ sở dữ liệu còn tài khoản dùng thử (mật khẩu \"demo\" đã công bố): "
          + String.join(", ", accounts) + ". Đặt TDKT_DEMO_ACCOUNTS=remove để xóa các tài khoản dùng thử (và đặt lại "
          + "mật khẩu quản trị từ TDKT_ADMIN_PASSWORD), hoặc đổi mật khẩu của tài khoản không phải dùng thử. "
          + "Refusing to start outside profile 'demo' while demo accounts exist: " + accounts
          + "; set TDKT_DEMO_ACCOUNTS=remove (or allow, for an evaluation copy only).");
    }
  }
}
