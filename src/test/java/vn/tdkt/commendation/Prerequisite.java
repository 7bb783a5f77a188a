package vn.tdkt.commendation;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test CI must run needs (a browser, a PostgreSQL of its own): missing on a developer's machine, the
 * test is skipped with the reason; missing where {@code CI=true} (.ci/run, every CI service), it fails, so a
 * CI run cannot go green with the test silently skipped.
 */
public final class Prerequisite {

  private Prerequisite() {
  }

  public static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** Skips the test (fails it under CI=true) unless {@code present}; {@code missing} says what is missing and how to get it. */
  public static void require(boolean present, String missing) {
    if (present) {
      return;
    }
    if (inCi()) {
      Assertions.fail("CI=true and this test cannot run: " + missing);
    }
    Assumptions.abort("skipped: " + missing);
  }

  /** The value of an environment variable the test needs, e.g. the URL of its database. */
  public static String env(String name, String missing) {
    String value = System.getenv(name);
    require(value != null && !value.isBlank(), name + " is not set: " + missing);
    return value;
  }
}
