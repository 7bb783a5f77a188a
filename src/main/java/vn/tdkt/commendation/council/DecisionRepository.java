package vn.tdkt.commendation.council;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

  boolean existsByDecisionYearAndDecisionNumber(int decisionYear, String decisionNumber);

  Optional<Decision> findByDecisionYearAndDecisionNumber(int decisionYear, String decisionNumber);

  /** The same number in several years: the latest first. */
  List<Decision> findByDecisionNumberOrderByDecisionYearDesc(String decisionNumber);

  List<Decision> findAllByOrderByDecisionDateDescIdDesc();

  List<Decision> findByDecisionYearOrderByDecisionDateAscIdAsc(int decisionYear);
}
