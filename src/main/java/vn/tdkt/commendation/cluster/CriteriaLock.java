package vn.tdkt.commendation.cluster;

import java.util.Optional;

/**
 * Something that fixes a cluster's criteria of a year, so that they are no longer edited on the criteria page
 * (a signed covenant: its targets are the criteria). The cluster asks every such bean; the features depend on
 * the cluster, not the reverse.
 */
public interface CriteriaLock {

  /** Why the criteria of that cluster and year may not change, or empty when they may. */
  Optional<String> lockedBecause(String clusterCode, int year);
}
