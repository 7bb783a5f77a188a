package vn.tdkt.commendation.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * The secret ballot's count for one case in one round: two counters and nothing else. No voter, no
 * time, no order is kept, so the tally can be checked against the number of voters but never traced
 * back to a member.
 */
@Entity
@Table(name = "council_ballot_tally",
    uniqueConstraints = @UniqueConstraint(columnNames = {"sessionId", "round_no", "caseNumber"}))
public class BallotTally {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long sessionId;

  @Column(name = "round_no")
  private int round;

  @Column(nullable = false, length = 20)
  private String caseNumber;

  private int approvals;

  private int rejections;

  protected BallotTally() {
  }

  BallotTally(Long sessionId, int round, String caseNumber) {
    this.sessionId = sessionId;
    this.round = round;
    this.caseNumber = caseNumber;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public int getRound() {
    return round;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public int getApprovals() {
    return approvals;
  }

  public int getRejections() {
    return rejections;
  }
}
