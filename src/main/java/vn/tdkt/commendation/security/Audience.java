package vn.tdkt.commendation.security;

import java.util.Collection;

import vn.tdkt.commendation.organisation.Roles;

/**
 * Who an allow-list entry is for, decided from the caller's roles (Camunda groups from the identity store),
 * never from anything the request carries. The administrator is not an audience: every door lets
 * {@code camunda-admin} through (the engine's own guards still apply).
 */
enum Audience {

  /** Anyone, signed in or not. */
  ANYONE("everyone, no login"),
  /** Every signed-in person who holds at least one of the product's roles. */
  OFFICIAL("every official (any role)"),
  /** Province-level roles: the Board, the Council, the Chairman. */
  PROVINCE("Board officers and heads, Council members, Chairman"),
  /** The Board and the Chairman: the year's statistics. */
  LEADERSHIP("Board officers and heads, Chairman"),
  /** The provincial Board: its officers and heads (Cockpit, read-only). */
  BOARD("Board officers and heads"),
  COUNCIL("Council members"),
  UNIT_HEADS("heads of units"),
  NOMINATORS("nominators of units");

  final String label;

  Audience(String label) {
    this.label = label;
  }

  /** Whether a caller with these groups belongs (null groups: not signed in). */
  boolean admits(Collection<String> groups) {
    if (this == ANYONE) {
      return true;
    }
    if (groups == null) {
      return false;
    }
    return switch (this) {
      case OFFICIAL -> groups.stream().anyMatch(Audience::isRole);
      case PROVINCE -> groups.stream().anyMatch(g -> g.equals(Roles.BOARD_OFFICERS) || g.equals(Roles.BOARD_HEADS)
          || g.equals(Roles.COUNCIL_MEMBERS) || g.equals(Roles.CHAIRMAN));
      case LEADERSHIP -> groups.contains(Roles.BOARD_OFFICERS) || groups.contains(Roles.BOARD_HEADS)
          || groups.contains(Roles.CHAIRMAN);
      case BOARD -> groups.contains(Roles.BOARD_OFFICERS) || groups.contains(Roles.BOARD_HEADS);
      case COUNCIL -> groups.contains(Roles.COUNCIL_MEMBERS);
      case UNIT_HEADS -> groups.stream().anyMatch(g -> Roles.unitOf(g) != null && g.endsWith("-heads"));
      case NOMINATORS -> groups.stream().anyMatch(g -> Roles.unitOf(g) != null && g.endsWith("-nominators"));
      default -> false;
    };
  }

  static boolean isAdmin(Collection<String> groups) {
    return groups != null && groups.contains(Roles.ADMIN);
  }

  /** One of the product's roles (the administrator's included). */
  static boolean isRole(String group) {
    return Roles.readsEveryCase(group) || Roles.unitOf(group) != null || Roles.clusterOf(group) != null;
  }
}
