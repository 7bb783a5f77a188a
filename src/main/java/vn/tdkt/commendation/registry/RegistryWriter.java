package vn.tdkt.commendation.registry;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import vn.tdkt.commendation.organisation.Roles;

/**
 * Who writes to the registry and what: the Board (and the administrator) for every unit and every title; a
 * unit's nominators for their own unit, the titles the unit decides itself, ratings and initiatives. Read
 * access is wider: {@link #readsAll()} and {@link #readableUnits()}.
 */
public record RegistryWriter(String userId, boolean board, Set<String> units, Set<String> clusters, boolean province) {

  public static RegistryWriter of(String userId, Collection<String> groups) {
    boolean board = false;
    boolean province = false;
    Set<String> units = new TreeSet<>();
    Set<String> clusters = new TreeSet<>();
    for (String g : groups) {
      board |= g.equals(Roles.BOARD_OFFICERS) || g.equals(Roles.BOARD_HEADS) || g.equals(Roles.ADMIN);
      province |= Roles.readsEveryCase(g);
      if (Roles.unitOf(g) != null && g.equals(Roles.nominators(Roles.unitOf(g)))) {
        units.add(Roles.unitOf(g));
      }
      if (Roles.clusterOf(g) != null) {
        clusters.add(Roles.clusterOf(g));
      }
    }
    return new RegistryWriter(userId, board, units, clusters, province);
  }

  /** A nominator of a unit: the unit's own records. */
  public static Set<String> readableUnitsOf(Collection<String> groups) {
    Set<String> units = new TreeSet<>();
    for (String g : groups) {
      if (Roles.unitOf(g) != null) {
        units.add(Roles.unitOf(g));
      }
    }
    return units;
  }

  boolean writes(String unitCode) {
    return board || units.contains(unitCode);
  }

  boolean writes(Title title) {
    return board || title.level() == Title.Level.GRASSROOTS || title.level() == Title.Level.RATING;
  }

  boolean writesAnything() {
    return board || !units.isEmpty();
  }

  boolean readsAll() {
    return province;
  }
}
