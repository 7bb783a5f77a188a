package vn.tdkt.commendation.council;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Chairman's decisions, as other features read them (the documents written from them). */
@Service
@Transactional(readOnly = true)
public class Decisions {

  private final DecisionRepository decisions;

  Decisions(DecisionRepository decisions) {
    this.decisions = decisions;
  }

  /** A decision by its number and year; without a year, the latest decision that carries that number. */
  public Optional<Decision> find(String decisionNumber, Integer year) {
    if (year != null) {
      return decisions.findByDecisionYearAndDecisionNumber(year, decisionNumber);
    }
    return decisions.findByDecisionNumberOrderByDecisionYearDesc(decisionNumber).stream().findFirst();
  }

  /** Every decision, the latest decision date first. */
  public List<Decision> newestFirst() {
    return decisions.findAllByOrderByDecisionDateDescIdDesc();
  }

  /** The decisions dated in a year, in the register's order. */
  public List<Decision> ofYear(int year) {
    return decisions.findByDecisionYearOrderByDecisionDateAscIdAsc(year);
  }
}
