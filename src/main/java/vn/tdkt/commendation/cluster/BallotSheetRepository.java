package vn.tdkt.commendation.cluster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BallotSheetRepository extends JpaRepository<BallotSheet, Long> {

  Optional<BallotSheet> findByTaskId(String taskId);

  List<BallotSheet> findByRoundIdOrderByBallotRoundAscUnitCodeAsc(Long roundId);

  long countByRoundIdAndBallotRoundAndVotedTrue(Long roundId, int ballotRound);
}
