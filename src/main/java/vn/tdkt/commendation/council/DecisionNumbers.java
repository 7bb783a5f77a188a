package vn.tdkt.commendation.council;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.casefile.YearCounters;
import vn.tdkt.commendation.problem.Refusal;

/**
 * The numbers of the Chairman's decisions: "{n}/QĐ-UBND", n counting per year of the decision date, unless
 * the Chairman's office gave one (then it must be new). Runs in the signing transaction.
 */
@Component
class DecisionNumbers {

  static final String COUNTER = "decision";
  static final String SUFFIX = "/QĐ-UBND";
  static final int NUMBER_MAX = 50;

  /** A decision number and, when the system gave it, its place in the year's sequence (else null). */
  record Number(String number, Long sequence) {
  }

  private final YearCounters counters;
  private final DecisionRepository decisions;

  DecisionNumbers(YearCounters counters, DecisionRepository decisions) {
    this.counters = counters;
    this.decisions = decisions;
  }

  /** The given number, refused when already used; or the next free one of the date's year. */
  Number numberFor(String given, LocalDate date) {
    if (given != null) {
      if (decisions.existsByDecisionNumber(given)) {
        throw Refusal.conflict(CouncilProcess.VAR_DECISION_NUMBER, "Số quyết định " + given + " đã được dùng.");
      }
      return new Number(given, null);
    }
    long sequence;
    String number;
    do {
      sequence = counters.next(COUNTER, date.getYear());
      number = sequence + SUFFIX;
    } while (decisions.existsByDecisionNumber(number));
    return new Number(number, sequence);
  }
}
