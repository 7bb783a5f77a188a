package vn.tdkt.commendation;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The profiles of the suite's one Spring context: the demo people and the test settings, plus the profiles
 * named in the environment variable {@value #VARIABLE} (comma-separated). CI's second pass sets it to
 * {@code postgres}, so the suite runs under the profile a real install runs (its DB_URL / DB_USER /
 * DB_PASSWORD, pool, connection options), not only with another URL. Read here only: the JVMs the tests
 * start as separate nodes inherit the environment but take no profile from this variable.
 */
public class SuiteProfiles implements ActiveProfilesResolver {

  static final String VARIABLE = "TDKT_TEST_PROFILES";

  @Override
  public String[] resolve(Class<?> testClass) {
    Set<String> profiles = new LinkedHashSet<>(Arrays.asList("demo", "test"));
    String extra = System.getenv(VARIABLE);
    if (extra != null) {
      Arrays.stream(extra.split(",")).map(String::strip).filter(p -> !p.isEmpty()).forEach(profiles::add);
    }
    return profiles.toArray(String[]::new);
  }
}
