package vn.tdkt.commendation.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.calendar.WorkingDayCalendar;
import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.movement.Movement;
import vn.tdkt.commendation.movement.Movements;
import vn.tdkt.commendation.problem.Refusal;

/** Thematic commendation rounds: the Board opens them; thematic proposals attach to one until its deadline. */
@Service
@Transactional
public class CampaignService {

  private final CampaignRepository campaigns;
  private final CaseService cases;
  private final WorkingDayCalendar calendar;
  private final Movements movements;
  private final Clock clock;

  CampaignService(CampaignRepository campaigns, CaseService cases, WorkingDayCalendar calendar, Movements movements,
      Clock clock) {
    this.movements = movements;
    this.campaigns = campaigns;
    this.cases = cases;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Opens a campaign from what the Board officer entered (form fields or JSON), checked with {@link Inputs}. */
  public Campaign open(Map<String, ?> input, String actor) {
    String name = Inputs.text(input.get("name"), "name", "tên đợt khen thưởng", Campaign.NAME_MAX, true);
    String basis = Inputs.text(input.get("basis"), "basis", "căn cứ (kế hoạch, văn bản phát động)", Campaign.BASIS_MAX,
        true);
    Long movement = movement(input.get("movementId"));
    Set<AwardType> awards = awardTypes(input.get("awardTypes"));
    Integer quota = Inputs.wholeNumber(input.get("quota"), "quota", "chỉ tiêu số đối tượng", 1, 100_000);
    LocalDate today = LocalDate.now(clock);
    LocalDate deadline = Inputs.date(input.get("deadline"), "deadline", "hạn nộp hồ sơ", today, today.plusYears(2));
    if (deadline == null) {
      throw Refusal.invalid("deadline", "Thiếu hạn nộp hồ sơ.");
    }
    return campaigns.save(new Campaign(name, basis, movement, awards, quota, deadline, calendar.endOf(deadline), actor,
        clock.instant()));
  }

  /** The movement chosen from the list of launched ones, or none; an id that names no movement is refused. */
  private Long movement(Object value) {
    if (Inputs.missing(value)) {
      return null;
    }
    Integer id = Inputs.asWholeNumber(value);
    if (id == null || movements.find(id).isEmpty()) {
      throw Refusal.invalid("movementId", "Phong trào thi đua đã chọn không có trong danh sách các phong trào đã phát động.");
    }
    return id.longValue();
  }

  /** The movements a campaign may point at, newest first (the choice on the campaigns page). */
  @Transactional(readOnly = true)
  public List<Movement> movements() {
    return movements.all();
  }

  /** The name of the movement a campaign rewards, or null. */
  @Transactional(readOnly = true)
  public String movementName(Campaign c) {
    return c.getMovementId() == null ? null : movements.find(c.getMovementId()).map(Movement::getName).orElse(null);
  }

  private static Set<AwardType> awardTypes(Object value) {
    Set<AwardType> set = EnumSet.noneOf(AwardType.class);
    List<?> values = value instanceof List<?> l ? l : value instanceof String s ? List.of(s.split(",")) : List.of();
    for (Object v : values) {
      if (v instanceof String s && !s.isBlank()) {
        AwardType t = AwardType.parse(s);
        if (t == null) {
          throw Refusal.invalid("awardTypes", "Hình thức khen thưởng không hợp lệ: " + s);
        }
        set.add(t);
      }
    }
    if (set.isEmpty()) {
      throw Refusal.invalid("awardTypes", "Chọn ít nhất một hình thức khen thưởng cho đợt.");
    }
    return set;
  }

  /** A campaign of the demo: opened once, if no campaign exists yet. */
  public void ensureDemo(String name, String basis, Set<AwardType> awards, Integer quota, LocalDate deadline) {
    if (campaigns.count() == 0) {
      campaigns.save(new Campaign(name, basis, awards, quota, deadline, calendar.endOf(deadline), "officer.ban",
          clock.instant()));
    }
  }

  @Transactional(readOnly = true)
  public List<Campaign> all() {
    return campaigns.findAllByOrderByDeadlineDescIdDesc();
  }

  @Transactional(readOnly = true)
  public Campaign get(Long id) {
    return campaigns.findById(id).orElseThrow(() -> Refusal.invalid(ProposalProcess.VAR_CAMPAIGN,
        "Không có đợt khen thưởng số " + id + "."));
  }

  /** A thematic proposal of this many nominees may still join the campaign: before its deadline, within its quota. */
  @Transactional(readOnly = true)
  public Campaign admit(Long id, int nominees) {
    Campaign c = get(id);
    if (!c.isOpen(clock.instant())) {
      throw Refusal.invalid(ProposalProcess.VAR_CAMPAIGN, "Đợt \"" + c.getName() + "\" đã hết hạn nhận hồ sơ ngày "
          + c.getDeadline().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ".");
    }
    if (c.getQuota() != null) {
      long left = c.getQuota() - cases.countInCampaign(id);
      if (nominees > left) {
        throw Refusal.invalid(ProposalProcess.VAR_NOMINEES, "Đợt \"" + c.getName() + "\" chỉ còn nhận "
            + Math.max(0, left) + " đối tượng (chỉ tiêu " + c.getQuota() + "); tờ trình có " + nominees + ".");
      }
    }
    return c;
  }
}
