package vn.tdkt.commendation.council;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BallotTallyRepository extends JpaRepository<BallotTally, Long> {

  List<BallotTally> findBySessionIdAndRoundOrderByCaseNumber(Long sessionId, int round);

  /** Counted in the database, so concurrent ballots never lose a vote. */
  @Modifying(flushAutomatically = true)
  @Query("update BallotTally t set t.approvals = t.approvals + :approve, t.rejections = t.rejections + :reject "
      + "where t.sessionId = :session and t.round = :round and t.caseNumber = :caseNumber")
  int count(@Param("session") Long sessionId, @Param("round") int round, @Param("caseNumber") String caseNumber,
      @Param("approve") int approve, @Param("reject") int reject);
}
