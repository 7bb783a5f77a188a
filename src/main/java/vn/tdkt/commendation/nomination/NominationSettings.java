package vn.tdkt.commendation.nomination;

import java.util.EnumSet;
import java.util.Set;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.casefile.AwardType;

/**
 * Time limits and rules of the nomination process (bean "nominationSettings", read by the model's
 * gateways). Time limits are in working days; {@link NominationDeadlines} turns them into dates.
 */
@Component("nominationSettings")
@ConfigurationProperties(prefix = "tdkt.nomination")
public class NominationSettings {

  /** Working days from a complete dossier to the appraisal deadline (brief §6: 25, Thanh Hóa). */
  private int appraisalWorkingDays = 25;
  /** The Board officers are reminded this many working days before the appraisal deadline. */
  private int appraisalReminderWorkingDays = 3;
  /** Working days the unit has to supplement a dossier before the case is withdrawn. */
  private int supplementWorkingDays = 10;
  /** The unit is reminded this many working days before the supplement deadline. */
  private int supplementReminderWorkingDays = 3;
  /** Working days of public notice before the Council may take the case (brief §6: at least 10). */
  private int noticeWorkingDays = 10;
  /**
   * Optional ISO-8601 durations that replace the working-day limits above (the demo profile walks a
   * case through in minutes); null in production. The reminder then comes at half the duration.
   */
  private String appraisalDeadline;
  private String supplementDeadline;
  private String noticePeriod;
  /** Awards whose nominees are put under public notice. */
  private Set<AwardType> noticeAwardTypes = EnumSet.of(AwardType.CO_THI_DUA_TINH, AwardType.CHIEN_SI_THI_DUA_TINH);
  /** A cluster's flag nominee needs more than this share of the cluster's ballots. */
  private double flagVoteShare = 0.5;
  /**
   * A dossier without any attached document (the achievement report at least) at appraisal: "warn" (the Board's
   * task says so) or "refuse" (it cannot be appraised "Đạt" either).
   */
  private String appraisalWithoutAttachment = "warn";
  /**
   * Whether people may start new single-nominee nominations ("commendation-nomination"). New work arrives as
   * proposals (issue 12); the instances already running go on either way. Off: a unit's nominators lose the start
   * grant at start-up (Tasklist no longer offers the process) and a start is refused ({@link SingleNominationStarts}).
   */
  private boolean singleStarts = false;

  public boolean isSingleStarts() {
    return singleStarts;
  }

  public void setSingleStarts(boolean singleStarts) {
    this.singleStarts = singleStarts;
  }

  public String getAppraisalWithoutAttachment() {
    return appraisalWithoutAttachment;
  }

  public void setAppraisalWithoutAttachment(String mode) {
    String m = mode == null ? "" : mode.strip().toLowerCase(java.util.Locale.ROOT);
    if (!m.equals("warn") && !m.equals("refuse")) {
      throw new IllegalArgumentException("tdkt.nomination.appraisal-without-attachment must be warn or refuse: " + mode);
    }
    this.appraisalWithoutAttachment = m;
  }

  /** Whether appraising a dossier without any attachment as "Đạt" is refused (else only warned of). */
  public boolean refusesAppraisalWithoutAttachment() {
    return "refuse".equals(appraisalWithoutAttachment);
  }

  public boolean noticeRequired(String awardType) {
    return noticeAwardTypes.contains(AwardType.parse(awardType));
  }

  public int getAppraisalWorkingDays() {
    return appraisalWorkingDays;
  }

  public void setAppraisalWorkingDays(int days) {
    this.appraisalWorkingDays = positive("appraisal-working-days", days);
  }

  public int getAppraisalReminderWorkingDays() {
    return appraisalReminderWorkingDays;
  }

  public void setAppraisalReminderWorkingDays(int days) {
    this.appraisalReminderWorkingDays = notNegative("appraisal-reminder-working-days", days);
  }

  public int getSupplementWorkingDays() {
    return supplementWorkingDays;
  }

  public void setSupplementWorkingDays(int days) {
    this.supplementWorkingDays = positive("supplement-working-days", days);
  }

  public int getSupplementReminderWorkingDays() {
    return supplementReminderWorkingDays;
  }

  public void setSupplementReminderWorkingDays(int days) {
    this.supplementReminderWorkingDays = notNegative("supplement-reminder-working-days", days);
  }

  public int getNoticeWorkingDays() {
    return noticeWorkingDays;
  }

  public void setNoticeWorkingDays(int days) {
    this.noticeWorkingDays = positive("notice-working-days", days);
  }

  private static int positive(String name, int days) {
    if (days <= 0) {
      throw new IllegalArgumentException("tdkt.nomination." + name + " must be at least 1: " + days);
    }
    return days;
  }

  private static int notNegative(String name, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("tdkt.nomination." + name + " must not be negative: " + days);
    }
    return days;
  }

  public String getAppraisalDeadline() {
    return appraisalDeadline;
  }

  public void setAppraisalDeadline(String appraisalDeadline) {
    this.appraisalDeadline = appraisalDeadline == null || appraisalDeadline.isBlank() ? null : checkDuration("nomination.appraisal-deadline", appraisalDeadline);
  }

  public String getSupplementDeadline() {
    return supplementDeadline;
  }

  public void setSupplementDeadline(String supplementDeadline) {
    this.supplementDeadline = supplementDeadline == null || supplementDeadline.isBlank() ? null : checkDuration("nomination.supplement-deadline", supplementDeadline);
  }

  public String getNoticePeriod() {
    return noticePeriod;
  }

  public void setNoticePeriod(String noticePeriod) {
    this.noticePeriod = noticePeriod == null || noticePeriod.isBlank() ? null : checkDuration("nomination.notice-period", noticePeriod);
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
