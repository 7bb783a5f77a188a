package vn.tdkt.commendation.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Outside the demo profile the application does not start without a safe administrator password: it
 * fails while the configuration is read, before a database or the engine is touched. Registered in
 * META-INF/spring.factories; the message is shown by {@link AdminPasswordFailureAnalyzer}.
 */
public class AdminPasswordCheck implements EnvironmentPostProcessor {

  static final String USER_PROPERTY = "tdkt.security.admin.user";
  static final String PASSWORD_PROPERTY = "tdkt.security.admin.password";
  static final String DEFAULT_USER = "admin";

  /** Passwords that are published (README, demo, product defaults) or guessed first. Compared case-insensitively. */
  static final Set<String> KNOWN_DEFAULTS = Set.of("demo", "admin", "administrator", "password", "changeme",
      "camunda", "secret", "123456", "12345678", "1234567890", "matkhau", "tdkt", "thiduakhenthuong",
      "Admin@12345", "Demo@12345");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      return;
    }
    String user = environment.getProperty(USER_PROPERTY, DEFAULT_USER);
    List<String> problems = problems(user, environment.getProperty(PASSWORD_PROPERTY));
    if (!problems.isEmpty()) {
      throw new UnsafeAdminPasswordException(user, problems);
    }
  }

  /** What is wrong with the password, empty when it is safe enough to start with. */
  static List<String> problems(String user, String password) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.isBlank()) {
      problems.add("chưa đặt mật khẩu quản trị (biến môi trường TDKT_ADMIN_PASSWORD) / no administrator password set");
      return problems;
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (KNOWN_DEFAULTS.stream().anyMatch(d -> d.toLowerCase(Locale.ROOT).equals(lower))) {
      problems.add("mật khẩu là mật khẩu mặc định đã công bố / the password is a published default");
    }
    if (user != null && lower.contains(user.toLowerCase(Locale.ROOT))) {
      problems.add("mật khẩu chứa tên đăng nhập / the password contains the user name");
    }
    UserEntity account = new UserEntity(user);
    for (PasswordPolicyRule rule : new DefaultPasswordPolicyImpl().getRules()) {
      if (!rule.execute(password, account)) {
        problems.add("không đạt chính sách mật khẩu / fails the password policy: " + rule.getPlaceholder()
            + " " + rule.getParameters());
      }
    }
    return problems;
  }

  /** Why the application refused to start; its message names the setting to fix. */
  public static class UnsafeAdminPasswordException extends IllegalStateException {

    UnsafeAdminPasswordException(String user, List<String> problems) {
      super("Không khởi động: mật khẩu quản trị \"" + user + "\" không an toàn (" + String.join("; ", problems)
          + "). Đặt TDKT_ADMIN_PASSWORD (tối thiểu 10 ký tự, có chữ hoa, chữ thường, chữ số và ký tự đặc biệt)."
          + " Refusing to start outside profile 'demo' without a safe administrator password.");
    }
  }
}
