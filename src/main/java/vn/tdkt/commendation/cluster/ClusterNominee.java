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

import vn.tdkt.commendation.casefile.AwardType;

/**
 * A nominee the round's ballot produced, and the nomination case started for it: the link between the
 * round and the case, both ways (round → cases by round, case → round by case number).
 */
@Entity
@Table(name = "cluster_nominee")
public class ClusterNominee {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long roundId;

  @Column(nullable = false, length = 32)
  private String unitCode;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private AwardType awardType;

  private int votesFor;

  private int votesTotal;

  @Column(unique = true, length = 20)
  private String caseNumber;

  protected ClusterNominee() {
  }

  ClusterNominee(Long roundId, String unitCode, AwardType awardType, int votesFor, int votesTotal) {
    this.roundId = roundId;
    this.unitCode = unitCode;
    this.awardType = awardType;
    this.votesFor = votesFor;
    this.votesTotal = votesTotal;
  }

  void linkCase(String caseNumber) {
    this.caseNumber = caseNumber;
  }

  public Long getId() {
    return id;
  }

  public Long getRoundId() {
    return roundId;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public AwardType getAwardType() {
    return awardType;
  }

  public int getVotesFor() {
    return votesFor;
  }

  public int getVotesTotal() {
    return votesTotal;
  }

  public String getCaseNumber() {
    return caseNumber;
  }
}
