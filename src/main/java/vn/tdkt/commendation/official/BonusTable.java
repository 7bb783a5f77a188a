package vn.tdkt.commendation.official;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.NomineeKind;

/**
 * The bonus rule of Decree 152/2025/NĐ-CP Art. 49 as a pure function of the settings: the base salary in force on
 * the decision's date (the latest one whose date is not after it), times the award's coefficient for the nominee
 * kind, rounded up to the next multiple of the rounding step. No coefficient: no bonus.
 */
public final class BonusTable {

  /** One bonus: how it was computed, for the decision and the payout list. */
  public record Bonus(BigDecimal coefficient, long baseSalary, long amount, String salarySource, String articleSource) {
  }

  private final BonusSettings settings;

  public BonusTable(BonusSettings settings) {
    this.settings = settings;
  }

  public Optional<BonusSettings.BaseSalary> baseSalaryOn(LocalDate date) {
    return settings.getBaseSalaries().stream().filter(s -> !s.getFrom().isAfter(date))
        .max(Comparator.comparing(BonusSettings.BaseSalary::getFrom));
  }

  public Optional<Bonus> bonus(AwardType award, NomineeKind kind, LocalDate decisionDate) {
    BonusSettings.Coefficients c = settings.getCoefficients().get(award);
    if (c == null || c.getBy().get(kind) == null) {
      return Optional.empty();
    }
    return baseSalaryOn(decisionDate).map(base -> {
      BigDecimal coefficient = c.getBy().get(kind);
      long amount = roundUp(coefficient.multiply(BigDecimal.valueOf(base.getAmount())), settings.getRoundUpTo());
      return new Bonus(coefficient, base.getAmount(), amount, base.getSource(), c.getSource());
    });
  }

  static long roundUp(BigDecimal value, long step) {
    BigDecimal steps = value.divide(BigDecimal.valueOf(step), 0, RoundingMode.CEILING);
    return steps.multiply(BigDecimal.valueOf(step)).longValueExact();
  }
}
