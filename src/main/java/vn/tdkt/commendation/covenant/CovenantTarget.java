package vn.tdkt.commendation.covenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One target of a covenant ("chỉ tiêu") with the points it weighs in the cluster's scoring. */
@Entity
@Table(name = "covenant_target")
public class CovenantTarget {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "covenant_id")
  private Covenant covenant;

  private int ordinal;

  @Column(nullable = false, length = 300)
  private String name;

  private int maxPoints;

  protected CovenantTarget() {
  }

  CovenantTarget(String name, int maxPoints) {
    this.name = name;
    this.maxPoints = maxPoints;
  }

  void attach(Covenant covenant, int ordinal) {
    this.covenant = covenant;
    this.ordinal = ordinal;
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
