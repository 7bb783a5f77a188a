package vn.tdkt.commendation.organisation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** Which unit leads a cluster in a year, as elected at the previous year-end round. */
@Entity
@Table(name = "cluster_leadership", uniqueConstraints = @UniqueConstraint(columnNames = {"clusterCode", "termYear"}))
public class ClusterLeadership {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 32)
  private String clusterCode;

  private int termYear;

  @Column(nullable = false, length = 32)
  private String unitCode;

  @Column(length = 200)
  private String source;

  @Column(nullable = false)
  private Instant recordedAt;

  protected ClusterLeadership() {
  }

  ClusterLeadership(String clusterCode, int termYear, String unitCode, String source, Instant recordedAt) {
    this.clusterCode = clusterCode;
    this.termYear = termYear;
    this.unitCode = unitCode;
    this.source = source;
    this.recordedAt = recordedAt;
  }

  void change(String unitCode, String source, Instant at) {
    this.unitCode = unitCode;
    this.source = source;
    this.recordedAt = at;
  }

  public String getClusterCode() {
    return clusterCode;
  }

  public int getTermYear() {
    return termYear;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getSource() {
    return source;
  }
}
