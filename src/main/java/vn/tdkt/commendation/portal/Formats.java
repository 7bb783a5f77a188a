package vn.tdkt.commendation.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.CommendationApplication;

/** Dates as Vietnamese readers write them, in Vietnam's time; templates call it as {@code @fmt}. */
@Component("fmt")
public class Formats {

  private static final ZoneId ZONE = ZoneId.of(CommendationApplication.ZONE);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
  }

  public String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant.atZone(ZONE));
  }

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }
}
