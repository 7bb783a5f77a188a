package vn.tdkt.commendation.cluster;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.council.CouncilProcess;
import vn.tdkt.commendation.nomination.NominationProcess;

/**
 * A year-end round of Cụm 9 with its seven demo units, as people would run it: the leader starts it in
 * Tasklist, every unit head sends a sheet and votes on the ballot API, the round produces one flag
 * nomination and the merit nominations, which the unit heads endorse, the Board appraises without a
 * second cluster step, and the Council and the Chairman decide.
 */
class ClusterRoundEndToEndTest extends ClusterRoundTestBase {

  @Autowired
  private TestRestTemplate rest;

  @Autowired
  private WebApplicationContext context;

  @Test
  void yearEndRoundOfCum9EndsInAwardedFlagAndMeritCases() throws Exception {
    ProcessInstance round = startRound("YEAR_END");
    submitAll(round);
    compileAgree(round, "vks", ClusterRoundProcess.VAR_COMMENT, "Hội nghị thống nhất điểm tự chấm");

    // every head votes through the JSON API: flag pccc 6/7; merit qs 7, tand 6, bdbp 2
    for (String unit : UNITS) {
      Task ballot = unitTask(round, ClusterRoundProcess.CAST_BALLOT, unit);
      Map<String, Object> body = Map.of("flag", unit.equals("pccc") ? "thads" : "pccc",
          "merit", unit.equals("bdbp") ? List.of("qs", "bdbp") : unit.equals("ca") ? List.of("qs", "bdbp")
              : List.of("qs", "tand"));
      ResponseEntity<String> cast = rest.withBasicAuth(head(unit), "demo")
          .postForEntity("/api/cluster-ballots/" + ballot.getId(), body, String.class);
      assertEquals(204, cast.getStatusCode().value(), unit + ": " + cast.getBody());
    }
    assertThat(round).isEnded();

    List<ClusterNominee> nominees = nominees(round);
    assertEquals(List.of("pccc:CO_THI_DUA_TINH:6/7", "qs:BANG_KHEN_CHU_TICH_TINH:7/7", "tand:BANG_KHEN_CHU_TICH_TINH:5/7"),
        nominees.stream().map(n -> n.getUnitCode() + ":" + n.getAwardType() + ":" + n.getVotesFor() + "/" + n.getVotesTotal())
            .toList());
    assertEquals(1, nominees.stream().filter(n -> n.getAwardType() == AwardType.CO_THI_DUA_TINH).count());

    // the minutes page, printable, for the cluster's people
    long roundId = round(round).getId();
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    String html = mvc.perform(get("/clusters/cum9/rounds/" + roundId).with(user("head.qs").authorities(new SimpleGrantedAuthority("GROUP_unit-qs-heads"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertTrue(html.contains("Biên bản bình xét thi đua"), html);
    assertTrue(html.contains("Phòng cháy"), html);
    for (ClusterNominee n : nominees) {
      assertTrue(html.contains(n.getCaseNumber()), "minutes page lists " + n.getCaseNumber());
    }
    mvc.perform(get("/clusters/cum9/rounds/999999").with(user("nominator.thads").authorities(new SimpleGrantedAuthority("GROUP_unit-thads-nominators")))).andExpect(status().isNotFound());

    // each case: its head endorses, the cluster step is already done, the Board appraises
    Map<String, ProcessInstance> cases = new HashMap<>();
    for (ClusterNominee n : nominees) {
      CommendationCase c = caseRepository.findByCaseNumber(n.getCaseNumber()).orElseThrow();
      ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(c.getProcessInstanceId()).singleResult();
      cases.put(n.getUnitCode(), pi);
      complete(head(n.getUnitCode()), pi, NominationProcess.ENDORSE, NominationProcess.VAR_ENDORSEMENT_OUTCOME, "approve");
      assertThat(pi).isWaitingAt(NominationProcess.APPRAISE).hasNotPassed(NominationProcess.REVIEW_IN_CLUSTER);
      assertTrue(outcomes(pi).contains("clusterRoundApproved"), outcomes(pi).toString());
      complete("officer.ban", pi, NominationProcess.APPRAISE, NominationProcess.VAR_APPRAISAL_OUTCOME, "approve");
      if (n.getAwardType() == AwardType.CO_THI_DUA_TINH) {
        fireTimer(pi, NominationProcess.NOTICE_PERIOD);
      }
      assertEquals(CaseStatus.AWAITING_COUNCIL, caseOf(pi).getStatus());
    }
    // the Board sees where each case came from: the round's minutes
    String flagCase = nominees.get(0).getCaseNumber();
    String json = rest.withBasicAuth("officer.ban", "demo").getForObject("/api/cases/" + flagCase, String.class);
    assertTrue(json.contains("/clusters/cum9/rounds/" + roundId), json);
    assertTrue(json.contains("6/7"), json);

    // the Council votes and the Chairman signs one decision per award type
    ProcessInstance session = openCouncilSession(null);
    for (String member : COUNCIL) {
      Map<String, String> votes = new HashMap<>();
      nominees.forEach(n -> votes.put(n.getCaseNumber(), "approve"));
      vote(session, member, votes);
    }
    for (Task sign : tasks.createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(CouncilProcess.APPROVE_DECISION).list()) {
      as("chairman", () -> tasks.complete(sign.getId(), Map.of(CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve")));
    }
    while (tasks.createTaskQuery().processInstanceId(session.getId()).taskDefinitionKey(CouncilProcess.RECORD_NUMBER)
        .count() > 0) {
      recordNextNumber(session);
    }
    assertThat(session).isEnded();
    for (ProcessInstance pi : cases.values()) {
      assertThat(pi).isEnded().hasPassed(NominationProcess.END_AWARDED);
      CommendationCase c = caseOf(pi);
      assertEquals(CaseStatus.AWARDED, c.getStatus());
      assertNotNull(c.getDecisionNumber());
      assertEquals("lead.cum9", c.getNominatorId());
    }
    // next year's cluster belongs to vks: its head may start the next round
    assertEquals(1, identity.createUserQuery().userId("head.vks").memberOfGroup(LEADERS).count());
    assertFalse(identity.createUserQuery().userId("head.thads").memberOfGroup(LEADERS).count() > 0);
  }
}
