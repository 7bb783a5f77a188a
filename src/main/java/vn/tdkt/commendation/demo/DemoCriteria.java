package vn.tdkt.commendation.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.cluster.CriteriaService;

/** Default scoring criteria of Cụm 9 for this year (profile "demo" only), so a round can start at once. */
@Component
@Profile("demo")
class DemoCriteria {

  private final CriteriaService criteria;
  private final Clock clock;

  DemoCriteria(CriteriaService criteria, Clock clock) {
    this.criteria = criteria;
    this.clock = clock;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(40)
  public void seed() {
    criteria.ensureDefaults("cum9", LocalDate.now(clock).getYear());
  }
}
