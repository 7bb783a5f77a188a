package vn.tdkt.commendation.announcement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

import vn.tdkt.commendation.announcement.DecidedCases.Decided;
import vn.tdkt.commendation.announcement.DecidedCases.Filter;
import vn.tdkt.commendation.announcement.DecidedCases.Stamp;

/**
 * The list of decisions of the public page, with a small cache of its pages (with their rows in HTML) and
 * totals: counting 50,000 decided cases, or printing 25 rows, on every visit costs more than everything
 * else on the page. Every request reads the {@link Stamp} (two index look-ups), and a cached page or total
 * is used only if it was computed under the same stamp: a case closed as awarded, by this node or another,
 * shows on the next request.
 *
 * <p>One case the stamp cannot see: two closings that commit in the opposite order of their closing
 * times (the later stamp first). A page computed between the two commits would miss the earlier one
 * and the stamp would not move when it commits. So a page computed less than {@link #SETTLE} after the
 * last closing — while such a transaction may still be open — is kept {@link #UNSETTLED_TTL} only; a
 * page computed later is kept until the stamp moves (at most {@link #SETTLED_TTL}, for changes made
 * outside the application).
 */
@Service
class DecisionList {

  static final int PAGE_SIZE = 25;
  /** Longer than any transaction that closes cases, plus the clock skew between nodes. */
  static final Duration SETTLE = Duration.ofMinutes(2);
  static final Duration UNSETTLED_TTL = Duration.ofSeconds(5);
  static final Duration SETTLED_TTL = Duration.ofMinutes(10);
  /** Entries (pages and totals) kept at most; past it the cache starts again empty. */
  static final int MAX_ENTRIES = 2_000;

  private record PageKey(Filter filter, long page) {
  }

  private record Entry(CompletableFuture<Object> value, Stamp stamp, Instant expires) {
  }

  private final DecidedCases decided;
  private final DecisionRows html;
  private final Clock clock;
  private final Duration settle;
  private final Duration unsettledTtl;
  private final Map<Object, Entry> cache = new ConcurrentHashMap<>();

  @Autowired
  DecisionList(DecidedCases decided, DecisionRows html, Clock clock) {
    this(decided, html, clock, SETTLE, UNSETTLED_TTL);
  }

  DecisionList(DecidedCases decided, DecisionRows html, Clock clock, Duration settle, Duration unsettledTtl) {
    this.decided = decided;
    this.html = html;
    this.clock = clock;
    this.settle = settle;
    this.unsettledTtl = unsettledTtl;
  }

  /** A page of the list: its decisions (and the total, for the pager) and their rows in HTML. */
  record DecisionPage(Page<Decided> decisions, String rowsHtml) {
  }

  private record Rows(List<Decided> decided, String html) {
  }

  DecisionPage page(Filter filter, int page) {
    Instant now = clock.instant(); // before the stamp: the safe side for the settle rule
    Stamp stamp = decided.stamp();
    boolean settled = stamp.lastClosedAt() == null || Duration.between(stamp.lastClosedAt(), now).compareTo(settle) > 0;
    Instant expires = now.plus(settled ? SETTLED_TTL : unsettledTtl);
    long total = cached(filter, stamp, now, expires, () -> decided.count(filter));
    long offset = (long) page * PAGE_SIZE;
    Rows rows = offset >= total ? new Rows(List.of(), "") : cached(new PageKey(filter, page), stamp, now, expires, () -> {
      List<Decided> found = decided.page(filter, offset, PAGE_SIZE);
      return new Rows(found, html.html(found));
    });
    return new DecisionPage(new PageImpl<>(rows.decided(), PageRequest.of(page, PAGE_SIZE), total), rows.html());
  }

  /**
   * The value under {@code key} computed under {@code stamp}, computing it if it is missing, stale or
   * expired. Requests that miss together wait for the one that computes, instead of all counting at once.
   */
  @SuppressWarnings("unchecked")
  private <T> T cached(Object key, Stamp stamp, Instant now, Instant expires, Supplier<T> compute) {
    if (cache.size() >= MAX_ENTRIES) {
      cache.clear();
    }
    Entry mine = new Entry(new CompletableFuture<>(), stamp, expires);
    Entry entry = cache.compute(key,
        (k, e) -> e != null && e.stamp().equals(stamp) && now.isBefore(e.expires()) ? e : mine);
    if (entry == mine) {
      try {
        mine.value().complete(compute.get());
      } catch (RuntimeException e) {
        cache.remove(key, mine);
        mine.value().completeExceptionally(e);
        throw e;
      }
    }
    try {
      return (T) entry.value().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
