package vn.tdkt.commendation.council;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.casefile.YearCounters;
import vn.tdkt.commendation.problem.Refusal;

/**
 * The numbers of the decisions: "05/QĐ-UBND" (Decree 30/2020: numbers below 10 with a leading 0), unique within the
 * year of the decision's date. From the register (a number the clerk gives, refused when that year already has it),
 * a number typed on the signing form of model version 1.1.0, or the system's own count per year. Runs in the
 * issuing transaction.
 */
@Component
class DecisionNumbers {

  static final String COUNTER = "decision";
  static final int NUMBER_MAX = 50;
  static final long REGISTER_MAX = 99_999;

  /** A decision number and, when the system counted it, its place in the year's sequence (else null). */
  record Number(String number, Long sequence) {
  }

  private final YearCounters counters;
  private final DecisionRepository decisions;
  private final DecisionSettings settings;

  DecisionNumbers(YearCounters counters, DecisionRepository decisions, DecisionSettings settings) {
    this.counters = counters;
    this.decisions = decisions;
    this.settings = settings;
  }

  String format(long number) {
    return (number < 10 ? "0" + number : String.valueOf(number)) + "/" + settings.getSymbol();
  }

  /** The clerk's number from the register: refused when a decision of that year carries it already. */
  Number fromRegister(long number, LocalDate date) {
    String formatted = format(number);
    if (decisions.existsByDecisionYearAndDecisionNumber(date.getYear(), formatted)) {
      throw Refusal.conflict(CouncilProcess.VAR_REGISTER_NUMBER, "Số " + formatted + " đã được dùng cho một quyết định năm "
          + date.getYear() + ". Kiểm tra lại sổ đăng ký văn bản.");
    }
    return new Number(formatted, null);
  }

  /** The given number (typed as text on the 1.1.0 form), refused when already used that year; or the next free one. */
  Number numberFor(String given, LocalDate date) {
    if (given != null) {
      if (decisions.existsByDecisionYearAndDecisionNumber(date.getYear(), given)) {
        throw Refusal.conflict(CouncilProcess.VAR_DECISION_NUMBER, "Số quyết định " + given + " đã được dùng.");
      }
      return new Number(given, null);
    }
    long sequence;
    String number;
    do {
      sequence = counters.next(COUNTER, date.getYear());
      number = format(sequence);
    } while (decisions.existsByDecisionYearAndDecisionNumber(date.getYear(), number));
    return new Number(number, sequence);
  }
}
