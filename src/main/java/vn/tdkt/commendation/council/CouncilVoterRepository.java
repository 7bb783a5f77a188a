package vn.tdkt.commendation.council;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilVoterRepository extends JpaRepository<CouncilVoter, Long> {

  boolean existsBySessionIdAndRoundAndMemberId(Long sessionId, int round, String memberId);

  long countBySessionIdAndRound(Long sessionId, int round);

  List<CouncilVoter> findBySessionIdAndRound(Long sessionId, int round);
}
