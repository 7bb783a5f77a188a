package vn.tdkt.commendation.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** The points a unit gives itself on one criterion. */
@Entity
@Table(name = "cluster_self_score",
    uniqueConstraints = @UniqueConstraint(columnNames = {"roundId", "unitCode", "criterionId"}))
public class SelfScore {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long roundId;

  @Column(nullable = false, length = 32)
  private String unitCode;

  @Column(nullable = false)
  private Long criterionId;

  private int points;

  protected SelfScore() {
  }

  SelfScore(Long roundId, String unitCode, Long criterionId, int points) {
    this.roundId = roundId;
    this.unitCode = unitCode;
    this.criterionId = criterionId;
    this.points = points;
  }

  void points(int points) {
    this.points = points;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public Long getCriterionId() {
    return criterionId;
  }

  public int getPoints() {
    return points;
  }
}
