package vn.tdkt.commendation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tdkt.commendation.central.CentralProcess;
import vn.tdkt.commendation.cluster.ClusterRoundProcess;
import vn.tdkt.commendation.council.CouncilProcess;
import vn.tdkt.commendation.nomination.CaseProcess;
import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.proposal.DecisionListProcess;
import vn.tdkt.commendation.proposal.ProposalProcess;

/**
 * The variables the input guard accepts are exactly the fields of the forms the models show: a field added
 * to a form without its constant (or the reverse) fails here, not in front of an official.
 */
class FormInputsTest {

  private static final Pattern FORM_REF = Pattern.compile(
      "<bpmn:(userTask|startEvent) id=\"([^\"]+)\"[^>]*camunda:formRef=\"([^\"]+)\"");

  @Test
  void everyUserTaskAcceptsExactlyTheFieldsOfItsForm() throws IOException {
    check("commendation-nomination.bpmn", NominationProcess.TASK_INPUTS, NominationProcess.START,
        NominationProcess.START_INPUTS, NominationProcess.VAR_INITIATOR);
    // the inputs of the earlier version's signing task stay for its running instances; its form is in their deployment
    Map<String, Set<String>> council = new HashMap<>(CouncilProcess.TASK_INPUTS);
    council.keySet().removeAll(CouncilProcess.EARLIER_VERSION_TASKS);
    check("council-session.bpmn", council, CouncilProcess.START, CouncilProcess.START_INPUTS,
        CouncilProcess.VAR_INITIATOR);
    check("cluster-review-round.bpmn", ClusterRoundProcess.TASK_INPUTS, ClusterRoundProcess.START,
        ClusterRoundProcess.START_INPUTS, ClusterRoundProcess.VAR_INITIATOR);
    check("central-award-proposal.bpmn", CentralProcess.TASK_INPUTS, CentralProcess.START, CentralProcess.START_INPUTS,
        CentralProcess.VAR_INITIATOR);
    // a thematic proposal's campaign is chosen on /proposals, not in Tasklist's start form
    check("commendation-proposal.bpmn", ProposalProcess.TASK_INPUTS, ProposalProcess.START,
        union(ProposalProcess.START_FORM_INPUTS, ProposalProcess.VAR_INITIATOR), ProposalProcess.VAR_INITIATOR);
    check("commendation-case.bpmn", CaseProcess.TASK_INPUTS, CaseProcess.START, Set.of(), null);
    // a campaign's list is started from /campaigns
    check("decision-list.bpmn", DecisionListProcess.TASK_INPUTS, DecisionListProcess.START,
        Set.of(DecisionListProcess.VAR_AWARD_TYPES, DecisionListProcess.VAR_INITIATOR), DecisionListProcess.VAR_INITIATOR);
  }

  private static Set<String> union(Set<String> a, String b) {
    Set<String> s = new TreeSet<>(a);
    s.add(b);
    return s;
  }

  @Test
  void theYearCycleProcessesAreStartedByTheProductAndTheirTasksAcceptTheirFormsFields() throws IOException {
    checkTasks("award-revocation.bpmn", vn.tdkt.commendation.revocation.RevocationProcess.TASK_INPUTS);
    checkTasks("emulation-registration.bpmn", vn.tdkt.commendation.registration.RegistrationProcess.TASK_INPUTS);
    checkTasks("emulation-covenant.bpmn", vn.tdkt.commendation.covenant.CovenantProcess.TASK_INPUTS);
  }

  /** A process the product starts from its pages: no start form at all, each user task exactly its form's fields. */
  private static void checkTasks(String model, Map<String, Set<String>> taskInputs) throws IOException {
    Map<String, Set<String>> fromForms = new HashMap<>();
    String xml = Files.readString(Path.of("processes", model));
    Matcher m = FORM_REF.matcher(xml);
    while (m.find()) {
      assertThat(m.group(1)).as("%s: a start form on %s", model, m.group(2)).isEqualTo("userTask");
      fromForms.put(m.group(2), fields(Path.of("processes", "forms", m.group(3) + ".form")));
    }
    assertThat(fromForms).as("user tasks of %s and their form fields", model).isEqualTo(taskInputs);
    assertThat(xml).as("%s is started by the product, not from Tasklist", model)
        .contains("camunda:isStartableInTasklist=\"false\"");
  }

