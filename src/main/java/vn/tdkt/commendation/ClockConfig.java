package vn.tdkt.commendation;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfig {

  /** One clock for the whole application, in Vietnam's zone, so tests and nodes agree on "today". */
  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of(CommendationApplication.ZONE));
  }
}
