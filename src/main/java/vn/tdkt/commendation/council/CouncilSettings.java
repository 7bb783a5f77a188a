package vn.tdkt.commendation.council;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.nomination.NominationSettings;

/**
 * Council rules (brief §5 step 11, §6): the voting deadline, the quorum, the ballot rounds a session may
 * hold to reach it, and the share of all members' approvals each award needs. Bean "councilSettings", read by the model's timer.
 */
@Component("councilSettings")
@ConfigurationProperties(prefix = "tdkt.council")
public class CouncilSettings {

  private String votingDeadline = "P5D";
  /** Quorum as a fraction "numerator/denominator" of all members: at least this many must vote. */
  private String quorum = "2/3";
  /** Per award: "&gt;=0.9" (at least 90%) or "&gt;0.5" (more than half) of all members approving. */
  private Map<AwardType, String> approvalThresholds = new EnumMap<>(Map.of(
      AwardType.CHIEN_SI_THI_DUA_TINH, ">=0.9"));
  private String defaultApprovalThreshold = ">0.5";
  /** Ballot rounds of a session: without a quorum after the last one, its cases wait for the next session. */
  private int maxRounds = 2;
  /**
   * The awards the Council votes on. A proposal's nominee for any other award goes from the Board's appraisal
   * straight to the Chairman's decision list (process "decision-list"). Default after Decree 98 Art. 30(7) and
   * Bắc Ninh QĐ 86/2025 Art. 5(2)(b): the flag and the provincial fighter by vote, TTLĐXS and the certificate of
   * merit by the Board [U for Thanh Hóa]. The single-nominee process sends every case to the Council, as before.
   */
  private Set<AwardType> awardTypes = EnumSet.of(AwardType.CO_THI_DUA_TINH, AwardType.CHIEN_SI_THI_DUA_TINH);

  public Set<AwardType> getAwardTypes() {
    return awardTypes;
  }

  public void setAwardTypes(Set<AwardType> awardTypes) {
    this.awardTypes = awardTypes.isEmpty() ? EnumSet.noneOf(AwardType.class) : EnumSet.copyOf(awardTypes);
  }

  /** Whether a nominee of this award waits for a Council session (read by the "commendation-case" model). */
  public boolean needsCouncil(String awardType) {
    return awardTypes.contains(AwardType.parse(awardType));
  }

  /** Who chairs the sessions and who keeps the minutes (user ids; the minutes print their names). */
  private String chair;
  private String secretary;

  public String getChair() {
    return chair;
  }

  public void setChair(String chair) {
    this.chair = chair == null || chair.isBlank() ? null : chair.strip();
  }

  public String getSecretary() {
    return secretary;
  }

  public void setSecretary(String secretary) {
    this.secretary = secretary == null || secretary.isBlank() ? null : secretary.strip();
  }

  public int getMaxRounds() {
    return maxRounds;
  }

  public void setMaxRounds(int maxRounds) {
    if (maxRounds < 1) {
      throw new IllegalArgumentException("tdkt.council.max-rounds must be at least 1: " + maxRounds);
    }
    this.maxRounds = maxRounds;
  }

  public String getVotingDeadline() {
    return votingDeadline;
  }

  public void setVotingDeadline(String votingDeadline) {
    this.votingDeadline = NominationSettings.checkDuration("council.voting-deadline", votingDeadline);
  }

  public String getQuorum() {
    return quorum;
  }

  public void setQuorum(String quorum) {
    parseQuorum(quorum);
    this.quorum = quorum;
  }

  public Map<AwardType, String> getApprovalThresholds() {
    return approvalThresholds;
  }

  public void setApprovalThresholds(Map<AwardType, String> thresholds) {
    thresholds.values().forEach(Threshold::parse);
    this.approvalThresholds = new EnumMap<>(AwardType.class);
    this.approvalThresholds.put(AwardType.CHIEN_SI_THI_DUA_TINH, ">=0.9");
    this.approvalThresholds.putAll(thresholds);
  }

  public String getDefaultApprovalThreshold() {
    return defaultApprovalThreshold;
  }

  public void setDefaultApprovalThreshold(String threshold) {
    Threshold.parse(threshold);
    this.defaultApprovalThreshold = threshold;
  }

  /** True when enough members voted: voters / members &gt;= the quorum fraction. */
  boolean quorumReached(int voters, int members) {
    int[] q = parseQuorum(quorum);
    return members > 0 && (long) voters * q[1] >= (long) members * q[0];
  }

  /** The fewest voters that make the quorum among this many members. */
  int quorumVotes(int members) {
    int[] q = parseQuorum(quorum);
    return (int) ((members * (long) q[0] + q[1] - 1) / q[1]);
  }

  Threshold threshold(AwardType award) {
    return Threshold.parse(approvalThresholds.getOrDefault(award, defaultApprovalThreshold));
  }

  private static int[] parseQuorum(String value) {
    String[] parts = value == null ? new String[0] : value.split("/");
    try {
      int n = Integer.parseInt(parts[0].strip());
      int d = Integer.parseInt(parts[1].strip());
      if (parts.length == 2 && n > 0 && d > 0 && n <= d) {
        return new int[] {n, d};
      }
    } catch (RuntimeException e) {
      // reported below
    }
    throw new IllegalArgumentException("tdkt.council.quorum must look like 2/3: " + value);
  }

  /** "&gt;=0.9" or "&gt;0.5": a share of all members that approvals must reach or exceed. */
  record Threshold(boolean inclusive, double share) {

    static Threshold parse(String value) {
      String v = value == null ? "" : value.strip();
      boolean inclusive = v.startsWith(">=");
      String number = v.startsWith(">=") ? v.substring(2) : v.startsWith(">") ? v.substring(1) : null;
      try {
        double share = Double.parseDouble(number);
        if (share >= 0 && share <= 1) {
          return new Threshold(inclusive, share);
        }
      } catch (RuntimeException e) {
        // reported below
      }
      throw new IllegalArgumentException("An approval threshold must look like >=0.9 or >0.5: " + value);
    }

    boolean passes(int approvals, int members) {
      double s = members == 0 ? 0 : (double) approvals / members;
      return inclusive ? s >= share - 1e-9 : s > share + 1e-9;
    }

    /** The fewest approvals that pass among this many members (more than the members: it cannot pass). */
    int votesNeeded(int members) {
      for (int n = 0; n <= members; n++) {
        if (passes(n, members)) {
          return n;
        }
      }
      return members + 1;
    }

    String describe() {
      return (inclusive ? "≥ " : "> ") + Math.round(share * 100) + "%";
    }
  }
}
