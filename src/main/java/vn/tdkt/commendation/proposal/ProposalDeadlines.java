package vn.tdkt.commendation.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.calendar.WorkingDayCalendar;
import vn.tdkt.commendation.casefile.CommendationKind;
import vn.tdkt.commendation.nomination.NominationDeadlines;
import vn.tdkt.commendation.nomination.NominationSettings;

/**
 * A proposal's time limits in working days: the reception's, and the appraisal's from full receipt (a thematic
 * proposal from its campaign's deadline if that is later, since the campaign is appraised together; a sudden one
 * by its own shorter limit).
 */
@Component
class ProposalDeadlines {

  private final NominationDeadlines nomination;
  private final NominationSettings nominationSettings;
  private final ProposalSettings settings;
  private final WorkingDayCalendar calendar;

  ProposalDeadlines(NominationDeadlines nomination, NominationSettings nominationSettings, ProposalSettings settings,
      WorkingDayCalendar calendar) {
    this.nomination = nomination;
    this.nominationSettings = nominationSettings;
    this.settings = settings;
    this.calendar = calendar;
  }

  Instant reception(Instant now) {
    return calendar.deadline(now, settings.getReceptionWorkingDays());
  }

  NominationDeadlines.Deadline appraisal(CommendationKind kind, Instant from) {
    if (kind != CommendationKind.AD_HOC) {
      return nomination.appraisal(from);
    }
    if (settings.getAdHocAppraisalDeadline() != null) {
      Date end = Date.from(from);
      try {
        DatatypeFactory.newInstance().newDuration(settings.getAdHocAppraisalDeadline()).addTo(end);
      } catch (DatatypeConfigurationException e) {
        throw new IllegalStateException(e);
      }
      Instant due = end.toInstant();
      return new NominationDeadlines.Deadline(due, from.plus(Duration.between(from, due).dividedBy(2)));
    }
    Instant due = calendar.deadline(from, settings.getAdHocAppraisalWorkingDays());
    Instant reminder = calendar.before(due, Math.min(nominationSettings.getAppraisalReminderWorkingDays(),
        settings.getAdHocAppraisalWorkingDays() - 1));
    return new NominationDeadlines.Deadline(due, reminder.isBefore(from) ? from : reminder);
  }
}
