package vn.tdkt.commendation.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster's counting rules, on the votes of one ballot round (unit code → votes, in unit order) and the
 * number of ballots cast in it. Pure: {@link ClusterBallotService} reads the counters and records the result.
 */
final class ClusterTally {

  /** The flag rule's answer: decided (with its winners, possibly none) or a run-off among the named units. */
  record FlagOutcome(boolean decided, List<String> winners, List<String> runOff) {
  }

  private final double flagShare;
  private final int flagQuota;
  private final double meritShare;
  private final int meritQuota;

  ClusterTally(double flagShare, int flagQuota, double meritShare, int meritQuota) {
    this.flagShare = flagShare;
    this.flagQuota = flagQuota;
    this.meritShare = meritShare;
    this.meritQuota = meritQuota;
  }

  static ClusterTally of(ClusterSettings settings) {
    return new ClusterTally(settings.getFlagShare(), settings.getFlagQuota(), settings.getMeritShare(),
        settings.getMeritQuota());
  }

  /** More than the share of the ballots cast. */
  static boolean passes(int votes, int ballots, double share) {
    return ballots > 0 && votes > share * ballots + 1e-9;
  }

  /**
   * The flag rule. B = ballots cast in the ballot round. The unit with the most votes is the nominee if
   * it alone has the most and more than the configured share of B (default > 50%); at most the flag quota
   * (default 1) of units are nominated. Several units tied for the most votes: a run-off among them. One
   * unit ahead but without the share ("no majority"): a run-off between it and the unit(s) tied for the
   * second-most votes (the top two). After the last allowed ballot round (default 3) the cluster
   * proposes no flag (the caller's rule). When the ballot deadline passes, B counts only the ballots cast by then.
   */
  FlagOutcome flag(Map<String, Integer> votes, int ballots) {
    if (votes.isEmpty() || flagQuota == 0) {
      return new FlagOutcome(true, List.of(), List.of());
    }
    List<Integer> levels = votes.values().stream().distinct().sorted(Comparator.reverseOrder()).toList();
    int top = levels.get(0);
    List<String> atTop = votes.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
    if (atTop.size() == 1 && passes(top, ballots, flagShare)) {
      return new FlagOutcome(true, atTop.subList(0, Math.min(1, flagQuota)), List.of());
    }
    if (atTop.size() > 1) {
      return new FlagOutcome(false, List.of(), atTop);
    }
    List<String> runOff = new ArrayList<>(atTop);
    if (levels.size() > 1) {
      int second = levels.get(1);
      votes.forEach((unit, v) -> {
        if (v == second) {
          runOff.add(unit);
        }
      });
    }
    return new FlagOutcome(false, List.of(), runOff);
  }

  /**
   * Merit rule, on ballot round 1: units with more than the configured share of the ballots (default
   * > 50%), most votes first, without the flag nominee (the higher award), at most the merit quota. If
   * units tied on votes straddle the quota, none of the tied units is nominated (the minutes say so):
   * the cluster cannot tell them apart and the quota cannot be exceeded.
   */
  Map<String, Integer> merit(Map<String, Integer> votes, int ballots, List<String> flagWinners) {
    List<Map.Entry<String, Integer>> passing = votes.entrySet().stream()
        .filter(e -> !flagWinners.contains(e.getKey()))
        .filter(e -> passes(e.getValue(), ballots, meritShare))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .toList();
    Map<String, Integer> result = new LinkedHashMap<>();
    if (passing.size() <= meritQuota) {
      passing.forEach(e -> result.put(e.getKey(), e.getValue()));
      return result;
    }
    int cut = passing.get(meritQuota).getValue();
    passing.stream().filter(e -> e.getValue() > cut).limit(meritQuota).forEach(e -> result.put(e.getKey(), e.getValue()));
    return result;
  }
}
