package vn.tdkt.commendation.council;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.casefile.CaseStatus;

/**
 * A province-sized session: 60 cases of one award. The list shown to the Chairman must fit Camunda's
 * 4000-character String variable (on PostgreSQL and H2 a longer one failed the step that creates the
 * signing task), and the decision still covers every case, because the list signed is the session record.
 */
class LargeSessionTest extends WorkflowTest {

  @Test
  void theChairmanSignsAListOf60CasesAndEveryCaseIsAwarded() {
    List<ProcessInstance> nominations = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      nominations.add(nominatedAndAppraised(meritNomination("Lê Văn Đông Đủ " + i)));
    }
    ProcessInstance session = openCouncilSession(null);
    Map<String, String> votes = new LinkedHashMap<>();
    nominations.forEach(pi -> votes.put(caseOf(pi).getCaseNumber(), "approve"));
    COUNCIL.forEach(member -> vote(session, member, votes));

    Task sign = tasks.createTaskQuery().processInstanceId(session.getId()).taskDefinitionKey(CouncilProcess.APPROVE_DECISION)
        .singleResult();
    String shown = (String) tasks.getVariable(sign.getId(), CouncilProcess.VAR_DECISION_CASES);
    assertTrue(shown.length() <= 4000, "fits the variable: " + shown.length());
    assertTrue(shown.contains(caseOf(nominations.get(0)).getCaseNumber()), shown);
    assertTrue(shown.contains("hồ sơ khác (tổng 60 hồ sơ"), shown);

    as("chairman", () -> tasks.complete(sign.getId(), Map.of(CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve")));
    recordNextNumber(session);
    assertThat(session).isEnded();
    for (ProcessInstance pi : nominations) {
      assertEquals(CaseStatus.AWARDED, caseOf(pi).getStatus());
      assertEquals("01/QĐ-UBND", caseOf(pi).getDecisionNumber());
    }
  }
}
