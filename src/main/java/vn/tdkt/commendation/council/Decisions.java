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

  public Optional<Decision> find(String decisionNumber) {
    return decisions.findByDecisionNumber(decisionNumber);
  }

  /** Every decision, the latest decision date first. */
  public List<Decision> newestFirst() {
    return decisions.findAllByOrderByDecisionDateDescIdDesc();
  }
}
