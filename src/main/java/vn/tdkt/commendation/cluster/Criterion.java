package vn.tdkt.commendation.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** One scoring criterion of a cluster for a year, with its maximum points. */
@Entity
@Table(name = "cluster_criterion",
    uniqueConstraints = @UniqueConstraint(columnNames = {"clusterCode", "emulationYear", "ordinal"}))
public class Criterion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 32)
  private String clusterCode;

  private int emulationYear;

  private int ordinal;

  @Column(nullable = false, length = 300)
  private String name;

  private int maxPoints;

  protected Criterion() {
  }

  Criterion(String clusterCode, int emulationYear, int position, String name, int maxPoints) {
    this.clusterCode = clusterCode;
    this.emulationYear = emulationYear;
    this.ordinal = position;
    this.name = name;
    this.maxPoints = maxPoints;
  }

  public Long getId() {
    return id;
  }

  public String getClusterCode() {
    return clusterCode;
  }

  public int getEmulationYear() {
    return emulationYear;
  }

  public int getOrdinal() {
    return ordinal;
  }

  public String getName() {
    return name;
  }

  public int getMaxPoints() {
    return maxPoints;
  }
}
