package vn.tdkt.commendation.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The Camunda grants per role ({@code tdkt.security.grants}), as written in application.yml and docs/security.md. */
@ConfigurationProperties("tdkt.security")
public record GrantProperties(List<GrantConfig> grants) {

  public GrantProperties {
    grants = grants == null ? List.of() : List.copyOf(grants);
  }

  /**
   * Groups (with "*" standing for every unit or cluster), a Camunda resource name or "*" for all, a resource id
   * and permission names.
   */
  public record GrantConfig(List<String> groups, String resource, String resourceId, List<String> permissions) {
  }
}
