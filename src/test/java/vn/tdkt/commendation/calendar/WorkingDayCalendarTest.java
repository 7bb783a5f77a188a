package vn.tdkt.commendation.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import vn.tdkt.commendation.WorkflowTest;

/** The shipped holiday lists (application.yml) give the exact deadlines an official would count by hand. */
class WorkingDayCalendarTest extends WorkflowTest {

  @Autowired WorkingDayCalendar workingDays;

  @Test
  void aDeadlineSpanningTetSkipsTheWholeHoliday() {
    // Tết Ất Tỵ 2025: off Sat 25/01 – Sun 02/02. Wed 22/01 + 5 working days: 23, 24/01, then 3, 4, 5/02
    assertEquals(LocalDate.of(2025, 2, 5), workingDays.addWorkingDays(LocalDate.of(2025, 1, 22), 5));
    // Tết Bính Ngọ 2026: off Sat 14/02 – Sun 22/02. Tue 10/02 + 10 and + 25 working days
    assertEquals(LocalDate.of(2026, 3, 3), workingDays.addWorkingDays(LocalDate.of(2026, 2, 10), 10));
    assertEquals(LocalDate.of(2026, 3, 24), workingDays.addWorkingDays(LocalDate.of(2026, 2, 10), 25));
    for (int day = 16; day <= 20; day++) {
      assertFalse(workingDays.isWorkingDay(LocalDate.of(2026, 2, day)), "Tết 2026, " + day + "/02");
    }
  }

  @Test
  void aDeadlineSpanning30AprilAnd1MayAndAWeekend() {
    // 2025: Sat 26/04 is worked in exchange for Fri 02/05; 30/4 – 4/5 off.
    // Thu 24/04 + 5: Fri 25, Sat 26 (make-up day), Mon 28, Tue 29/04, then Mon 05/05
    assertTrue(workingDays.isWorkingDay(LocalDate.of(2025, 4, 26)));
    assertFalse(workingDays.isWorkingDay(LocalDate.of(2025, 5, 2)));
    assertEquals(LocalDate.of(2025, 5, 5), workingDays.addWorkingDays(LocalDate.of(2025, 4, 24), 5));
    // 2026: Giỗ Tổ on Sun 26/04 moves to Mon 27/04; 30/4 and 1/5 are Thu and Fri.
    // Fri 24/04 + 10: 28, 29/04, 4, 5, 6, 7, 8, 11, 12, 13/05
    assertEquals(LocalDate.of(2026, 5, 13), workingDays.addWorkingDays(LocalDate.of(2026, 4, 24), 10));
  }

  @Test
  void aDeadlineAtTheYearBoundary() {
    // Mon 29/12/2025 + 5: 30, 31/12, (1/1 off) 2, 5, 6/01/2026
    assertEquals(LocalDate.of(2026, 1, 6), workingDays.addWorkingDays(LocalDate.of(2025, 12, 29), 5));
    // Wed 29/12/2027 + 5: 30, 31/12, (1/1/2028 a Saturday, off on Mon 03/01) 4, 5, 6/01/2028
    assertEquals(LocalDate.of(2028, 1, 6), workingDays.addWorkingDays(LocalDate.of(2027, 12, 29), 5));
  }

  @Test
  void aDeadlineEndsAtTheDueTimeOfTheLastWorkingDayInVietnam() {
    // an event on Tue 10/02/2026 at 23:30 Hà Nội time (16:30 UTC) still counts from Wed 11/02
    Instant due = workingDays.deadline(Instant.parse("2026-02-10T16:30:00Z"), 10);
    assertEquals(Instant.parse("2026-03-03T10:00:00Z"), due);
    assertEquals(Instant.parse("2026-02-26T10:00:00Z"), workingDays.before(due, 3));
  }

  @Test
  void aYearWithoutAHolidayListIsAWarningAtStartUpNotASilentMiscount() {
    CalendarSettings settings = new CalendarSettings();
    settings.setHolidays(Map.of(2025, List.of(LocalDate.of(2025, 1, 1))));
    WorkingDayCalendar calendar = new WorkingDayCalendar(settings);
    Clock in2026 = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

    Logger logger = (Logger) LoggerFactory.getLogger(WorkingDayCalendar.class);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    logger.addAppender(log);
    try {
      assertEquals(List.of(2026, 2027), calendar.missingYears(in2026));
      calendar.warnMissingYears(in2026);
    } finally {
      logger.detachAppender(log);
    }
    List<String> warnings = log.list.stream().filter(e -> e.getLevel() == Level.WARN)
        .map(ILoggingEvent::getFormattedMessage).toList();
    assertEquals(2, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("No public holidays configured for 2026"), warnings.get(0));
    // the shipped configuration covers this year and the next
    assertEquals(List.of(), workingDays.missingYears(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"),
        ZoneOffset.UTC)));
  }

  @Test
  void aHolidayFiledUnderTheWrongYearStopsTheStartUp() {
    CalendarSettings settings = new CalendarSettings();
    settings.setHolidays(Map.of(2026, List.of(LocalDate.of(2025, 4, 30))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WorkingDayCalendar(settings));
    assertTrue(e.getMessage().contains("tdkt.calendar.holidays.2026"), e.getMessage());
  }
}
