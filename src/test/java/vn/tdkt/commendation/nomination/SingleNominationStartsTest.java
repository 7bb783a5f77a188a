package vn.tdkt.commendation.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.problem.Refusal;

/**
 * New work arrives as proposals: with tdkt.nomination.single-starts off (the default; the test profile turns it on
 * for the single-nominee process's own tests) Tasklist no longer offers a unit's nominator the single-nominee
 * process, the engine refuses its start, and the product refuses it too where the grant is still there.
 */
class SingleNominationStartsTest extends WorkflowTest {

  @Autowired NominationSettings settings;
  @Autowired SingleNominationStarts starts;
  @Autowired RepositoryService repository;
  @Autowired org.camunda.bpm.engine.AuthorizationService authorizations;

  @AfterEach
  void asTheTestProfileSays() {
    settings.setSingleStarts(true);
    starts.apply();
  }

  List<String> startableInTasklist(String user) {
    return as(user, () -> repository.createProcessDefinitionQuery().startableInTasklist().startablePermissionCheck()
        .latestVersion().active().list()).stream().map(ProcessDefinition::getKey).toList();
  }

  boolean mayStart(String user, String group) {
    return authorizations.isUserAuthorized(user, List.of(group), Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, NominationProcess.KEY);
  }

  @Test
  void offTheNominatorsStartProposalsOnlyAndRunningNominationsStayReadable() {
    String running = nominate("nominator.ca", meritNomination("Đang chạy")).getId();
    assertThat(startableInTasklist("nominator.ca")).contains(NominationProcess.KEY, "commendation-proposal");

    settings.setSingleStarts(false);
    // where the grant is still there (before the start-up step ran), the product refuses the start itself
    Refusal refusal = Refusal.findIn(assertThrows(RuntimeException.class,
        () -> nominate("nominator.ca", meritNomination("Nguyễn Văn Mới"))));
    assertThat(refusal).isNotNull();
    assertThat(refusal.status()).isEqualTo(403);
    assertThat(refusal.getMessage()).contains("tờ trình");
    assertThat(caseRepository.findAll()).extracting(c -> c.getNomineeName()).doesNotContain("Nguyễn Văn Mới");

    starts.apply();
    assertThat(mayStart("nominator.ca", "unit-ca-nominators")).isFalse();
    assertThat(mayStart("nominator.thads", "unit-thads-nominators")).isFalse();
    assertThat(startableInTasklist("nominator.ca")).doesNotContain(NominationProcess.KEY).contains("commendation-proposal");
    assertThrows(AuthorizationException.class, () -> nominate("nominator.ca", meritNomination("Trần Thị Mới")));
    // the instance already running goes on, and its unit still reads it
    assertThat(authorizations.isUserAuthorized("nominator.ca", List.of("unit-ca-nominators"), Permissions.READ,
        Resources.PROCESS_DEFINITION, NominationProcess.KEY)).isTrue();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(running).count()).isEqualTo(1);

    // applied again: nothing more changes; switched back on, the grant returns
    starts.apply();
    settings.setSingleStarts(true);
    starts.apply();
    assertThat(mayStart("nominator.ca", "unit-ca-nominators")).isTrue();
  }
}
