package vn.tdkt.commendation.nomination;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.calendar.WorkingDayCalendar;

/**
 * Turns the process's time limits into dates once, when the step starts: the date goes to a process
 * variable that the task's due date and the timers read, and to the case record, so all three agree.
 */
@Component
public class NominationDeadlines {

  /** When a step is due and when to remind before it. */
  public record Deadline(Instant due, Instant reminder) {

    public Date dueDate() {
      return Date.from(due);
    }

    public Date reminderDate() {
      return Date.from(reminder);
    }
  }

  private final NominationSettings settings;
  private final WorkingDayCalendar calendar;

  NominationDeadlines(NominationSettings settings, WorkingDayCalendar calendar) {
    this.settings = settings;
    this.calendar = calendar;
  }

  public Deadline appraisal(Instant now) {
    return of(now, settings.getAppraisalDeadline(), settings.getAppraisalWorkingDays(),
        settings.getAppraisalReminderWorkingDays());
  }

  public Deadline supplement(Instant now) {
    return of(now, settings.getSupplementDeadline(), settings.getSupplementWorkingDays(),
        settings.getSupplementReminderWorkingDays());
  }

  public Instant noticeEnd(Instant now) {
    return of(now, settings.getNoticePeriod(), settings.getNoticeWorkingDays(), 0).due();
  }

  /** How the limit reads in a message: "25 ngày làm việc", or the demo's ISO duration. */
  public String describeSupplement() {
    return settings.getSupplementDeadline() != null ? settings.getSupplementDeadline()
        : settings.getSupplementWorkingDays() + " ngày làm việc";
  }

  private Deadline of(Instant now, String isoOverride, int workingDays, int reminderWorkingDays) {
    if (isoOverride != null) {
      Date end = Date.from(now);
      try {
        DatatypeFactory.newInstance().newDuration(isoOverride).addTo(end);
      } catch (DatatypeConfigurationException e) {
        throw new IllegalStateException(e);
      }
      Instant due = end.toInstant();
      return new Deadline(due, now.plus(Duration.between(now, due).dividedBy(2)));
    }
    Instant due = calendar.deadline(now, workingDays);
    Instant reminder = calendar.before(due, reminderWorkingDays);
    // a reminder that would fall before the step starts (a very short limit) comes at once
    return new Deadline(due, reminder.isBefore(now) ? now : reminder);
  }
}
