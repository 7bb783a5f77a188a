package vn.tdkt.commendation.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A unit's ballot task in a ballot round and whether it has voted (public), never how (secret). The
 * unit is fixed when the task is created, so variables written while working the task cannot change it.
 */
@Entity
@Table(name = "cluster_ballot_sheet",
    uniqueConstraints = @UniqueConstraint(columnNames = {"roundId", "ballotRound", "unitCode"}))
public class BallotSheet {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long roundId;

  private int ballotRound;

  @Column(nullable = false, length = 32)
  private String unitCode;

  @Column(nullable = false, unique = true, length = 64)
  private String taskId;

  private boolean voted;

  protected BallotSheet() {
  }

  BallotSheet(Long roundId, int ballotRound, String unitCode, String taskId) {
    this.roundId = roundId;
    this.ballotRound = ballotRound;
    this.unitCode = unitCode;
    this.taskId = taskId;
  }

  void cast() {
    voted = true;
  }

  public Long getRoundId() {
    return roundId;
  }

  public int getBallotRound() {
    return ballotRound;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getTaskId() {
    return taskId;
  }

  public boolean isVoted() {
    return voted;
  }
}
