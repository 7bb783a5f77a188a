package vn.tdkt.commendation.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * In-process counters with a fixed window per key ("login-client:1.2.3.4", "login-user:nominator.ca",
 * "complaint:1.2.3.4"). Bounded: beyond {@code maxTrackedKeys} the expired windows are dropped, then the
 * oldest, so a flood of made-up user names cannot exhaust memory. One node only: a cluster of application
 * nodes would count per node (see docs/security.md).
 */
@Component
public class Throttle {

  private record Window(Instant end, int count) {
  }

  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int maxKeys;

  Throttle(Clock clock, ThrottleProperties properties) {
    this.clock = clock;
    this.maxKeys = properties.maxTrackedKeys();
  }

  /** Counts one event for the key within the window. */
  void count(String key, Duration window) {
    Instant now = clock.instant();
    windows.compute(key, (k, w) -> w == null || !now.isBefore(w.end())
        ? new Window(now.plus(window), 1) : new Window(w.end(), w.count() + 1));
    if (windows.size() > maxKeys) {
      trim();
    }
  }

  /** How long the key stays refused when it has reached the limit in its window; null when it may go on. */
  Duration blocked(String key, int limit) {
    Window w = windows.get(key);
    if (w == null) {
      return null;
    }
    Duration left = Duration.between(clock.instant(), w.end());
    if (left.isNegative() || left.isZero()) {
      windows.remove(key, w);
      return null;
    }
    return w.count() >= limit ? left : null;
  }

  void forget(String key) {
    windows.remove(key);
  }

  /** Forgets every count (tests start from a clean slate). */
  public void clear() {
    windows.clear();
  }

  private synchronized void trim() {
    Instant now = clock.instant();
    windows.entrySet().removeIf(e -> !now.isBefore(e.getValue().end()));
    while (windows.size() > maxKeys) {
      windows.entrySet().stream().min(Comparator.comparing(e -> e.getValue().end()))
          .ifPresent(e -> windows.remove(e.getKey()));
    }
  }
}
