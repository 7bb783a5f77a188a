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
  ANYONE("everyone, no login", "mọi người"),
  /** Every signed-in person who holds at least one of the product's roles. */
  OFFICIAL("every official (any role)", "cán bộ có vai trò trong hệ thống"),
  /** Province-level roles: the Board, the Council, the Chairman and the Vice-Chairmen. */
  PROVINCE("Board officers and heads, Council members, Chairman, Vice-Chairmen", "Ban Thi đua – Khen thưởng, thành viên Hội đồng và lãnh đạo UBND tỉnh"),
  /** The Board and the Chairman: the year's statistics. */
  LEADERSHIP("Board officers and heads, Chairman, Vice-Chairmen", "Ban Thi đua – Khen thưởng và lãnh đạo UBND tỉnh"),
  /** The provincial Board: its officers and heads (Cockpit, read-only). */
  BOARD("Board officers and heads", "Ban Thi đua – Khen thưởng"),
  /** The Board's heads alone: closing a Council vote early. */
  BOARD_HEADS("Board heads", "lãnh đạo Ban Thi đua – Khen thưởng"),
  COUNCIL("Council members", "thành viên Hội đồng Thi đua – Khen thưởng tỉnh"),
  /** Who prepares, signs and issues decisions: the Board, the Council, the Chairman, Vice-Chairmen, the UBND clerks. */
  ISSUING("Board officers and heads, Council members, Chairman, Vice-Chairmen, UBND office clerks",
      "Ban Thi đua – Khen thưởng, thành viên Hội đồng, lãnh đạo và văn thư UBND tỉnh"),
  UNIT_HEADS("heads of units", "thủ trưởng đơn vị"),
  /** A cluster's leaders (the covenant they draft). */
  CLUSTER_LEADERS("cluster leaders", "trưởng cụm thi đua"),
  /** Who launches emulation movements: the Board, and a cluster's leaders for their cluster. */
  LAUNCHERS("Board officers and heads, cluster leaders", "Ban Thi đua – Khen thưởng và trưởng cụm thi đua"),
  NOMINATORS("nominators of units", "cán bộ đề nghị khen thưởng của đơn vị");

  final String label;
  /** Who, in the words an official reads in a refusal. */
  final String vi;

  Audience(String label, String vi) {
    this.label = label;
    this.vi = vi;
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
          || g.equals(Roles.COUNCIL_MEMBERS) || g.equals(Roles.CHAIRMAN) || g.equals(Roles.VICE_CHAIRMEN));
      case ISSUING -> PROVINCE.admits(groups) || groups.contains(Roles.UBND_CLERKS);
      case LEADERSHIP -> groups.contains(Roles.BOARD_OFFICERS) || groups.contains(Roles.BOARD_HEADS)
          || groups.contains(Roles.CHAIRMAN) || groups.contains(Roles.VICE_CHAIRMEN);
      case BOARD -> groups.contains(Roles.BOARD_OFFICERS) || groups.contains(Roles.BOARD_HEADS);
      case BOARD_HEADS -> groups.contains(Roles.BOARD_HEADS);
      case COUNCIL -> groups.contains(Roles.COUNCIL_MEMBERS);
      case CLUSTER_LEADERS -> groups.stream().anyMatch(g -> Roles.clusterOf(g) != null);
      case LAUNCHERS -> groups.contains(Roles.BOARD_OFFICERS) || groups.contains(Roles.BOARD_HEADS)
          || groups.stream().anyMatch(g -> Roles.clusterOf(g) != null);
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
    return Roles.readsEveryCase(group) || Roles.UBND_CLERKS.equals(group) || Roles.unitOf(group) != null
        || Roles.clusterOf(group) != null;
  }
}
