package vn.tdkt.commendation.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.UniqueConstraint;

/**
 * The secret ballot's count for one candidate unit, one category and one ballot round: a counter and
 * nothing else, so the tally can be checked against the number of ballots but never traced to a voter.
 * The rows of a ballot round are its candidates.
 */
@Entity
@Table(name = "cluster_vote_count",
    uniqueConstraints = @UniqueConstraint(columnNames = {"roundId", "ballotRound", "category", "unitCode"}))
public class VoteCount {

  public enum Category {
    FLAG, MERIT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long roundId;

  private int ballotRound;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 8)
  private Category category;

  @Column(nullable = false, length = 32)
  private String unitCode;

  private int votes;

  protected VoteCount() {
  }

  VoteCount(Long roundId, int ballotRound, Category category, String unitCode) {
    this.roundId = roundId;
    this.ballotRound = ballotRound;
    this.category = category;
    this.unitCode = unitCode;
  }

  public int getBallotRound() {
    return ballotRound;
  }

  public Category getCategory() {
    return category;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public int getVotes() {
    return votes;
  }
}
