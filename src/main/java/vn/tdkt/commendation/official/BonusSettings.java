package vn.tdkt.commendation.official;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.NomineeKind;

/**
 * tdkt.bonus.*: the money that goes with an award (Decree 152/2025/NĐ-CP Art. 49–54): a coefficient per award and
 * nominee kind times the base salary in force on the decision's date, rounded up to a multiple of {@code roundUpTo}.
 * Each value carries its source; docs/legal-basis.md says which are verified.
 */
@ConfigurationProperties("tdkt.bonus")
public class BonusSettings implements org.springframework.beans.factory.InitializingBean {

  /** The base salary from a date on ("mức lương cơ sở"), and the text that set it. */
  public static class BaseSalary {
    private LocalDate from;
    private long amount;
    private String source = "";

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public long getAmount() { return amount; }
    public void setAmount(long amount) { this.amount = amount; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
  }

  /** The coefficients of one award per nominee kind, and their article. */
  public static class Coefficients {
    private Map<NomineeKind, BigDecimal> by = new EnumMap<>(NomineeKind.class);
    private String source = "";

    public Map<NomineeKind, BigDecimal> getBy() { return by; }
    public void setBy(Map<NomineeKind, BigDecimal> by) { this.by = by; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
  }

  private List<BaseSalary> baseSalaries = new ArrayList<>();
  private long roundUpTo = 10_000;
  private Map<AwardType, Coefficients> coefficients = new EnumMap<>(AwardType.class);

  @Override
  public void afterPropertiesSet() {
    for (BaseSalary s : baseSalaries) {
      if (s.getFrom() == null || s.getAmount() <= 0) {
        throw new IllegalArgumentException("tdkt.bonus.base-salaries: each needs a date 'from' and an amount above 0");
      }
    }
    if (roundUpTo <= 0) {
      throw new IllegalArgumentException("tdkt.bonus.round-up-to must be above 0: " + roundUpTo);
    }
    coefficients.forEach((award, c) -> c.getBy().forEach((kind, value) -> {
      if (value.signum() < 0) {
        throw new IllegalArgumentException("tdkt.bonus.coefficients." + award + " must not be negative");
      }
    }));
  }

  public List<BaseSalary> getBaseSalaries() { return baseSalaries; }
  public void setBaseSalaries(List<BaseSalary> baseSalaries) { this.baseSalaries = baseSalaries; }
  public long getRoundUpTo() { return roundUpTo; }
  public void setRoundUpTo(long roundUpTo) { this.roundUpTo = roundUpTo; }
  public Map<AwardType, Coefficients> getCoefficients() { return coefficients; }
  public void setCoefficients(Map<AwardType, Coefficients> coefficients) { this.coefficients = coefficients; }
}
