package vn.tdkt.commendation.council;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BallotTallyRepository extends JpaRepository<BallotTally, Long> {

  List<BallotTally> findBySessionIdAndRoundOrderByCaseNumber(Long sessionId, int round);

  /**
   * One ballot sheet's votes on the listed cases, in one statement: one approval more for the cases in
   * {@code approved}, one rejection more for the others. Counted in the database, so concurrent ballots never
   * lose a vote; a single statement takes its row locks in one scan order, so two members voting at the same
   * moment queue behind each other instead of deadlocking (two statements — approvals, then rejections —
   * would lock the rows in an order that depends on each sheet). {@code approved} must not be empty.
   */
  @Modifying(flushAutomatically = true)
  @Query("update BallotTally t set "
      + "t.approvals = t.approvals + case when t.caseNumber in :approved then 1 else 0 end, "
      + "t.rejections = t.rejections + case when t.caseNumber in :approved then 0 else 1 end "
      + "where t.sessionId = :session and t.round = :round and t.caseNumber in :caseNumbers")
  int count(@Param("session") Long sessionId, @Param("round") int round,
      @Param("caseNumbers") Collection<String> caseNumbers, @Param("approved") Collection<String> approved);

  /** A sheet that rejects every listed case (so there is no approval to name in {@link #count}). */
  @Modifying(flushAutomatically = true)
  @Query("update BallotTally t set t.rejections = t.rejections + 1 "
      + "where t.sessionId = :session and t.round = :round and t.caseNumber in :caseNumbers")
  int rejectAll(@Param("session") Long sessionId, @Param("round") int round,
      @Param("caseNumbers") Collection<String> caseNumbers);
}
