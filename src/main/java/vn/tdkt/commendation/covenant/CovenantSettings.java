package vn.tdkt.commendation.covenant;

import java.time.MonthDay;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** tdkt.covenant: when the year's covenants should be signed (the signing tasks' due date). */
@ConfigurationProperties("tdkt.covenant")
public class CovenantSettings {

  /** "By 30 March" in published practice (docs/year-cycle.md). */
  private MonthDay signBy = MonthDay.of(3, 30);

  public MonthDay getSignBy() {
    return signBy;
  }

  public void setSignBy(MonthDay signBy) {
    this.signBy = signBy;
  }
}
