package vn.tdkt.commendation.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.tdkt.commendation.CommendationApplication;

/**
 * Counts working days in Vietnam (bean "workingDays"): a deadline of N working days from an event ends
 * at the configured due time of the N-th working day after the event's day (the day of the event itself
 * does not count, as a time limit "from full receipt" runs from the next day). Models and delegates
 * take "now" from the engine's clock, so tests can set it.
 */
public class WorkingDayCalendar {

  static final ZoneId ZONE = ZoneId.of(CommendationApplication.ZONE);
  private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);

  private final CalendarSettings settings;
  private final Set<LocalDate> daysOff = new HashSet<>();
  private final Set<LocalDate> workingWeekendDays = new HashSet<>();
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

  public WorkingDayCalendar(CalendarSettings settings) {
    this.settings = settings;
    settings.getHolidays().forEach((year, days) -> daysOff.addAll(inYear("holidays", year, days)));
    settings.getCompensatoryDaysOff().forEach((year, days) -> daysOff.addAll(inYear("compensatory-days-off", year, days)));
    settings.getMakeUpWorkingDays().forEach((year, days) -> workingWeekendDays.addAll(inYear("make-up-working-days", year, days)));
  }

  /** A date filed under the wrong year is a typo that would silently shift deadlines: refuse to start. */
  private static List<LocalDate> inYear(String list, int year, List<LocalDate> days) {
    for (LocalDate d : days) {
      if (d.getYear() != year) {
        throw new IllegalArgumentException("tdkt.calendar." + list + "." + year + " contains " + d
            + ", a date of another year");
      }
    }
    return days;
  }

  public boolean isWorkingDay(LocalDate day) {
    if (workingWeekendDays.contains(day)) {
      return true;
    }
    DayOfWeek dow = day.getDayOfWeek();
    if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
      return false;
    }
    warnIfUnknown(day.getYear());
    return !daysOff.contains(day);
  }

  /** The N-th working day after the given day (N = 0: the day itself). */
  public LocalDate addWorkingDays(LocalDate from, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("working days must not be negative: " + n);
    }
    LocalDate day = from;
    for (int counted = 0; counted < n;) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The N-th working day before the given day. */
  public LocalDate minusWorkingDays(LocalDate from, int n) {
    LocalDate day = from;
    for (int counted = 0; counted < n;) {
      day = day.minusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** When a time limit of N working days starting at that instant ends. */
  public Instant deadline(Instant start, int workingDays) {
    LocalDate day = addWorkingDays(start.atZone(ZONE).toLocalDate(), workingDays);
    return endOf(day);
  }

  /** For the models: {@code ${workingDays.after(25)}}, counted from the engine's "now". */
  public Date after(int workingDays) {
    return Date.from(deadline(ClockUtil.getCurrentTime().toInstant(), workingDays));
  }

  /** The same time of day, N working days before the deadline (for a reminder). */
  public Instant before(Instant deadline, int workingDays) {
    ZonedDateTime due = deadline.atZone(ZONE);
    return minusWorkingDays(due.toLocalDate(), workingDays).atTime(due.toLocalTime()).atZone(ZONE).toInstant();
  }

  /** The due time (tdkt.calendar.due-time) of that day in Vietnam: when a limit ending that day ends. */
  public Instant endOf(LocalDate day) {
    return day.atTime(settings.getDueTime()).atZone(ZONE).toInstant();
  }

  /** Years from this year on, within the configured look-ahead, that have no holiday list. */
  public List<Integer> missingYears(Clock clock) {
    int year = LocalDate.now(clock.withZone(ZONE)).getYear();
    List<Integer> missing = new ArrayList<>();
    for (int y = year; y <= year + settings.getCheckYearsAhead(); y++) {
      if (!settings.getHolidays().containsKey(y)) {
        missing.add(y);
      }
    }
    return missing;
  }

  /** Start-up check: a year without a list would count its holidays as working days. */
  public void warnMissingYears(Clock clock) {
    for (int year : missingYears(clock)) {
      warn(year);
    }
  }

  private void warnIfUnknown(int year) {
    if (!settings.getHolidays().containsKey(year) && !warnedYears.contains(year)) {
      warn(year);
    }
  }

  private void warn(int year) {
    warnedYears.add(year);
    LOG.warn("No public holidays configured for {} (tdkt.calendar.holidays.{}): deadlines in {} count only "
        + "weekends as days off and will be too early around Tết and other holidays. Add the year's list from "
        + "the Prime Minister's decision on holidays.", year, year, year);
  }

  Map<Integer, List<LocalDate>> holidays() {
    return settings.getHolidays();
  }
}
