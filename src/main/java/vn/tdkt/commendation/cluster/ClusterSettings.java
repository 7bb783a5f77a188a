package vn.tdkt.commendation.cluster;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.nomination.NominationSettings;

/**
 * Cluster round rules (brief §3, §5 steps 5–6). Bean "clusterSettings", read by the model's timers.
 * Shares are "more than this fraction of the ballots cast".
 */
@Component("clusterSettings")
@ConfigurationProperties(prefix = "tdkt.cluster")
public class ClusterSettings {

  private String selfAssessmentReminder = "P5D";
  private String selfAssessmentDeadline = "P7D";
  private String ballotDeadline = "P3D";
  private double flagShare = 0.5;
  private int flagQuota = 1;
  private double meritShare = 0.5;
  private int meritQuota = 3;
  private int meritChoices = 3;
  private int maxBallotRounds = 3;
  /**
   * What a year-end round's result becomes: one proposal per unit ("commendation-proposal", issue 12), or, as
   * before proposals, one single-nominee nomination per nominee. The test profile keeps the latter for the tests
   * written for it; ClusterRoundProposalTest covers the former.
   */
  private RoundResults roundResults = RoundResults.PROPOSALS;

  public enum RoundResults {
    PROPOSALS, NOMINATIONS
  }

  public RoundResults getRoundResults() {
    return roundResults;
  }

  public void setRoundResults(RoundResults roundResults) {
    this.roundResults = roundResults;
  }

  public String getSelfAssessmentReminder() {
    return selfAssessmentReminder;
  }

  public void setSelfAssessmentReminder(String value) {
    this.selfAssessmentReminder = NominationSettings.checkDuration("cluster.self-assessment-reminder", value);
  }

  public String getSelfAssessmentDeadline() {
    return selfAssessmentDeadline;
  }

  public void setSelfAssessmentDeadline(String value) {
    this.selfAssessmentDeadline = NominationSettings.checkDuration("cluster.self-assessment-deadline", value);
  }

  public String getBallotDeadline() {
    return ballotDeadline;
  }

  public void setBallotDeadline(String value) {
    this.ballotDeadline = NominationSettings.checkDuration("cluster.ballot-deadline", value);
  }

  public double getFlagShare() {
    return flagShare;
  }

  public void setFlagShare(double flagShare) {
    this.flagShare = share("flag-share", flagShare);
  }

  public int getFlagQuota() {
    return flagQuota;
  }

  public void setFlagQuota(int flagQuota) {
    this.flagQuota = atLeast("flag-quota", flagQuota, 0);
  }

  public double getMeritShare() {
    return meritShare;
  }

  public void setMeritShare(double meritShare) {
    this.meritShare = share("merit-share", meritShare);
  }

  public int getMeritQuota() {
    return meritQuota;
  }

  public void setMeritQuota(int meritQuota) {
    this.meritQuota = atLeast("merit-quota", meritQuota, 0);
  }

  public int getMeritChoices() {
    return meritChoices;
  }

  public void setMeritChoices(int meritChoices) {
    this.meritChoices = atLeast("merit-choices", meritChoices, 0);
  }

  public int getMaxBallotRounds() {
    return maxBallotRounds;
  }

  public void setMaxBallotRounds(int maxBallotRounds) {
    this.maxBallotRounds = atLeast("max-ballot-rounds", maxBallotRounds, 1);
  }

  private static double share(String name, double value) {
    if (value < 0 || value >= 1) {
      throw new IllegalArgumentException("tdkt.cluster." + name + " must be in [0, 1): " + value);
    }
    return value;
  }

  private static int atLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException("tdkt.cluster." + name + " must be at least " + min + ": " + value);
    }
    return value;
  }
}
