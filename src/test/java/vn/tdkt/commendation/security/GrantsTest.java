package vn.tdkt.commendation.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.commendation.WorkflowTest;

/**
 * The Camunda grants of docs/security.md are exactly tdkt.security.grants, and the engine holds every one
 * of them after start-up, expanded over the configured units and clusters, without duplicates on a restart.
 */
class GrantsTest extends WorkflowTest {

  @Autowired GrantProperties properties;
  @Autowired AuthorizationSetup setup;
  @Autowired AuthorizationService authorizations;

  @Test
  void theTableInTheDocIsTheConfiguration() throws IOException {
    String doc = Files.readString(Path.of("docs/security.md"), StandardCharsets.UTF_8);
    String table = doc.substring(doc.indexOf("<!-- grants:start -->"), doc.indexOf("<!-- grants:end -->"));
    List<String> documented = table.lines().map(String::strip).filter(l -> l.startsWith("|")).skip(2)
        .map(GrantsTest::normalised).toList();
    List<String> configured = properties.grants().stream()
        .map(g -> String.join(",", g.groups()) + " | " + g.resource() + " | " + g.resourceId() + " | "
            + String.join(",", g.permissions()))
        .toList();
    assertThat(documented).isEqualTo(configured);
  }

  private static String normalised(String row) {
    List<String> cols = Arrays.stream(row.substring(1, row.length() - 1).split("\\|")).map(String::strip).toList();
    String resource = cols.get(1).replace("`", "").split(" ")[0];
    return cols.get(0).replace("`", "").replace(" ", "") + " | " + resource + " | " + cols.get(2).replace("`", "")
        + " | " + cols.get(3).replace(" ", "");
  }

  @Test
  void theEngineHoldsEveryGrantForEveryUnitAndARestartAddsNothing() {
    long before = authorizations.createAuthorizationQuery().count();
    setup.setUp();
    assertThat(authorizations.createAuthorizationQuery().count()).as("idempotent").isEqualTo(before);

    List<AuthorizationSetup.Grant> grants = setup.grants();
    assertThat(grants).extracting(AuthorizationSetup.Grant::groupId)
        .contains("unit-thads-nominators", "unit-pccc-heads", "unit-ca-nominators", "cluster-cum9-leaders")
        .doesNotContain("unit-*-nominators");
    for (AuthorizationSetup.Grant grant : grants) {
      Authorization a = authorizations.createAuthorizationQuery().groupIdIn(grant.groupId())
          .resourceType(grant.resource()).resourceId(grant.resourceId())
          .authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
      assertThat(a).as("grant %s", grant).isNotNull();
      for (Permission p : grant.permissions()) {
        assertThat(a.isPermissionGranted(p)).as("%s on %s", p, grant).isTrue();
      }
    }
    // what the configuration says, e.g. a unit's nominators may start nominations and nothing else may
    assertThat(authorizations.isUserAuthorized("nominator.ca", List.of("unit-ca-nominators"),
        org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        "commendation-nomination")).isTrue();
    assertThat(authorizations.isUserAuthorized("head.ca", List.of("unit-ca-heads"),
        org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
        "commendation-nomination")).isFalse();
  }

  @Test
  void aStarStandsForEveryUnitOrClusterAndNothingElse() {
    assertThat(AuthorizationSetup.expand("unit-*-heads", List.of("a", "b"), List.of("c")))
        .containsExactly("unit-a-heads", "unit-b-heads");
    assertThat(AuthorizationSetup.expand("cluster-*-leaders", List.of("a"), List.of("c")))
        .containsExactly("cluster-c-leaders");
    assertThat(AuthorizationSetup.expand("chairman", List.of("a"), List.of("c"))).containsExactly("chairman");
    assertThatThrownBy(() -> AuthorizationSetup.expand("board-*", List.of("a"), List.of("c")))
        .hasMessageContaining("only unit-*-");
  }
}
