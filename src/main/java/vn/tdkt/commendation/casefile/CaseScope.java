package vn.tdkt.commendation.casefile;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import vn.tdkt.commendation.organisation.Roles;

/**
 * Which case records a person may read, from their groups: province-level roles read all, a unit's
 * nominators and head read the unit's, a cluster's leaders read the cluster's.
 */
public record CaseScope(boolean all, Set<String> units, Set<String> clusters) {

  /** Placeholder that keeps "in (...)" clauses valid when a set is empty. */
  private static final String NONE = "-";

  public static CaseScope of(Collection<String> groupIds) {
    boolean all = false;
    Set<String> units = new TreeSet<>();
    Set<String> clusters = new TreeSet<>();
    for (String g : groupIds) {
      all |= Roles.readsEveryCase(g);
      if (Roles.unitOf(g) != null) {
        units.add(Roles.unitOf(g));
      }
      if (Roles.clusterOf(g) != null) {
        clusters.add(Roles.clusterOf(g));
      }
    }
    return new CaseScope(all, units, clusters);
  }

  public boolean allows(CommendationCase c) {
    return all || units.contains(c.getUnitCode()) || clusters.contains(c.getClusterCode());
  }

  Set<String> unitsForQuery() {
    return units.isEmpty() ? Set.of(NONE) : units;
  }

  Set<String> clustersForQuery() {
    return clusters.isEmpty() ? Set.of(NONE) : clusters;
  }
}
