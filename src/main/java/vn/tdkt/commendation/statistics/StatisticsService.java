package vn.tdkt.commendation.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.movement.Movements;
import vn.tdkt.commendation.official.OfficialTexts;
import vn.tdkt.commendation.official.Vn;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.registry.AwardRegistry;
import vn.tdkt.commendation.registry.Title;

/**
 * The statistical report for the Ministry of Home Affairs, by year (the period 01/12 of the year before to 30/11)
 * or between two dates: forms 0601.N from the movements and 0603.N from the awards registry (which holds every
 * decision of this system and the provincial awards imported into it).
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(StatisticsSettings.class)
public class StatisticsService {

  private final Movements movements;
  private final AwardRegistry registry;
  private final StatisticsSettings settings;
  private final OfficialTexts texts;
  private final Clock clock;

  StatisticsService(Movements movements, AwardRegistry registry, StatisticsSettings settings, OfficialTexts texts,
      Clock clock) {
    this.movements = movements;
    this.registry = registry;
    this.settings = settings;
    this.texts = texts;
    this.clock = clock;
  }

  /** A report's period: a year's (from the configured start in the year before) or the dates given. */
  public record Period(LocalDate from, LocalDate to) {
  }

  public Period yearPeriod(int year) {
    LocalDate from = settings.getPeriodStart().atYear(year - 1);
    return new Period(from, from.plusYears(1).minusDays(1));
  }

  public Period period(int year, LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return yearPeriod(year);
    }
    if (from == null || to == null || to.isBefore(from)) {
      throw Refusal.invalid("from", "Cần cả ngày bắt đầu và ngày kết thúc kỳ báo cáo, ngày kết thúc không trước ngày bắt đầu.");
    }
    return new Period(from, to);
  }

  List<StatisticsForms.Form> forms(Period p) {
    List<StatisticsForms.MovementFact> launched = movements.startedBetween(p.from(), p.to()).stream()
        .map(m -> new StatisticsForms.MovementFact(m.getScope(), m.getMethod(), m.getStartsOn(), m.getEndsOn())).toList();
    List<StatisticsForms.AwardFact> awards = registry.decidedBetween(EnumSet.of(Title.BANG_KHEN_CHU_TICH_TINH,
        Title.CSTD_TINH, Title.CO_THI_DUA_TINH, Title.TAP_THE_LAO_DONG_XUAT_SAC), p.from(), p.to()).stream()
        // thematic campaigns (issue 12) are not recorded yet: every award counts as regular
        .map(e -> new StatisticsForms.AwardFact(e.getTitle(), e.getAwardee().getKind(), false)).toList();
    return List.of(StatisticsForms.form0601(launched), StatisticsForms.form0603(awards));
  }

  /** The workbook of both forms for the period. */
  public byte[] workbook(int year, Period p) {
    Vn vn = Vn.INSTANCE;
    String period = "Năm " + year + " (từ " + dmy(p.from()) + " đến " + dmy(p.to()) + ")";
    return StatisticsWorkbook.write(new StatisticsWorkbook.Header(settings.getBasis(), settings.getDue(),
        settings.getReportingUnit(), settings.getReceivingUnit(), period, vn.placeDate(texts.getPlace(),
            LocalDate.now(clock))), forms(p));
  }

  private static String dmy(LocalDate d) {
    return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }
}
