package vn.tdkt.commendation.cluster;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VoteCountRepository extends JpaRepository<VoteCount, Long> {

  List<VoteCount> findByRoundIdAndBallotRoundAndCategoryOrderByUnitCode(Long roundId, int ballotRound,
      VoteCount.Category category);

  List<VoteCount> findByRoundIdOrderByBallotRoundAscCategoryAscUnitCodeAsc(Long roundId);

  /** The counts as they are in the database now (scalars, so no stale entity of this transaction hides a vote). */
  @Query("select v.unitCode as unitCode, v.votes as votes from VoteCount v where v.roundId = :round "
      + "and v.ballotRound = :ballotRound and v.category = :category order by v.unitCode")
  List<Tally> tallyOf(@Param("round") Long roundId, @Param("ballotRound") int ballotRound,
      @Param("category") VoteCount.Category category);

  interface Tally {
    String getUnitCode();

    int getVotes();
  }

  /** Counted in the database, so concurrent ballots never lose a vote. */
  @Modifying(flushAutomatically = true)
  @Query("update VoteCount v set v.votes = v.votes + 1 where v.roundId = :round and v.ballotRound = :ballotRound "
      + "and v.category = :category and v.unitCode = :unit")
  int count(@Param("round") Long roundId, @Param("ballotRound") int ballotRound,
      @Param("category") VoteCount.Category category, @Param("unit") String unitCode);
}
