package vn.tdkt.commendation.central;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.nomination.NominationSettings;

/** tdkt.central.*: how long the province waits for the central result before reminding and escalating. */
@Component
@ConfigurationProperties(prefix = "tdkt.central")
public class CentralSettings {

  /**
   * Working days from the submission to the central Board until the result is due (the central Board's
   * appraisal time is not fixed in the brief: a provincial parameter, [P]).
   */
  private int resultWorkingDays = 60;
  /** Optional ISO-8601 duration replacing resultWorkingDays (demo). */
  private String resultDeadline;

  public int getResultWorkingDays() {
    return resultWorkingDays;
  }

  public void setResultWorkingDays(int resultWorkingDays) {
    if (resultWorkingDays <= 0) {
      throw new IllegalArgumentException("tdkt.central.result-working-days must be at least 1: " + resultWorkingDays);
    }
    this.resultWorkingDays = resultWorkingDays;
  }

  public String getResultDeadline() {
    return resultDeadline;
  }

  public void setResultDeadline(String resultDeadline) {
    this.resultDeadline = resultDeadline == null || resultDeadline.isBlank() ? null
        : NominationSettings.checkDuration("central.result-deadline", resultDeadline);
  }
}
