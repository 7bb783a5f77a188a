package vn.tdkt.commendation.organisation;

/**
 * Roles are Camunda groups, so candidate groups, Tasklist filters and authorizations all follow from
 * membership. Unit and cluster roles carry the unit's or cluster's code in their id.
 */
public final class Roles {

  public static final String BOARD_OFFICERS = "board-officers";
  public static final String BOARD_HEADS = "board-heads";
  public static final String COUNCIL_MEMBERS = "council-members";
  public static final String CHAIRMAN = "chairman";
  /** Vice-Chairmen of the provincial People's Committee: they sign the decisions the Chairman assigned to them. */
  public static final String VICE_CHAIRMEN = "vice-chairmen";
  /** The UBND office's clerks ("văn thư"): they number decisions from the register and issue them. */
  public static final String UBND_CLERKS = "ubnd-clerks";
  public static final String ADMIN = "camunda-admin";

  private static final String UNIT = "unit-";
  private static final String NOMINATORS = "-nominators";
  private static final String HEADS = "-heads";
  private static final String CLUSTER = "cluster-";
  private static final String LEADERS = "-leaders";

  private Roles() {
  }

  public static String nominators(String unitCode) {
    return UNIT + unitCode + NOMINATORS;
  }

  public static String unitHeads(String unitCode) {
    return UNIT + unitCode + HEADS;
  }

  public static String clusterLeaders(String clusterCode) {
    return CLUSTER + clusterCode + LEADERS;
  }

  /** The unit code of a unit role ("unit-thads-heads" gives "thads"), or null. */
  public static String unitOf(String groupId) {
    if (groupId.startsWith(UNIT) && groupId.endsWith(NOMINATORS)) {
      return groupId.substring(UNIT.length(), groupId.length() - NOMINATORS.length());
    }
    if (groupId.startsWith(UNIT) && groupId.endsWith(HEADS)) {
      return groupId.substring(UNIT.length(), groupId.length() - HEADS.length());
    }
    return null;
  }

  /** The cluster code of a cluster leaders' group, or null. */
  public static String clusterOf(String groupId) {
    if (groupId.startsWith(CLUSTER) && groupId.endsWith(LEADERS)) {
      return groupId.substring(CLUSTER.length(), groupId.length() - LEADERS.length());
    }
    return null;
  }

  /** Province-level roles that read every case. */
  public static boolean readsEveryCase(String groupId) {
    return switch (groupId) {
      case BOARD_OFFICERS, BOARD_HEADS, COUNCIL_MEMBERS, CHAIRMAN, VICE_CHAIRMEN, ADMIN -> true;
      default -> false;
    };
  }
}
