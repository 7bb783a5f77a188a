package vn.tdkt.commendation.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An emulation cluster ("cụm thi đua"); its leader unit changes yearly. */
@Entity
@Table(name = "org_cluster")
public class Cluster {

  @Id
  @Column(length = 32)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 32)
  private String leaderUnitCode;

  protected Cluster() {
  }

  Cluster(String code, String name, String leaderUnitCode) {
    this.code = code;
    this.name = name;
    this.leaderUnitCode = leaderUnitCode;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getLeaderUnitCode() {
    return leaderUnitCode;
  }

  void update(String name, String leaderUnitCode) {
    this.name = name;
    this.leaderUnitCode = leaderUnitCode;
  }
}
