package vn.tdkt.commendation.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** That a member has voted in a round (public), never how (secret). */
@Entity
@Table(name = "council_voter",
    uniqueConstraints = @UniqueConstraint(columnNames = {"sessionId", "round_no", "memberId"}))
public class CouncilVoter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long sessionId;

  @Column(name = "round_no")
  private int round;

  @Column(nullable = false, length = 64)
  private String memberId;

  protected CouncilVoter() {
  }

  CouncilVoter(Long sessionId, int round, String memberId) {
    this.sessionId = sessionId;
    this.round = round;
    this.memberId = memberId;
  }

  public int getRound() {
    return round;
  }

  public String getMemberId() {
    return memberId;
  }
}
