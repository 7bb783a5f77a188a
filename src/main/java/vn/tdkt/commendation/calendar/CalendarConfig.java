package vn.tdkt.commendation.calendar;

import java.time.Clock;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarSettings.class)
class CalendarConfig {

  private final Clock clock;

  CalendarConfig(Clock clock) {
    this.clock = clock;
  }

  /** Named so the models can call it: {@code ${workingDays.after(10)}}. */
  @Bean("workingDays")
  WorkingDayCalendar workingDays(CalendarSettings settings) {
    return new WorkingDayCalendar(settings);
  }

  @EventListener(ApplicationStartedEvent.class)
  void checkHolidayLists(ApplicationStartedEvent event) {
    event.getApplicationContext().getBean(WorkingDayCalendar.class).warnMissingYears(clock);
  }
}
