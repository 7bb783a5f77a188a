package vn.tdkt.commendation.cluster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// The cluster package's repositories, kept in one file because each is a line or two.

interface CriterionRepository extends JpaRepository<Criterion, Long> {

  List<Criterion> findByClusterCodeAndEmulationYearOrderByOrdinal(String clusterCode, int emulationYear);

  void deleteByClusterCodeAndEmulationYear(String clusterCode, int emulationYear);
}

interface ClusterRoundRepository extends JpaRepository<ClusterRound, Long> {

  Optional<ClusterRound> findByProcessInstanceId(String processInstanceId);

  boolean existsByClusterCodeAndEmulationYearAndKind(String clusterCode, int emulationYear, RoundKind kind);

  boolean existsByClusterCodeAndEmulationYear(String clusterCode, int emulationYear);

  List<ClusterRound> findByClusterCodeOrderByIdDesc(String clusterCode);
}

interface RoundMemberRepository extends JpaRepository<RoundMember, Long> {

  List<RoundMember> findByRoundIdOrderByUnitCode(Long roundId);

  Optional<RoundMember> findByRoundIdAndUnitCode(Long roundId, String unitCode);

  Optional<RoundMember> findBySheetTaskId(String taskId);
}

interface SelfScoreRepository extends JpaRepository<SelfScore, Long> {

  List<SelfScore> findByRoundId(Long roundId);

  Optional<SelfScore> findByRoundIdAndUnitCodeAndCriterionId(Long roundId, String unitCode, Long criterionId);
}

interface BallotSheetRepository extends JpaRepository<BallotSheet, Long> {

  Optional<BallotSheet> findByTaskId(String taskId);

  List<BallotSheet> findByRoundIdOrderByBallotRoundAscUnitCodeAsc(Long roundId);

  long countByRoundIdAndBallotRoundAndVotedTrue(Long roundId, int ballotRound);
}

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

interface ClusterNomineeRepository extends JpaRepository<ClusterNominee, Long> {

  List<ClusterNominee> findByRoundIdOrderById(Long roundId);

  Optional<ClusterNominee> findByCaseNumber(String caseNumber);
}

interface ClusterMinutesRepository extends JpaRepository<ClusterMinutes, Long> {

  Optional<ClusterMinutes> findByRoundId(Long roundId);
}
