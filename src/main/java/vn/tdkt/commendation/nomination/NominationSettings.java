package vn.tdkt.commendation.nomination;

import java.util.EnumSet;
import java.util.Set;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.casefile.AwardType;

/**
 * Durations and rules of the nomination process. A Spring bean named "nominationSettings" so the
 * BPMN reads its timers from it: {@code ${nominationSettings.appraisalDeadline}}.
 */
@Component("nominationSettings")
@ConfigurationProperties(prefix = "tdkt.nomination")
public class NominationSettings {

  /** ISO-8601 duration from a complete dossier to the appraisal deadline (brief §6: 25 days). */
  private String appraisalDeadline = "P25D";
  /** How long the unit has to supplement a dossier before the case is withdrawn. */
  private String supplementDeadline = "P10D";
  /** How long the public notice runs before the Council may take the case. */
  private String noticePeriod = "P10D";
  /** Awards whose nominees are put under public notice. */
  private Set<AwardType> noticeAwardTypes = EnumSet.of(AwardType.CO_THI_DUA_TINH, AwardType.CHIEN_SI_THI_DUA_TINH);
  /** A cluster's flag nominee needs more than this share of the cluster's ballots. */
  private double flagVoteShare = 0.5;

  public boolean noticeRequired(String awardType) {
    return noticeAwardTypes.contains(AwardType.parse(awardType));
  }

  public String getAppraisalDeadline() {
    return appraisalDeadline;
  }

  public void setAppraisalDeadline(String appraisalDeadline) {
    this.appraisalDeadline = checkDuration("appraisal-deadline", appraisalDeadline);
  }

  public String getSupplementDeadline() {
    return supplementDeadline;
  }

  public void setSupplementDeadline(String supplementDeadline) {
    this.supplementDeadline = checkDuration("supplement-deadline", supplementDeadline);
  }

  public String getNoticePeriod() {
    return noticePeriod;
  }

  public void setNoticePeriod(String noticePeriod) {
    this.noticePeriod = checkDuration("notice-period", noticePeriod);
  }

  public Set<AwardType> getNoticeAwardTypes() {
    return noticeAwardTypes;
  }

  public void setNoticeAwardTypes(Set<AwardType> noticeAwardTypes) {
    this.noticeAwardTypes = noticeAwardTypes.isEmpty() ? EnumSet.noneOf(AwardType.class)
        : EnumSet.copyOf(noticeAwardTypes);
  }

  public double getFlagVoteShare() {
    return flagVoteShare;
  }

  public void setFlagVoteShare(double flagVoteShare) {
    if (flagVoteShare < 0 || flagVoteShare >= 1) {
      throw new IllegalArgumentException("tdkt.nomination.flag-vote-share must be in [0, 1): " + flagVoteShare);
    }
    this.flagVoteShare = flagVoteShare;
  }

  /** A wrong duration stops the start-up with its name, not a timer failing weeks later. */
  public static String checkDuration(String name, String value) {
    try {
      DatatypeFactory.newInstance().newDuration(value);
      return value;
    } catch (IllegalArgumentException | NullPointerException | DatatypeConfigurationException e) {
      throw new IllegalArgumentException("tdkt." + name + " is not an ISO-8601 duration: " + value, e);
    }
  }
}
