package vn.tdkt.commendation.council;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

  boolean existsByDecisionNumber(String decisionNumber);

  java.util.Optional<Decision> findByDecisionNumber(String decisionNumber);

  List<Decision> findAllByOrderByDecisionDateDescIdDesc();
}
