package vn.tdkt.commendation.movement;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.announcement.PublicPageSection;

/** The public page's "Phong trào thi đua đang phát động": the movements running today. */
@Component
class MovementPublicSection implements PublicPageSection {

  private final Movements movements;
  private final Clock clock;

  MovementPublicSection(Movements movements, Clock clock) {
    this.movements = movements;
    this.clock = clock;
  }

  @Override
  public String template() {
    return "movements/public-section";
  }

  @Override
  public Object content() {
    return movements.runningOn(LocalDate.now(clock));
  }

  @Override
  public int order() {
    return 10;
  }
}
