package vn.tdkt.commendation.cluster;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import vn.tdkt.commendation.casefile.AwardType;
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
    assertEquals(400, refused(() -> complete("head.thads", pi, NominationProcess.ENDORSE, NominationProcess.VAR_ENDORSEMENT_OUTCOME,
        "approve", NominationProcess.VAR_FROM_CLUSTER_ROUND, true)).status());
    complete("head.thads", pi, NominationProcess.ENDORSE, NominationProcess.VAR_ENDORSEMENT_OUTCOME, "approve");

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

  @Test
  void aUnitAlreadyNominatedForTheSameAwardKeepsItsCaseAndTheRoundStillCloses() {
    // the unit's own nomination for the flag, before the cluster meets
    ProcessInstance earlier = nominate("nominator.ca", flagNomination("Công an  tỉnh"));
    String caseNumber = caseOf(earlier).getCaseNumber();

    ProcessInstance round = startRound("YEAR_END");
    submitAll(round);
    compileAgree(round, "thads");
    long before = caseRepository.count();
    voteAll(round, java.util.List.of("ca", "ca", "ca", "ca", "ca", "qs", "qs"), "vks");

    assertThat(round).isEnded().hasPassed(ClusterRoundProcess.WRITE_MINUTES);
    ClusterNominee flag = nominees(round).stream().filter(n -> n.getAwardType() == AwardType.CO_THI_DUA_TINH)
        .findFirst().orElseThrow();
    assertEquals("ca", flag.getUnitCode());
    assertEquals(caseNumber, flag.getCaseNumber(), "the round's result joins the case the unit already has");
    assertEquals(before + 1, caseRepository.count(), "only the merit nomination is new");
    java.util.List<String> lines = jdbc.queryForList("select e.comment_text from case_event e join case_record c "
        + "on c.id = e.case_id where c.case_number = ? and e.outcome = 'clusterRoundResult'", String.class, caseNumber);
    assertEquals(1, lines.size(), "the case's history shows the round's result");
    assertTrue(lines.get(0).contains("bỏ phiếu kín 5/7 phiếu"), lines.get(0));
    String minutes = roundService.minutesOf(round(round).getId()).orElseThrow().getContent();
    assertTrue(minutes.contains("hồ sơ " + caseNumber), minutes);
  }
}
