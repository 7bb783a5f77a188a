package vn.tdkt.commendation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.commendation.WorkflowTest;

/** The models under processes/ are deployed once, under stable names, all three kinds. */
class ModelDeploymentTest extends WorkflowTest {

  @Autowired RepositoryService repository;
  @Autowired ModelDeployment deployment;

  @Test
  void everyModelIsDeployedUnderItsPathBelowProcesses() {
    Deployment latest = repository.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME)
        .orderByDeploymentTime().desc().list().get(0);
    Set<String> names = new TreeSet<>(repository.getDeploymentResources(latest.getId()).stream()
        .map(Resource::getName).toList());

    assertTrue(names.containsAll(List.of("commendation-nomination.bpmn", "council-session.bpmn",
        "award-eligibility.dmn", "forms/nomination-start.form", "forms/approve-decision.form", "forms/record-decision-number.form")), names.toString());
    assertEquals(names.size(), ModelDeployment.findModels().length);
    assertEquals(1, repository.createDecisionDefinitionQuery().decisionDefinitionKey("award-eligibility")
        .latestVersion().count());
  }

  @Test
  void aRestartWithUnchangedModelsCreatesNoNewVersion() {
    List<ProcessDefinition> before = repository.createProcessDefinitionQuery().latestVersion().list();
    long deployments = repository.createDeploymentQuery().count();

    deployment.postProcessEngineBuild(engine);

    assertEquals(deployments, repository.createDeploymentQuery().count());
    for (ProcessDefinition p : before) {
      assertEquals(p.getId(), repository.createProcessDefinitionQuery().processDefinitionKey(p.getKey())
          .latestVersion().singleResult().getId());
    }
  }

  @Test
  void everyProcessCarriesItsVersionTagAndHistoryTimeToLive() {
    // 1.1.0: deadlines in working days, reminders (issue 8); the nomination skips the cluster step for cases
    // a cluster review round started (issue 4). Issue 16: every element calls the bean named after its id
    // (nomination 1.2.0, the others 1.1.0), and the Council's number of ballot rounds is a setting
    // 1.3.0 of the nomination: the public's feedback is "phản ánh" throughout (issue 17)
    // Issue 13: the Council's minutes, the signer's approval, the clerk's register number, the issue (council 1.2.0)
    Map<String, String> versions = Map.of("commendation-nomination", "1.3.0", "council-session", "1.2.0",
        "central-award-proposal", "1.1.0", "cluster-review-round", "1.1.0");
    for (String key : versions.keySet()) {
      ProcessDefinition p = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
          .singleResult();
      assertEquals(versions.get(key), p.getVersionTag(), key);
      assertEquals(1825, p.getHistoryTimeToLive(), key);
      assertTrue(p.isStartableInTasklist(), key);
    }
  }
}
