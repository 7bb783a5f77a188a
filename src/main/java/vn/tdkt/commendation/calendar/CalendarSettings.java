package vn.tdkt.commendation.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Vietnam's non-working days per year (tdkt.calendar.*). Saturdays and Sundays are always off; on top
 * come the public holidays of the Labour Code (Art. 112) as fixed by each year's Prime Minister's
 * decision, the compensatory days off, and the Saturdays/Sundays worked in exchange ("làm bù").
 * The lists live in application.yml because the lunar holidays and the swaps change every year.
 */
@ConfigurationProperties(prefix = "tdkt.calendar")
public class CalendarSettings {

  /** Public holidays per year (may include ones that fall on a weekend: harmless). */
  private Map<Integer, List<LocalDate>> holidays = new TreeMap<>();
  /** Extra days off per year: compensatory days for holidays on a weekend, swapped days. */
  private Map<Integer, List<LocalDate>> compensatoryDaysOff = new TreeMap<>();
  /** Weekend days that are working days per year (make-up days for a swapped day off). */
  private Map<Integer, List<LocalDate>> makeUpWorkingDays = new TreeMap<>();
  /** A deadline of N working days ends at this time of the N-th working day (office closes). */
  private LocalTime dueTime = LocalTime.of(17, 0);
  /** At start-up, warn for the current year and this many following years without a holiday list. */
  private int checkYearsAhead = 1;

  public Map<Integer, List<LocalDate>> getHolidays() {
    return holidays;
  }

  public void setHolidays(Map<Integer, List<LocalDate>> holidays) {
    this.holidays = new TreeMap<>(holidays);
  }

  public Map<Integer, List<LocalDate>> getCompensatoryDaysOff() {
    return compensatoryDaysOff;
  }

  public void setCompensatoryDaysOff(Map<Integer, List<LocalDate>> compensatoryDaysOff) {
    this.compensatoryDaysOff = new TreeMap<>(compensatoryDaysOff);
  }

  public Map<Integer, List<LocalDate>> getMakeUpWorkingDays() {
    return makeUpWorkingDays;
  }

  public void setMakeUpWorkingDays(Map<Integer, List<LocalDate>> makeUpWorkingDays) {
    this.makeUpWorkingDays = new TreeMap<>(makeUpWorkingDays);
  }

  public LocalTime getDueTime() {
    return dueTime;
  }

  public void setDueTime(LocalTime dueTime) {
    this.dueTime = dueTime;
  }

  public int getCheckYearsAhead() {
    return checkYearsAhead;
  }

  public void setCheckYearsAhead(int checkYearsAhead) {
    this.checkYearsAhead = checkYearsAhead;
  }
}
