package vn.tdkt.commendation.cluster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SelfScoreRepository extends JpaRepository<SelfScore, Long> {

  List<SelfScore> findByRoundId(Long roundId);

  Optional<SelfScore> findByRoundIdAndUnitCodeAndCriterionId(Long roundId, String unitCode, Long criterionId);
}
