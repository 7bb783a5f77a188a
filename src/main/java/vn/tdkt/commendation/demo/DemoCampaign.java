package vn.tdkt.commendation.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.proposal.CampaignService;

/**
 * A thematic campaign open until the end of the year (profile "demo" only), so a thematic proposal can be
 * submitted at once (Thanh Hóa's plan 130/KH-UBND of 27/6/2025 on innovation and digital transformation).
 */
@Component
@Profile("demo")
class DemoCampaign {

  private final CampaignService campaigns;
  private final Clock clock;

  DemoCampaign(CampaignService campaigns, Clock clock) {
    this.campaigns = campaigns;
    this.clock = clock;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(41)
  public void seed() {
    LocalDate today = LocalDate.now(clock);
    LocalDate end = LocalDate.of(today.getYear(), 12, 31);
    campaigns.ensureDemo("Phong trào thi đua đổi mới sáng tạo và chuyển đổi số năm " + today.getYear(),
        "Kế hoạch số 130/KH-UBND ngày 27/6/2025 của UBND tỉnh Thanh Hóa", EnumSet.of(AwardType.BANG_KHEN_CHU_TICH_TINH),
        50, end.isAfter(today) ? end : end.plusYears(1));
  }
}
