package vn.tdkt.commendation.council;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilVoterRepository extends JpaRepository<CouncilVoter, Long> {

  boolean existsBySessionIdAndRoundAndMemberId(Long sessionId, int round, String memberId);

  long countBySessionIdAndRound(Long sessionId, int round);

  /** Who took part in a round (never how: the ballot keeps no link from a member to a vote). */
  java.util.List<CouncilVoter> findBySessionIdAndRoundOrderByMemberId(Long sessionId, int round);
}
