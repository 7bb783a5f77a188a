package vn.tdkt.commendation.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.Test;

/** When the reminder before a Council vote closes falls: the voting deadline minus tdkt.council.reminder-before. */
class ReminderTimeTest {

  private static final Date OPENED = Date.from(Instant.parse("2026-12-01T01:00:00Z"));

  private static CouncilSettings settings(String deadline, String before) {
    CouncilSettings s = new CouncilSettings();
    s.setVotingDeadline(deadline);
    s.setReminderBefore(before);
    return s;
  }

  @Test
  void theDefaultRemindsADayBeforeTheFiveDayDeadline() {
    assertThat(new CouncilSettings().reminderAfter(OPENED)).isEqualTo("PT96H");
  }

  @Test
  void theDemoRemindsTenMinutesBeforeItsHalfHourDeadline() {
    assertThat(settings("PT30M", "PT10M").reminderAfter(OPENED)).isEqualTo("PT20M");
  }

  @Test
  void monthsAreCountedOnTheCalendarFromTheRoundsStart() {
    // December has 31 days: a month from 1 December, less a day, is 30 days
    assertThat(settings("P1M", "P1D").reminderAfter(OPENED)).isEqualTo("PT720H");
  }

  @Test
  void aReminderThatWouldComeAtOrAfterTheDeadlineNeverFires() {
    for (String before : new String[] {"PT30M", "PT1H", "P1D", "PT0S"}) {
      assertThat(settings("PT30M", before).reminderAfter(OPENED)).as(before).isEqualTo(CouncilSettings.NO_REMINDER);
    }
    // far beyond any deadline: the interrupting deadline always ends the round (and this timer) first
    assertThat(settings("P1Y", "P2Y").reminderAfter(OPENED)).isEqualTo(CouncilSettings.NO_REMINDER);
  }

  @Test
  void aWrongDurationStopsTheStartUpWithItsName() {
    assertThatThrownBy(() -> new CouncilSettings().setReminderBefore("24 giờ"))
        .hasMessageContaining("tdkt.council.reminder-before");
  }
}