  /** Choices, not codes: the award types a session may take are ticked by their names, the same list as the code's. */
  @Test
  void theCouncilsAwardChecklistIsTheAwardTypesByName() throws IOException {
    JsonNode form = new ObjectMapper().readTree(Path.of("processes", "forms", "council-session-start.form").toFile());
    Map<String, String> offered = new java.util.LinkedHashMap<>();
    for (JsonNode c : form.path("components")) {
      if (CouncilProcess.VAR_AWARD_TYPES.equals(c.path("key").asText())) {
        assertThat(c.path("type").asText()).isEqualTo("checklist");
        c.path("values").forEach(v -> offered.put(v.path("value").asText(), v.path("label").asText()));
      }
    }
    Map<String, String> awards = new java.util.LinkedHashMap<>();
    for (vn.tdkt.commendation.casefile.AwardType t : vn.tdkt.commendation.casefile.AwardType.values()) {
      awards.put(t.name(), t.label());
    }
    assertThat(offered).isEqualTo(awards);
  }

  /** Units are chosen by name from the round's own list (valuesKey), never from a list of one province's codes. */
  @Test
  void theClusterFormsChooseUnitsFromTheRoundsData() throws IOException {
    JsonNode form = new ObjectMapper().readTree(Path.of("processes", "forms", "compile-scores.form").toFile());
    for (JsonNode c : form.path("components")) {
      if ("select".equals(c.path("type").asText())) {
        assertThat(c.path("valuesKey").asText()).as(c.path("key").asText()).isNotEmpty();
        assertThat(c.has("values")).as(c.path("key").asText()).isFalse();
      }
    }
  }

  /** The signer leaves cases out by ticking them among the listed ones (the task's decisionCaseOptions), not by typing numbers. */
  @Test
  void theSignerTicksTheCasesToLeaveOutAmongTheListedOnes() throws IOException {
    JsonNode form = new ObjectMapper().readTree(Path.of("processes", "forms", "approve-decision.form").toFile());
    JsonNode excluded = null;
    for (JsonNode c : form.path("components")) {
      if (CouncilProcess.VAR_EXCLUDED_CASES.equals(c.path("key").asText())) {
        excluded = c;
      }
    }
    assertThat(excluded).isNotNull();
    assertThat(excluded.path("type").asText()).isEqualTo("checklist");
    assertThat(excluded.path("valuesKey").asText()).isEqualTo(CouncilProcess.VAR_DECISION_CASE_OPTIONS);
    assertThat(excluded.has("values")).isFalse();
  }

  private static void check(String model, Map<String, Set<String>> taskInputs, String startId, Set<String> startInputs,
      String initiator) throws IOException {
    Map<String, Set<String>> fromForms = new HashMap<>();
    Set<String> startFields = null;
    Matcher m = FORM_REF.matcher(Files.readString(Path.of("processes", model)));
    while (m.find()) {
      Set<String> fields = fields(Path.of("processes", "forms", m.group(3) + ".form"));
      if ("userTask".equals(m.group(1))) {
        fromForms.put(m.group(2), fields);
      } else if (startId.equals(m.group(2))) {
        startFields = fields;
      }
    }
    assertThat(fromForms).as("user tasks of %s and their form fields", model).isEqualTo(taskInputs);
    if (initiator == null) {
      assertThat(startFields).as("%s has no start form", model).isNull();
      return;
    }
    Set<String> expectedStart = new TreeSet<>(startInputs);
    expectedStart.remove(initiator);
    assertThat(startFields).as("start form of %s", model).isEqualTo(expectedStart);
  }

  private static Set<String> fields(Path form) throws IOException {
    Set<String> keys = new TreeSet<>();
    collect(new ObjectMapper().readTree(form.toFile()), keys);
    return keys;
  }

  private static void collect(JsonNode node, Set<String> keys) {
    for (JsonNode c : node.path("components")) {
      // a dynamic list submits one variable under its path (a list of its rows), not its fields' keys
      if ("dynamiclist".equals(c.path("type").asText())) {
        keys.add(c.path("path").asText());
        continue;
      }
      // form-js submits every keyed field that is not disabled (read-only ones included)
      if (c.hasNonNull("key") && !c.path("disabled").asBoolean()) {
        keys.add(c.path("key").asText());
      }
      collect(c, keys);
    }
  }
}
