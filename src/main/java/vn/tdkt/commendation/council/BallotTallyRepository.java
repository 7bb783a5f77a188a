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
   * One approval more for each of the cases. Counted in the database, so concurrent ballots never lose a vote;
   * one statement for a whole ballot sheet rather than one per case.
   */
  @Modifying(flushAutomatically = true)
  @Query("update BallotTally t set t.approvals = t.approvals + 1 "
      + "where t.sessionId = :session and t.round = :round and t.caseNumber in :caseNumbers")
  int approve(@Param("session") Long sessionId, @Param("round") int round,
      @Param("caseNumbers") Collection<String> caseNumbers);

  /** One rejection more for each of the cases, as {@link #approve}. */
  @Modifying(flushAutomatically = true)
  @Query("update BallotTally t set t.rejections = t.rejections + 1 "
      + "where t.sessionId = :session and t.round = :round and t.caseNumber in :caseNumbers")
  int reject(@Param("session") Long sessionId, @Param("round") int round,
      @Param("caseNumbers") Collection<String> caseNumbers);
}
