package vn.tdkt.commendation.organisation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The province's clusters and units, from configuration: adding a unit is a configuration change. */
@ConfigurationProperties(prefix = "tdkt.organisation")
public record OrganisationProperties(String province, List<ClusterConfig> clusters) {

  public OrganisationProperties {
    clusters = clusters == null ? List.of() : clusters;
  }

  public record ClusterConfig(String code, String name, String leaderUnit, List<UnitConfig> units) {
    public ClusterConfig {
      units = units == null ? new ArrayList<>() : units;
    }
  }

  public record UnitConfig(String code, String name) {
  }
}
