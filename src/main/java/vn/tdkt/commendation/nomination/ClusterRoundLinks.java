package vn.tdkt.commendation.nomination;

import java.util.Optional;

import vn.tdkt.commendation.casefile.AwardType;

/**
 * What the nomination needs from the cluster review round that may have started it. Implemented by the
 * cluster package; the link lives in its JPA records, never in a variable a user could set.
 */
public interface ClusterRoundLinks {

  /**
   * Checks that a nomination started without a signed-in caller is the one the round's nominee row
   * stands for (same unit and award, started by the round's leader, not yet used); refuses otherwise.
   */
  void check(long nomineeId, String unitCode, AwardType award, String initiator);

  /** Links the registered case to the nominee row, so the round and the case point at each other. */
  void link(long nomineeId, String caseNumber);

  /** The round result behind a case, if a cluster round nominated it. */
  Optional<RoundResult> resultFor(String caseNumber);

  /** The cluster's decision as the minutes record it. */
  record RoundResult(String roundNumber, String minutesPath, int votesFor, int votesTotal, String clusterName) {
  }
}
