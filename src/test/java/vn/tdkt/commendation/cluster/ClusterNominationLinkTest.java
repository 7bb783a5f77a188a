package vn.tdkt.commendation.cluster;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import vn.tdkt.commendation.nomination.NominationProcess;

/**
 * Only a nomination the round itself started skips the cluster step: the link is the round's JPA
 * record, so neither a start variable nor a variable written while working a task can fake it.
 */
class ClusterNominationLinkTest extends ClusterRoundTestBase {

  @Test
  void aSignedInNominatorCannotClaimToComeFromARound() {
    Map<String, Object> v = flagNomination("Cục Thi hành án dân sự tỉnh");
    v.put(NominationProcess.VAR_ROUND_NOMINEE, 1L);
    long before = caseRepository.count();
    assertEquals(400, refused(() -> nominate("nominator.thads", v)).status(), "a variable no start form has");
    assertEquals(before, caseRepository.count());
    v.remove(NominationProcess.VAR_ROUND_NOMINEE);
    ProcessInstance pi = nominate("nominator.thads", v);
    assertEquals("nominator.thads", caseOf(pi).getNominatorId());

    // nor can the unit head, by completing the endorsement with the gateway's variable
    assertEquals(400, refused(() -> complete("head.thads", pi, NominationProcess.ENDORSE, "endorsementOutcome",
        "approve", NominationProcess.VAR_FROM_CLUSTER_ROUND, true)).status());
    complete("head.thads", pi, NominationProcess.ENDORSE, "endorsementOutcome", "approve");

    assertThat(pi).isWaitingAt(NominationProcess.REVIEW_IN_CLUSTER).hasPassed(NominationProcess.CHECK_CLUSTER_ROUND);
    assertEquals(false, runtime.getVariable(pi.getId(), NominationProcess.VAR_FROM_CLUSTER_ROUND));
  }

  @Test
  void aStartOnARoundsBehalfMustMatchTheRoundsNomineeRecord() {
    ProcessInstance round = startRound("YEAR_END");
    submitAll(round);
    compileAgree(round, "thads");
    voteAll(round, java.util.List.of("ca", "ca", "ca", "ca", "ca", "qs", "qs"));
    ClusterNominee flag = nominees(round).get(0);

    // the same nominee row a second time, or for another unit: refused before anything is created
    long before = caseRepository.count();
    Map<String, Object> again = new HashMap<>(flagNomination("Công an tỉnh"));
    again.put(NominationProcess.VAR_INITIATOR, LEADER);
    again.put(NominationProcess.VAR_UNIT, "ca");
    again.put(NominationProcess.VAR_ROUND_NOMINEE, flag.getId());
    assertEquals(403, refused(() -> runtime.startProcessInstanceByKey(NominationProcess.KEY, again)).status());
    again.put(NominationProcess.VAR_UNIT, "qs");
    again.put(NominationProcess.VAR_NOMINEE_NAME, "Bộ Chỉ huy Quân sự tỉnh");
    assertEquals(403, refused(() -> runtime.startProcessInstanceByKey(NominationProcess.KEY, again)).status());
    assertEquals(before, caseRepository.count());
  }
}
