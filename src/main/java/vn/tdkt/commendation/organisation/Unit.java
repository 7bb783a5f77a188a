package vn.tdkt.commendation.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member unit of a cluster: the body that nominates. */
@Entity
@Table(name = "org_unit")
public class Unit {

  @Id
  @Column(length = 32)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 32)
  private String clusterCode;

  protected Unit() {
  }

  Unit(String code, String name, String clusterCode) {
    this.code = code;
    this.name = name;
    this.clusterCode = clusterCode;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getClusterCode() {
    return clusterCode;
  }

  void update(String name, String clusterCode) {
    this.name = name;
    this.clusterCode = clusterCode;
  }
}
