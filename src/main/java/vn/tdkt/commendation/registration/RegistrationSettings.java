package vn.tdkt.commendation.registration;

import java.time.MonthDay;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** tdkt.registration: the year's deadline and whether a provincial title needs a registration (docs/year-cycle.md). */
@ConfigurationProperties("tdkt.registration")
public class RegistrationSettings {

  /** What a nomination for a provincial title without the unit's registration of it gets. */
  public enum Rule {
    /** Not eligible: "no registration, no title". */
    ENFORCE,
    /** Eligible, with a warning in the reason and the case history. */
    WARN,
    /** Nothing. */
    OFF
  }

  /** The day of the year by which units register (a registration sent later is marked late). */
  private MonthDay deadline = MonthDay.of(3, 31);

  private Rule provincialTitles = Rule.WARN;

  public MonthDay getDeadline() {
    return deadline;
  }

  public void setDeadline(MonthDay deadline) {
    this.deadline = deadline;
  }

  public Rule getProvincialTitles() {
    return provincialTitles;
  }

  public void setProvincialTitles(Rule provincialTitles) {
    this.provincialTitles = provincialTitles;
  }
}
