package vn.tdkt.commendation.council;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import vn.tdkt.commendation.CommendationApplication;
import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.casefile.CaseStage;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.problem.Refusal;

/**
 * Every path of the CouncilProcess.KEY process: opening (refused, filtered), the secret ballot, the
 * quorum and the voting deadline over two rounds, the approval thresholds, and the Chairman's decisions
 * (approve with a generated or typed number, exclude, reject). Each test checks the case records as a
 * user reads them (status, stage, decision, reason, history) and where the processes stand.
 */
class CouncilSessionProcessTest extends WorkflowTest {

  @org.springframework.beans.factory.annotation.Autowired org.camunda.bpm.engine.RepositoryService repository;

  private static final String MERIT = "BANG_KHEN_CHU_TICH_TINH";
  private static final String FIGHTER = "CHIEN_SI_THI_DUA_TINH";
  private static final ZoneId VIETNAM = ZoneId.of(CommendationApplication.ZONE);

  // ---------------------------------------------------------------- 1. opening with nothing to decide

  @Test
  void openingWithNoCaseWaitingIsRefusedAndCreatesNothing() {
    // a case that is still being appraised is not waiting for the Council
    ProcessInstance notYet = nominate("nominator.thads", meritNomination("Lê Văn Chưa Xong"));

    long sessionsInHistory = history.createHistoricProcessInstanceQuery().processDefinitionKey(CouncilProcess.KEY)
        .count();

    Refusal refusal = assertThrows(Refusal.class, () -> openCouncilSession(null));

    assertEquals(400, refusal.status());
    assertEquals(0, runtime.createProcessInstanceQuery().processDefinitionKey(CouncilProcess.KEY).count());
    assertEquals(sessionsInHistory, history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(CouncilProcess.KEY).count());
    assertEquals(0, count("council_session"));
    assertEquals(0, count("council_session_case"));
    assertEquals(0, count("council_ballot_tally"));
    assertEquals(CaseStatus.IN_PROGRESS, caseOf(notYet).getStatus());
    assertNull(caseOf(notYet).getCouncilSessionId());
  }

  // ---------------------------------------------------------------- 2. the award type filter

  @Test
  void awardTypeFilterTakesOnlyMatchingWaitingCases() {
    ProcessInstance merit = nominatedAndAppraised(meritNomination("Nguyễn Thị Lọc Một"));
    ProcessInstance fighter = nominatedAndAppraised(fighterNomination("Trần Văn Lọc Hai"));
    assertEquals(CaseStatus.AWAITING_COUNCIL, caseOf(merit).getStatus());
    assertEquals(CaseStatus.AWAITING_COUNCIL, caseOf(fighter).getStatus());

    ProcessInstance session = openCouncilSession(FIGHTER);

    assertThat(session).isWaitingAt(CouncilProcess.CAST_BALLOT);
    assertEquals(CaseStatus.IN_COUNCIL, caseOf(fighter).getStatus());
    assertEquals(sessionId(session), caseOf(fighter).getCouncilSessionId());
    assertEquals(CaseStatus.AWAITING_COUNCIL, caseOf(merit).getStatus());
    assertNull(caseOf(merit).getCouncilSessionId());
    assertEquals(List.of(number(fighter)), sessionCaseNumbers(session));
    assertEquals(FIGHTER, sessionRow(session).get("award_type_filter"));
    assertTrue(outcomes(fighter).contains("takenIntoSession"));
    assertFalse(outcomes(merit).contains("takenIntoSession"));

    // the ballot is about the fighter alone: a vote on the merit case is not on this list
    Task ballot = ballotTask(session, "council.1");
    Map<String, String> withMerit = votes("approve", fighter, merit);
    Refusal offList = refusal(() -> as("council.1", () -> ballots.cast(ballot.getId(), "council.1", withMerit)));
    assertEquals(400, offList.status());
  }

  @Test
  void awardTypesTickedOnTheStartFormArriveAsAJsonListAndFilterTheSameWay() {
    ProcessInstance merit = nominatedAndAppraised(meritNomination("Nguyễn Thị Chọn Một"));
    ProcessInstance fighter = nominatedAndAppraised(fighterNomination("Trần Văn Chọn Hai"));

    // Tasklist sends a checklist as a JSON array
    ProcessInstance session = as("head.ban", () -> runtime.startProcessInstanceByKey(CouncilProcess.KEY,
        Map.of(CouncilProcess.VAR_AWARD_TYPES, org.camunda.spin.plugin.variable.SpinValues
            .jsonValue("[\"CHIEN_SI_THI_DUA_TINH\"]").create())));

    assertEquals(List.of(number(fighter)), sessionCaseNumbers(session));
    assertEquals(CaseStatus.AWAITING_COUNCIL, caseOf(merit).getStatus());
    Refusal unknown = refusal(() -> as("head.ban", () -> runtime.startProcessInstanceByKey(CouncilProcess.KEY,
        Map.of(CouncilProcess.VAR_AWARD_TYPES, org.camunda.spin.plugin.variable.SpinValues
            .jsonValue("[\"BANG_KHEN_THU_TUONG\"]").create()))));
    assertEquals(CouncilProcess.VAR_AWARD_TYPES, unknown.field());
  }

  @Test
  void awardTypeFilterWithSeveralTypesAndAnInvalidTypeIsRefused() {
    ProcessInstance merit = nominatedAndAppraised(meritNomination("Phạm Thị Lọc Ba"));
    ProcessInstance fighter = nominatedAndAppraised(fighterNomination("Hoàng Văn Lọc Bốn"));

    long sessionsInHistory = history.createHistoricProcessInstanceQuery().processDefinitionKey(CouncilProcess.KEY)
        .count();
    Refusal invalid = refusal(() -> openCouncilSession("CHIEN_SI_THI_DUA_TINH,KHONG_CO_HINH_THUC_NAY"));
    assertEquals(400, invalid.status());
    assertEquals(CouncilProcess.VAR_AWARD_TYPES, invalid.field());
    assertEquals(0, runtime.createProcessInstanceQuery().processDefinitionKey(CouncilProcess.KEY).count());
    assertEquals(sessionsInHistory, history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(CouncilProcess.KEY).count());
    assertEquals(0, count("council_session"));
    assertEquals(CaseStatus.AWAITING_COUNCIL, caseOf(fighter).getStatus());

    // a filter that matches no waiting case is refused too
    Refusal noneMatching = refusal(() -> openCouncilSession("CO_THI_DUA_TINH"));
    assertEquals(400, noneMatching.status());
    assertEquals(0, count("council_session"));

    ProcessInstance session = openCouncilSession(" BANG_KHEN_CHU_TICH_TINH , CHIEN_SI_THI_DUA_TINH ");
    assertEquals(List.of(number(merit), number(fighter)), sessionCaseNumbers(session));
    assertEquals(CaseStatus.IN_COUNCIL, caseOf(merit).getStatus());
    assertEquals(CaseStatus.IN_COUNCIL, caseOf(fighter).getStatus());
  }

  // ---------------------------------------------------------------- 3. the happy path

  @Test
  void allApproveThenChairmanSignsOneDecisionPerAwardTypeWithGeneratedNumbers() {
    ProcessInstance meritA = nominatedAndAppraised(meritNomination("Vũ Thị Thuận An"));
    ProcessInstance meritB = nominatedAndAppraised(meritNomination("Đặng Văn Thuận Bình"));
    ProcessInstance fighter = nominatedAndAppraised(fighterNomination("Bùi Thị Thuận Chiến"));

    ProcessInstance session = openCouncilSession(null);

    assertThat(session).isStarted().isWaitingAt(CouncilProcess.CAST_BALLOT);
    assertEquals("head.ban", sessionRow(session).get("started_by"));
    assertEquals("VOTING", sessionRow(session).get("status"));
    assertEquals(COUNCIL.size(), openBallots(session).size());
    for (String member : COUNCIL) {
      assertNotNull(ballotTask(session, member), member + " should have a ballot");
    }
    for (ProcessInstance c : List.of(meritA, meritB, fighter)) {
      assertEquals(CaseStatus.IN_COUNCIL, caseOf(c).getStatus());
      assertEquals(CaseStage.COUNCIL, caseOf(c).getStage());
      assertEquals(sessionId(session), caseOf(c).getCouncilSessionId());
    }

    Map<String, String> allApprove = votes("approve", meritA, meritB, fighter);
    for (String member : COUNCIL) {
      vote(session, member, allApprove);
    }

    // quorum reached, everything passed: one list to sign per award type, for the Chairman
    List<Task> toSign = signTasks(session);
    assertEquals(2, toSign.size());
    for (Task t : toSign) {
      assertThat(t).hasCandidateGroup("chairman").isNotAssigned();
    }
    assertEquals(Set.of(MERIT, FIGHTER), Set.of(awardOf(toSign.get(0)), awardOf(toSign.get(1))));
    String meritList = (String) tasks.getVariable(signTask(session, MERIT).getId(), CouncilProcess.VAR_DECISION_CASES);
    assertTrue(meritList.contains(number(meritA)) && meritList.contains(number(meritB)), meritList);
    assertFalse(meritList.contains(number(fighter)), meritList);
    assertTrue(meritList.contains("7/7"), meritList);
    assertEquals("DECIDING", sessionRow(session).get("status"));
    assertEquals(List.of("PASSED", "PASSED", "PASSED"), sessionResults(session));
    for (ProcessInstance c : List.of(meritA, meritB, fighter)) {
      assertEquals(CaseStatus.IN_COUNCIL, caseOf(c).getStatus());
      assertTrue(outcomes(c).contains("councilPassed"), outcomes(c).toString());
      assertThat(c).isWaitingAt(NominationProcess.AWAIT_COUNCIL);
    }

    sign(session, MERIT, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve");
    // approved: the merit list waits for its number from the register, the fighter's for its signature
    assertEquals(1, signTasks(session).size());
    assertThat(session).isWaitingAt(CouncilProcess.APPROVE_DECISION, CouncilProcess.RECORD_NUMBER);
    assertEquals(CaseStatus.IN_COUNCIL, caseOf(meritA).getStatus());
    recordNextNumber(session);
    sign(session, FIGHTER, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve");
    recordNextNumber(session);

    LocalDate today = LocalDate.now(VIETNAM);
    for (ProcessInstance c : List.of(meritA, meritB)) {
      CommendationCase record = caseOf(c);
      assertEquals(CaseStatus.AWARDED, record.getStatus());
      assertEquals(CaseStage.ANNOUNCEMENT, record.getStage());
      assertEquals("01/QĐ-UBND", record.getDecisionNumber());
      assertEquals(today, record.getDecisionDate());
      assertNull(record.getCouncilSessionId());
      assertEquals(List.of("takenIntoSession", "councilPassed", "decisionApproved", "decided", "awarded"),
          tail(outcomes(c), 5));
      assertThat(c).isEnded().hasPassed(NominationProcess.END_AWARDED);
    }
    CommendationCase fighterRecord = caseOf(fighter);
    assertEquals(CaseStatus.AWARDED, fighterRecord.getStatus());
    assertEquals(CaseStage.ANNOUNCEMENT, fighterRecord.getStage());
    assertEquals("02/QĐ-UBND", fighterRecord.getDecisionNumber());
    assertEquals(today, fighterRecord.getDecisionDate());
    assertThat(fighter).isEnded().hasPassed(NominationProcess.END_AWARDED);

    assertThat(session).isEnded().hasPassed(CouncilProcess.WRITE_MINUTES, CouncilProcess.APPROVE_DECISION,
        CouncilProcess.RECORD_NUMBER, CouncilProcess.ISSUE_DECISION, CouncilProcess.END_ISSUED, CouncilProcess.CLOSE_SESSION,
        CouncilProcess.END_CLOSED).hasNotPassed(CouncilProcess.NEW_ROUND, CouncilProcess.END_ADJOURNED);
    assertEquals("CLOSED", sessionRow(session).get("status"));
    assertNotNull(sessionRow(session).get("closed_at"));

    List<Map<String, Object>> decisions = jdbc.queryForList(
        "select decision_number, award_type, signed_by, recipient_count, decision_date "
            + "from award_decision order by decision_number");
    assertEquals(2, decisions.size());
    assertEquals("01/QĐ-UBND", decisions.get(0).get("decision_number"));
    assertEquals(MERIT, decisions.get(0).get("award_type"));
    assertEquals(2, ((Number) decisions.get(0).get("recipient_count")).intValue());
    assertEquals("chairman", decisions.get(0).get("signed_by"));
    assertEquals("CHAIRMAN", jdbc.queryForObject("select signer_title from award_decision where decision_number = ?",
        String.class, "01/QĐ-UBND"));
    assertEquals("02/QĐ-UBND", decisions.get(1).get("decision_number"));
    assertEquals(FIGHTER, decisions.get(1).get("award_type"));
    assertEquals(1, ((Number) decisions.get(1).get("recipient_count")).intValue());
    assertEquals(List.of("vanthu", "vanthu"), jdbc.queryForList("select numbered_by from award_decision", String.class));
  }

  // ---------------------------------------------------------------- 4. approval thresholds

  @Test
  void fighterNeedsNinetyPercentOfAllMembersAndOthersMoreThanHalf() {
    ProcessInstance fighter = nominatedAndAppraised(fighterNomination("Ngô Văn Ngưỡng Sáu"));
    ProcessInstance meritFour = nominatedAndAppraised(meritNomination("Đỗ Thị Ngưỡng Bốn"));
    ProcessInstance meritThree = nominatedAndAppraised(meritNomination("Lý Văn Ngưỡng Ba"));
    ProcessInstance session = openCouncilSession(null);

    // fighter: 6 of 7 approve (85.7%); meritFour: 4 of 7; meritThree: 3 of 7; everybody votes
    for (int i = 1; i <= 7; i++) {
      Map<String, String> ballot = new HashMap<>();
      ballot.put(number(fighter), i <= 6 ? "approve" : "reject");
      ballot.put(number(meritFour), i <= 4 ? "approve" : "reject");
      ballot.put(number(meritThree), i <= 3 ? "approve" : "reject");
      vote(session, "council." + i, ballot);
    }

    CommendationCase fighterRecord = caseOf(fighter);
    assertEquals(CaseStatus.REJECTED, fighterRecord.getStatus());
    assertTrue(fighterRecord.getOutcomeReason().contains("6/7"), fighterRecord.getOutcomeReason());
    assertTrue(fighterRecord.getOutcomeReason().contains("90%"), fighterRecord.getOutcomeReason());
    assertNull(fighterRecord.getDecisionNumber());
    assertEquals(List.of("councilNotPassed", "rejected"), tail(outcomes(fighter), 2));
    assertThat(fighter).isEnded().hasPassed(NominationProcess.END_REJECTED);

    CommendationCase threeRecord = caseOf(meritThree);
    assertEquals(CaseStatus.REJECTED, threeRecord.getStatus());
    assertTrue(threeRecord.getOutcomeReason().contains("3/7"), threeRecord.getOutcomeReason());
    assertThat(meritThree).isEnded().hasPassed(NominationProcess.END_REJECTED);

    assertEquals(CaseStatus.IN_COUNCIL, caseOf(meritFour).getStatus());
    assertTrue(outcomes(meritFour).contains("councilPassed"));
    assertEquals(List.of(MERIT), signTasks(session).stream().map(this::awardOf).toList());
    assertEquals(List.of(number(meritFour)), sessionCaseNumbers(session, "PASSED"));

    sign(session, MERIT, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve");
    recordNextNumber(session);
    assertEquals(CaseStatus.AWARDED, caseOf(meritFour).getStatus());
    assertEquals("01/QĐ-UBND", caseOf(meritFour).getDecisionNumber());
    assertThat(session).isEnded().hasPassed(CouncilProcess.END_CLOSED);
  }

  @Test
  void fighterApprovedByEveryVoterStillFailsWhenAMemberDidNotVote() {
    ProcessInstance fighter = nominatedAndAppraised(fighterNomination("Trịnh Thị Vắng Mặt"));
    ProcessInstance session = openCouncilSession(null);

    for (String member : COUNCIL.subList(0, 6)) {
      vote(session, member, votes("approve", fighter));
    }
    assertThat(session).isWaitingAt(CouncilProcess.CAST_BALLOT);
    fireTimer(session, CouncilProcess.VOTING_DEADLINE);

    CommendationCase record = caseOf(fighter);
    assertEquals(CaseStatus.REJECTED, record.getStatus());
    assertTrue(record.getOutcomeReason().contains("6/7"), record.getOutcomeReason());
    assertThat(session).isEnded().hasPassed(CouncilProcess.VOTING_DEADLINE, CouncilProcess.END_CLOSED)
        .hasNotPassed(CouncilProcess.APPROVE_DECISION);
  }

  @Test
  void meritNeedsAMajorityOfAllMembersNotOfVoters() {
    ProcessInstance passes = nominatedAndAppraised(meritNomination("Mai Văn Đa Số"));
    ProcessInstance fails = nominatedAndAppraised(meritNomination("Cao Thị Thiểu Số"));
    ProcessInstance session = openCouncilSession(null);

    // five voters: 4 approve "passes" (4/7 > 50%); 3 approve "fails" (60% of voters, but 3/7 < 50%)
    for (int i = 1; i <= 5; i++) {
      vote(session, "council." + i, Map.of(number(passes), i <= 4 ? "approve" : "reject",
          number(fails), i <= 3 ? "approve" : "reject"));
    }
    fireTimer(session, CouncilProcess.VOTING_DEADLINE);

    assertEquals(CaseStatus.REJECTED, caseOf(fails).getStatus());
    assertTrue(caseOf(fails).getOutcomeReason().contains("3/7"), caseOf(fails).getOutcomeReason());
    assertEquals(CaseStatus.IN_COUNCIL, caseOf(passes).getStatus());
    assertEquals(1, signTasks(session).size());
    String list = (String) tasks.getVariable(signTask(session, MERIT).getId(), CouncilProcess.VAR_DECISION_CASES);
    // to sign: the case that passed; below, what the Council turned down, with its count and what it needed
    String toSign = list.substring(0, list.indexOf("Hội đồng không tán thành"));
    assertTrue(toSign.contains(number(passes)) && toSign.contains("4/7"), list);
    assertFalse(toSign.contains(number(fails)), list);
    assertTrue(list.contains(number(fails) + ": Cao Thị Thiểu Số (Cục Thi hành án dân sự tỉnh) — 3/7 phiếu tán thành, "
        + "cần > 50% tổng số thành viên (4/7)"), list);
  }

  // ---------------------------------------------------------------- 5. the voting deadline and the quorum

  @Test
  void deadlineWithTwoThirdsVotedGoesOnToTheTally() {
    ProcessInstance merit = nominatedAndAppraised(meritNomination("Tạ Văn Đủ Số"));
    ProcessInstance session = openCouncilSession(null);
    for (String member : COUNCIL.subList(0, 5)) {
      vote(session, member, votes("approve", merit));
    }
    assertEquals(2, openBallots(session).size());

    fireTimer(session, CouncilProcess.VOTING_DEADLINE);

    // 5 of 7 voted: 5*3 = 15 >= 14, so the quorum holds and 5/7 approvals pass
    assertEquals(0, openBallots(session).size());
    assertThat(session).isWaitingAt(CouncilProcess.APPROVE_DECISION).hasPassed(CouncilProcess.VOTING_DEADLINE)
        .hasNotPassed(CouncilProcess.NEW_ROUND);
    assertEquals(1, ((Number) runtime.getVariable(session.getId(), CouncilProcess.VAR_ROUND)).intValue());
    assertEquals(Boolean.TRUE, runtime.getVariable(session.getId(), CouncilProcess.VAR_QUORUM_REACHED));
    assertEquals(CaseStatus.IN_COUNCIL, caseOf(merit).getStatus());
    assertTrue(outcomes(merit).contains("councilPassed"));
    // the two who did not vote never completed their ballot: it was cancelled by the deadline
    List<HistoricTaskInstance> unvoted = history.createHistoricTaskInstanceQuery()
        .processInstanceId(session.getId()).taskDefinitionKey(CouncilProcess.CAST_BALLOT).finished().list().stream()
        .filter(t -> !"completed".equals(t.getDeleteReason())).toList();
    assertEquals(Set.of("council.6", "council.7"),
        Set.copyOf(unvoted.stream().map(HistoricTaskInstance::getAssignee).toList()));

    sign(session, MERIT, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve");
    recordNextNumber(session);
    assertEquals(CaseStatus.AWARDED, caseOf(merit).getStatus());
  }

  @Test
  void quorumMissedTwiceReturnsTheCasesAndANewSessionTakesThemAgain() {
    ProcessInstance merit = nominatedAndAppraised(meritNomination("Lâm Văn Hoãn Họp"));
    ProcessInstance fighter = nominatedAndAppraised(fighterNomination("Quách Thị Hoãn Họp"));
    ProcessInstance session = openCouncilSession(null);
    Map<String, String> approve = votes("approve", merit, fighter);

    // round 1: four of seven vote (4*3 = 12 < 14)
    for (String member : COUNCIL.subList(0, 4)) {
      vote(session, member, approve);
    }
    fireTimer(session, CouncilProcess.VOTING_DEADLINE);

    assertThat(session).isWaitingAt(CouncilProcess.CAST_BALLOT).hasPassed(CouncilProcess.NEW_ROUND);
    assertEquals(2, ((Number) runtime.getVariable(session.getId(), CouncilProcess.VAR_ROUND)).intValue());
    assertEquals(Boolean.FALSE, runtime.getVariable(session.getId(), CouncilProcess.VAR_QUORUM_REACHED));
    assertEquals(2, ((Number) sessionRow(session).get("round_no")).intValue());
    assertEquals("VOTING", sessionRow(session).get("status"));
    assertEquals(COUNCIL.size(), openBallots(session).size());
    for (String member : COUNCIL) {
      assertNotNull(ballotTask(session, member), member + " should have a fresh ballot in round 2");
    }
    for (ProcessInstance c : List.of(merit, fighter)) {
      assertEquals(CaseStatus.IN_COUNCIL, caseOf(c).getStatus());
      assertEquals(sessionId(session), caseOf(c).getCouncilSessionId());
      assertEquals("newBallotRound", last(outcomes(c)));
      assertFalse(outcomes(c).contains("councilPassed"));
      assertThat(c).isWaitingAt(NominationProcess.AWAIT_COUNCIL);
    }
    // a fresh, empty count for round 2; round 1's four votes stay in round 1
    assertEquals(0, jdbc.queryForObject("select coalesce(sum(approvals + rejections), 0) from council_ballot_tally "
        + "where round_no = 2", Integer.class));
    assertEquals(8, jdbc.queryForObject("select sum(approvals) from council_ballot_tally where round_no = 1",
        Integer.class));

    // round 2: again four votes, then the deadline
    for (String member : COUNCIL.subList(3, 7)) {
      vote(session, member, approve);
    }
    fireTimer(session, CouncilProcess.VOTING_DEADLINE);

    assertThat(session).isEnded().hasPassed(CouncilProcess.RELEASE_CASES, CouncilProcess.END_ADJOURNED)
        .hasNotPassed(CouncilProcess.APPROVE_DECISION, CouncilProcess.END_CLOSED);
    assertEquals("ADJOURNED", sessionRow(session).get("status"));
    for (ProcessInstance c : List.of(merit, fighter)) {
      CommendationCase record = caseOf(c);
      assertEquals(CaseStatus.AWAITING_COUNCIL, record.getStatus());
      assertEquals(CaseStage.COUNCIL, record.getStage());
      assertNull(record.getCouncilSessionId());
      assertNull(record.getDecisionNumber());
      assertEquals("returnedToAwaitCouncil", last(outcomes(c)));
      assertThat(c).isWaitingAt(NominationProcess.AWAIT_COUNCIL);
    }
    assertEquals(List.of("RETURNED", "RETURNED"), sessionResults(session));

    ProcessInstance next = openCouncilSession(null);
    assertThat(next).isWaitingAt(CouncilProcess.CAST_BALLOT);
    assertEquals(List.of(number(merit), number(fighter)), sessionCaseNumbers(next));
    for (ProcessInstance c : List.of(merit, fighter)) {
      assertEquals(CaseStatus.IN_COUNCIL, caseOf(c).getStatus());
      assertEquals(sessionId(next), caseOf(c).getCouncilSessionId());
    }
    assertEquals(String.format("HD-%d-002", LocalDate.now(VIETNAM).getYear()), next.getBusinessKey());
  }

  @Test
  void quorumMissedInRoundOneButReachedInRoundTwoGoesOnToTheTally() {
    ProcessInstance merit = nominatedAndAppraised(meritNomination("Hồ Văn Vòng Hai"));
    ProcessInstance session = openCouncilSession(null);

    for (String member : COUNCIL.subList(0, 4)) {
      vote(session, member, votes("approve", merit));
    }
    fireTimer(session, CouncilProcess.VOTING_DEADLINE);
    assertEquals(2, ((Number) runtime.getVariable(session.getId(), CouncilProcess.VAR_ROUND)).intValue());

    // round 2: five vote; only round 2's ballots count (4 approve, 1 reject: 4/7)
    for (int i = 1; i <= 5; i++) {
      vote(session, "council." + i, votes(i <= 4 ? "approve" : "reject", merit));
    }
    fireTimer(session, CouncilProcess.VOTING_DEADLINE);

    assertThat(session).isWaitingAt(CouncilProcess.APPROVE_DECISION).hasPassed(CouncilProcess.NEW_ROUND)
        .hasNotPassed(CouncilProcess.RELEASE_CASES);
    String list = (String) tasks.getVariable(signTask(session, MERIT).getId(), CouncilProcess.VAR_DECISION_CASES);
    assertTrue(list.contains("4/7"), list);
    assertEquals(List.of("takenIntoSession", "newBallotRound", "councilPassed"), tail(outcomes(merit), 3));
  }

  // ---------------------------------------------------------------- 6. the Chairman rejects a list

  @Test
  void chairmanRejectsAListWithAReasonAndCannotRejectWithoutOne() {
    ProcessInstance meritA = nominatedAndAppraised(meritNomination("Kiều Văn Bác Một"));
    ProcessInstance meritB = nominatedAndAppraised(meritNomination("Kiều Thị Bác Hai"));
    ProcessInstance fighter = nominatedAndAppraised(fighterNomination("Kiều Văn Được Ký"));
    ProcessInstance session = openCouncilSession(null);
    allVote(session, votes("approve", meritA, meritB, fighter));
    Task meritTask = signTask(session, MERIT);

    Refusal noReason = refusal(() -> sign(session, MERIT, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "reject"));
    assertEquals(400, noReason.status());
    assertEquals(CouncilProcess.VAR_COMMENT, noReason.field());
    assertEquals(2, signTasks(session).size());
    assertEquals(1, tasks.createTaskQuery().taskId(meritTask.getId()).count());
    assertEquals(CaseStatus.IN_COUNCIL, caseOf(meritA).getStatus());

    Refusal noOutcome = refusal(() -> sign(session, MERIT, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "maybe", "comment", "?"));
    assertEquals(400, noOutcome.status());
    assertEquals(2, signTasks(session).size());

    String reason = "Đơn vị chưa hoàn thành chỉ tiêu thu hồi tiền năm " + YEAR;
    sign(session, MERIT, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "reject", "comment", reason);

    for (ProcessInstance c : List.of(meritA, meritB)) {
      CommendationCase record = caseOf(c);
      assertEquals(CaseStatus.REJECTED, record.getStatus());
      assertTrue(record.getOutcomeReason().contains(reason), record.getOutcomeReason());
      assertNull(record.getDecisionNumber());
      assertNull(record.getDecisionDate());
      assertEquals("rejected", last(outcomes(c)));
      assertThat(c).isEnded().hasPassed(NominationProcess.END_REJECTED);
    }
    assertEquals(0, count("award_decision"));
    assertThat(session).isWaitingAt(CouncilProcess.APPROVE_DECISION);
    assertEquals(CaseStatus.IN_COUNCIL, caseOf(fighter).getStatus());

    // the other award type's list is signed as usual, and a rejection used no number
    sign(session, FIGHTER, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve", "comment", "");
    recordNextNumber(session);
    assertEquals(CaseStatus.AWARDED, caseOf(fighter).getStatus());
    assertEquals("01/QĐ-UBND", caseOf(fighter).getDecisionNumber());
    assertThat(session).isEnded().hasPassed(CouncilProcess.END_CLOSED);
  }

  // ---------------------------------------------------------------- 7. exclusions, numbers and dates

  @Test
  void chairmanExcludesOneCaseAndTheOthersAreAwardedUnderOneDecision() {
    ProcessInstance a = nominatedAndAppraised(meritNomination("Tôn Văn Loại Trừ An"));
    ProcessInstance b = nominatedAndAppraised(meritNomination("Tôn Thị Loại Trừ Bình"));
    ProcessInstance c = nominatedAndAppraised(meritNomination("Tôn Văn Loại Trừ Cường"));
    ProcessInstance session = openCouncilSession(null);
    allVote(session, votes("approve", a, b, c));

    Refusal all = refusal(() -> sign(session, MERIT, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve",
        CouncilProcess.VAR_EXCLUDED_CASES, number(a) + ", " + number(b) + ", " + number(c), "comment", "Loại hết"));
    assertEquals(400, all.status());
    assertEquals(CouncilProcess.VAR_EXCLUDED_CASES, all.field());

    Refusal unknown = refusal(() -> sign(session, MERIT, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve",
        CouncilProcess.VAR_EXCLUDED_CASES, "TDKT-1999-99999", "comment", "Không có trong danh sách"));
    assertEquals(400, unknown.status());
    assertEquals(CouncilProcess.VAR_EXCLUDED_CASES, unknown.field());

    Refusal noComment = refusal(() -> sign(session, MERIT, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve",
        CouncilProcess.VAR_EXCLUDED_CASES, number(b)));
    assertEquals(400, noComment.status());

    assertEquals(1, signTasks(session).size());
    assertEquals(0, count("award_decision"));
    for (ProcessInstance x : List.of(a, b, c)) {
      assertEquals(CaseStatus.IN_COUNCIL, caseOf(x).getStatus());
    }

    String reason = "Đang xem xét kỷ luật";
    sign(session, MERIT, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve", CouncilProcess.VAR_EXCLUDED_CASES, number(b), "comment", reason);
    recordNextNumber(session);

    CommendationCase excluded = caseOf(b);
    assertEquals(CaseStatus.REJECTED, excluded.getStatus());
    assertTrue(excluded.getOutcomeReason().contains(reason), excluded.getOutcomeReason());
    assertNull(excluded.getDecisionNumber());
    assertThat(b).isEnded().hasPassed(NominationProcess.END_REJECTED);
    for (ProcessInstance x : List.of(a, c)) {
      CommendationCase record = caseOf(x);
      assertEquals(CaseStatus.AWARDED, record.getStatus());
      // the refused attempts used no number: the register stays gapless
      assertEquals("01/QĐ-UBND", record.getDecisionNumber());
      assertThat(x).isEnded().hasPassed(NominationProcess.END_AWARDED);
    }
    assertEquals(1, count("award_decision"));
    assertEquals(2, jdbc.queryForObject("select recipient_count from award_decision", Integer.class));
    assertEquals(List.of("AWARDED", "EXCLUDED", "AWARDED"), sessionResults(session));
    assertThat(session).isEnded().hasPassed(CouncilProcess.END_CLOSED);
  }

  @Test
  void anInstanceOfModelVersion110StillSignsWithATypedNumberAndIssuesTheSignedDecision() throws Exception {
    // the model as deployed before issue 13: the Chairman's signature issues the decision at once
    var old = repository.createDeployment().name("council-session 1.1.0 (test)")
        .addClasspathResource("processes-1.1.0/council-session.bpmn").deploy();
    try {
      String oldDefinition = repository.createProcessDefinitionQuery().deploymentId(old.getId()).singleResult().getId();
      LocalDate today = LocalDate.now(VIETNAM);
      ProcessInstance first = nominatedAndAppraised(meritNomination("Lưu Văn Số Tay"));
      ProcessInstance firstSession = as("head.ban", () -> runtime.startProcessInstanceById(oldDefinition));
      allVote(firstSession, votes("approve", first));
      LocalDate signedOn = today.minusDays(3);
      Task oldSign = tasks.createTaskQuery().processInstanceId(firstSession.getId())
          .taskDefinitionKey(CouncilProcess.SIGN_DECISION).singleResult();
      completeAs("chairman", oldSign, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve", CouncilProcess.VAR_DECISION_NUMBER,
          " 123/QĐ-UBND ", CouncilProcess.VAR_DECISION_DATE, signedOn.toString());

      assertEquals(CaseStatus.AWARDED, caseOf(first).getStatus());
      assertEquals("123/QĐ-UBND", caseOf(first).getDecisionNumber());
      assertEquals(signedOn, caseOf(first).getDecisionDate());
      assertNull(jdbc.queryForObject("select sequence_in_year from award_decision where decision_number = ?",
          Long.class, "123/QĐ-UBND"));
      assertThat(firstSession).isEnded().hasPassed(CouncilProcess.SIGN_DECISION, CouncilProcess.END_CLOSED);
      // issued as the new version issues: the signed file kept
      assertEquals(1, jdbc.queryForObject("select count(*) from issued_document where kind = 'DECISION' and reference = ?",
          Integer.class, "123/QĐ-UBND"));

      ProcessInstance second = nominatedAndAppraised(meritNomination("Lưu Thị Số Máy"));
      ProcessInstance secondSession = as("head.ban", () -> runtime.startProcessInstanceById(oldDefinition));
      allVote(secondSession, votes("approve", second));
      Task secondSign = tasks.createTaskQuery().processInstanceId(secondSession.getId())
          .taskDefinitionKey(CouncilProcess.SIGN_DECISION).singleResult();

      Refusal duplicate = refusal(() -> completeAs("chairman", secondSign, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve",
          CouncilProcess.VAR_DECISION_NUMBER, "123/QĐ-UBND", CouncilProcess.VAR_DECISION_DATE, signedOn.toString()));
      assertEquals(409, duplicate.status());
      assertEquals(CouncilProcess.VAR_DECISION_NUMBER, duplicate.field());
      Refusal badDate = refusal(() -> completeAs("chairman", secondSign, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve",
          CouncilProcess.VAR_DECISION_DATE, YEAR + "-13-01"));
      assertEquals(400, badDate.status());
      assertEquals(CouncilProcess.VAR_DECISION_DATE, badDate.field());
      Refusal future = refusal(() -> completeAs("chairman", secondSign, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve",
          CouncilProcess.VAR_DECISION_DATE, today.plusDays(1).toString()));
      assertEquals(400, future.status());
      assertEquals(CaseStatus.IN_COUNCIL, caseOf(second).getStatus());
      assertEquals(1, count("award_decision"));

      // the typed number took no place in the system's count: the first counted number is 01
      completeAs("chairman", secondSign, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve", CouncilProcess.VAR_DECISION_NUMBER, "",
          CouncilProcess.VAR_DECISION_DATE, "");
      assertEquals(CaseStatus.AWARDED, caseOf(second).getStatus());
      assertEquals("01/QĐ-UBND", caseOf(second).getDecisionNumber());
      assertEquals(today, caseOf(second).getDecisionDate());
      assertThat(secondSession).isEnded().hasPassed(CouncilProcess.END_CLOSED);
    } finally {
      repository.deleteDeployment(old.getId(), true);
    }
  }

  private void completeAs(String user, Task task, Object... keyValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      variables.put((String) keyValues[i], keyValues[i + 1]);
    }
    as(user, () -> tasks.complete(task.getId(), variables));
  }

  @Test
  void eachSignatureStandsAloneNothingTheChairmanEnteredForOneListCarriesOverToTheNext() {
    ProcessInstance merit = nominatedAndAppraised(meritNomination("Ninh Văn Riêng Rẽ"));
    ProcessInstance meritOut = nominatedAndAppraised(meritNomination("Ninh Thị Bị Loại"));
    ProcessInstance fighter = nominatedAndAppraised(fighterNomination("Ninh Văn Tách Bạch"));
    ProcessInstance session = openCouncilSession(null);
    allVote(session, votes("approve", merit, meritOut, fighter));
    LocalDate today = LocalDate.now(VIETNAM);

    sign(session, MERIT, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve", CouncilProcess.VAR_EXCLUDED_CASES,
        number(meritOut), "comment", "Chưa đủ hồ sơ");
    assertEquals(CaseStatus.REJECTED, caseOf(meritOut).getStatus());
    recordNextNumber(session);
    assertEquals("01/QĐ-UBND", caseOf(merit).getDecisionNumber());

    // what Tasklist shows and submits for the second list must not hold the first list's entries
    Task fighterTask = signTask(session, FIGHTER);
    Map<String, Object> seen = tasks.getVariables(fighterTask.getId());
    for (String entered : List.of(CouncilProcess.VAR_EXCLUDED_CASES, CouncilProcess.VAR_COMMENT,
        CouncilProcess.VAR_CHAIRMAN_OUTCOME, CouncilProcess.VAR_REGISTER_NUMBER, CouncilProcess.VAR_REGISTER_DATE)) {
      assertNull(seen.get(entered), entered + " of the first signature is visible on the second list: " + seen);
    }

    // signed with the outcome alone (as an API client or a form that omits empty fields would)
    sign(session, FIGHTER, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve");
    recordNextNumber(session);
    CommendationCase record = caseOf(fighter);
    assertEquals(CaseStatus.AWARDED, record.getStatus());
    assertEquals("02/QĐ-UBND", record.getDecisionNumber());
    assertEquals(today, record.getDecisionDate());
    assertThat(session).isEnded().hasPassed(CouncilProcess.END_CLOSED);
  }

  @Test
  void whatTheChairmanSendsWithASignatureCannotRedirectItToAnotherListOrSession() {
    ProcessInstance merit = nominatedAndAppraised(meritNomination("Âu Văn Đúng Danh Sách"));
    ProcessInstance fighter = nominatedAndAppraised(fighterNomination("Âu Thị Danh Sách Khác"));
    ProcessInstance session = openCouncilSession(null);
    allVote(session, votes("approve", merit, fighter));

    // the merit list's task, completed with variables that name the other list and another session:
    // none of them is a field of the signing form, so the signature is refused and nothing changes
    Refusal redirect = refusal(() -> sign(session, MERIT, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve",
        CouncilProcess.VAR_DECISION_AWARD, FIGHTER, CouncilProcess.VAR_SESSION_ID, 999_999L, CouncilProcess.VAR_ROUND, 7));
    assertEquals(CouncilProcess.VAR_ROUND, redirect.field());
    assertTrue(redirect.getMessage().contains("decisionAwardType, sessionId"), redirect.getMessage());
    assertEquals(CaseStatus.IN_COUNCIL, caseOf(merit).getStatus());
    assertEquals(0, count("award_decision"));
    sign(session, MERIT, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve");
    recordNextNumber(session);

    assertEquals(CaseStatus.AWARDED, caseOf(merit).getStatus());
    assertEquals(CaseStatus.IN_COUNCIL, caseOf(fighter).getStatus(), "the other list is still waiting for its own signature");
    sign(session, FIGHTER, CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve");
    recordNextNumber(session);
    assertEquals(CaseStatus.AWARDED, caseOf(fighter).getStatus());
    assertThat(session).isEnded().hasPassed(CouncilProcess.END_CLOSED);
  }

  // ---------------------------------------------------------------- 8. nothing passes

  @Test
  void whenNoCasePassesThereIsNothingToSignAndTheSessionCloses() {
    ProcessInstance merit = nominatedAndAppraised(meritNomination("Chu Văn Không Đạt"));
    ProcessInstance fighter = nominatedAndAppraised(fighterNomination("Chu Thị Không Đạt"));
    ProcessInstance session = openCouncilSession(null);

    allVote(session, votes("reject", merit, fighter));

    assertEquals(0, tasks.createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(CouncilProcess.APPROVE_DECISION).count());
    assertThat(session).isEnded().hasPassed(CouncilProcess.TALLY, CouncilProcess.CLOSE_SESSION,
        CouncilProcess.END_CLOSED).hasNotPassed(CouncilProcess.APPROVE_DECISION, CouncilProcess.END_ADJOURNED);
    assertEquals(Boolean.FALSE, history.createHistoricVariableInstanceQuery().processInstanceId(session.getId())
        .variableName(CouncilProcess.VAR_ANY_PASSED).singleResult().getValue());
    assertEquals("CLOSED", sessionRow(session).get("status"));
    for (ProcessInstance c : List.of(merit, fighter)) {
      CommendationCase record = caseOf(c);
      assertEquals(CaseStatus.REJECTED, record.getStatus());
      assertTrue(record.getOutcomeReason().contains("0/7"), record.getOutcomeReason());
      assertNull(record.getDecisionNumber());
      assertNull(record.getCouncilSessionId());
      assertEquals(List.of("councilNotPassed", "rejected"), tail(outcomes(c), 2));
      assertThat(c).isEnded().hasPassed(NominationProcess.END_REJECTED);
    }
    assertEquals(0, count("award_decision"));
  }

  // ---------------------------------------------------------------- 9. ballot rules

  @Test
  void membersVotingAtTheSameMomentAreAllCountedWhateverTheirSheets() throws Exception {
    ProcessInstance a = nominatedAndAppraised(meritNomination("Lý Văn Cùng Giờ"));
    ProcessInstance b = nominatedAndAppraised(meritNomination("Lý Thị Cùng Giờ"));
    ProcessInstance session = openCouncilSession(null);
    Map<String, String> forA = new LinkedHashMap<>(Map.of(number(a), "approve", number(b), "reject"));
    Map<String, String> forB = new LinkedHashMap<>(Map.of(number(a), "reject", number(b), "approve"));
    List<String> together = COUNCIL.subList(0, 4);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(together.size());
    java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(together.size());
    try {
      List<java.util.concurrent.Future<Object>> done = new java.util.ArrayList<>();
      for (int i = 0; i < together.size(); i++) {
        String member = together.get(i);
        Task ballot = ballotTask(session, member);
        Map<String, String> sheet = i % 2 == 0 ? forA : forB; // opposite sheets lock the tallies in opposite orders
        done.add(pool.submit(() -> {
          barrier.await(10, java.util.concurrent.TimeUnit.SECONDS);
          as(member, () -> ballots.cast(ballot.getId(), member, sheet));
          return null;
        }));
      }
      for (java.util.concurrent.Future<Object> f : done) {
        f.get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(together, voters(session));
    for (ProcessInstance n : List.of(a, b)) {
      assertEquals(2, tally(session, n, "approvals"), number(n));
      assertEquals(2, tally(session, n, "rejections"), number(n));
    }
    assertEquals(COUNCIL.size() - together.size(), openBallots(session).size());
  }

  @Test
  void aMemberCannotVoteTwice() {
    ProcessInstance merit = nominatedAndAppraised(meritNomination("Giang Văn Một Phiếu"));
    ProcessInstance session = openCouncilSession(null);
    Task first = ballotTask(session, "council.1");
    Map<String, String> approve = votes("approve", merit);
    vote(session, "council.1", approve);

    assertNull(ballotTask(session, "council.1"));
    Refusal again = refusal(() -> as("council.1", () -> ballots.cast(first.getId(), "council.1", approve)));
    assertTrue(again.status() == 404 || again.status() == 403, "status " + again.status());
    assertEquals(List.of("council.1"), voters(session));
    assertEquals(1, tally(session, merit, "approvals"));
    assertEquals(0, tally(session, merit, "rejections"));
    assertEquals(COUNCIL.size() - 1, openBallots(session).size());
  }

  @Test
  void anIncompleteOrUnknownOrMalformedBallotIsRefusedAndNothingIsCounted() {
    ProcessInstance a = nominatedAndAppraised(meritNomination("Thái Văn Phiếu Lỗi A"));
    ProcessInstance b = nominatedAndAppraised(meritNomination("Thái Thị Phiếu Lỗi B"));
    ProcessInstance session = openCouncilSession(null);
    Task ballot = ballotTask(session, "council.3");

    List<Map<String, String>> bad = List.of(
        Map.of(number(a), "approve"),                                              // case b missing
        Map.of(number(a), "approve", number(b), "approve", "TDKT-1999-99999", "approve"), // not on the list
        Map.of(number(a), "approve", number(b), "abstain"),                        // not approve/reject
        Map.of());                                                                 // empty
    for (Map<String, String> votes : bad) {
      Refusal refused = refusal(() -> as("council.3", () -> ballots.cast(ballot.getId(), "council.3", votes)));
      assertEquals(400, refused.status(), "for " + votes);
      assertEquals(0, count("council_voter"), "for " + votes);
      assertEquals(0, tally(session, a, "approvals") + tally(session, a, "rejections"), "for " + votes);
      assertEquals(0, tally(session, b, "approvals") + tally(session, b, "rejections"), "for " + votes);
      assertNotNull(ballotTask(session, "council.3"), "for " + votes);
    }
    Refusal none = refusal(() -> as("council.3", () -> ballots.cast(ballot.getId(), "council.3", null)));
    assertEquals(400, none.status());
    assertEquals(0, count("council_voter"));

    // a complete ballot then counts once
    vote(session, "council.3", Map.of(number(a), "approve", number(b), "reject"));
    assertEquals(List.of("council.3"), voters(session));
    assertEquals(1, tally(session, a, "approvals"));
    assertEquals(1, tally(session, b, "rejections"));
  }

  @Test
  void anotherMembersBallotCannotBeCast() {
    ProcessInstance merit = nominatedAndAppraised(meritNomination("Đoàn Văn Phiếu Người Khác"));
    ProcessInstance session = openCouncilSession(null);
    Task ofCouncil1 = ballotTask(session, "council.1");
    Map<String, String> approve = votes("approve", merit);
    Map<String, String> reject = votes("reject", merit);

    // council.2 signed in, naming themselves or council.1: the ballot is not theirs
    Refusal asSelf = refusal(() -> as("council.2", () -> ballots.cast(ofCouncil1.getId(), "council.2", approve)));
    assertTrue(asSelf.status() == 403 || asSelf.status() == 404, "status " + asSelf.status());
    Refusal impersonating = refusal(() -> as("council.2", () -> ballots.cast(ofCouncil1.getId(), "council.1",
        reject)));
    assertTrue(impersonating.status() == 403 || impersonating.status() == 404, "status " + impersonating.status());

    assertEquals(0, count("council_voter"));
    assertEquals(0, tally(session, merit, "approvals") + tally(session, merit, "rejections"));
    assertNotNull(ballotTask(session, "council.1"));
    assertNotNull(ballotTask(session, "council.2"));
    assertEquals(COUNCIL.size(), openBallots(session).size());
  }

  @Test
  void aTaskThatIsNotABallotCannotCarryAVote() {
    ProcessInstance merit = nominatedAndAppraised(meritNomination("Văn Thị Không Phải Phiếu"));
    ProcessInstance session = openCouncilSession(null);
    allVote(session, votes("approve", merit));
    Task toSign = signTask(session, MERIT);
    Map<String, String> approve = votes("approve", merit);

    Refusal refused = refusal(() -> as("chairman", () -> ballots.cast(toSign.getId(), "chairman", approve)));
    assertTrue(refused.status() == 403 || refused.status() == 404, "status " + refused.status());
    assertEquals(1, signTasks(session).size());
    assertEquals(COUNCIL.size(), count("council_voter"));
  }

  @Test
  void completingTheBallotTaskDirectlyIsRefusedAndTheTaskRemains() {
    ProcessInstance merit = nominatedAndAppraised(meritNomination("Khúc Văn Đi Tắt"));
    ProcessInstance session = openCouncilSession(null);
    Task ballot = ballotTask(session, "council.4");

    Exception plain = assertThrows(Exception.class, () -> as("council.4", () -> tasks.complete(ballot.getId())));
    Refusal refusal = Refusal.findIn(plain);
    assertNotNull(refusal, "expected a refusal, got " + plain);
    assertEquals(400, refusal.status());

    // nor with the vote as task variables, as Tasklist would send it
    Map<String, Object> asVariables = new HashMap<>();
    asVariables.put("vote_" + number(merit), "approve");
    Exception withVotes = assertThrows(Exception.class,
        () -> as("council.4", () -> tasks.complete(ballot.getId(), asVariables)));
    assertEquals(400, Refusal.findIn(withVotes).status());

    assertNotNull(ballotTask(session, "council.4"));
    assertEquals(ballot.getId(), ballotTask(session, "council.4").getId());
    assertEquals(COUNCIL.size(), openBallots(session).size());
    assertEquals(0, count("council_voter"));
    assertEquals(0, history.createHistoricVariableInstanceQuery().processInstanceId(session.getId())
        .variableName("vote_" + number(merit)).count());
    assertThat(session).isWaitingAt(CouncilProcess.CAST_BALLOT);

    // the ballot page still works for that member afterwards
    vote(session, "council.4", votes("approve", merit));
    assertEquals(List.of("council.4"), voters(session));
  }

  // ---------------------------------------------------------------- helpers

  private static Refusal refusal(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      Refusal refusal = Refusal.findIn(e);
      if (refusal == null) {
        throw new AssertionError("Expected a refusal, got " + e, e);
      }
      return refusal;
    }
    return fail("Expected a refusal, but the call went through");
  }

  private String number(ProcessInstance nomination) {
    return caseOf(nomination).getCaseNumber();
  }

  /** The same vote on every listed case. */
  private Map<String, String> votes(String value, ProcessInstance... nominations) {
    Map<String, String> votes = new LinkedHashMap<>();
    for (ProcessInstance n : nominations) {
      votes.put(number(n), value);
    }
    return votes;
  }

  private void allVote(ProcessInstance session, Map<String, String> votes) {
    for (String member : COUNCIL) {
      vote(session, member, votes);
    }
  }

  private List<Task> openBallots(ProcessInstance session) {
    return tasks.createTaskQuery().processInstanceId(session.getId()).taskDefinitionKey(CouncilProcess.CAST_BALLOT)
        .list();
  }

  private List<Task> signTasks(ProcessInstance session) {
    return tasks.createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(CouncilProcess.APPROVE_DECISION).list();
  }

  private String awardOf(Task signTask) {
    return (String) tasks.getVariable(signTask.getId(), CouncilProcess.VAR_DECISION_AWARD);
  }

  private Task signTask(ProcessInstance session, String awardType) {
    List<Task> found = signTasks(session).stream().filter(t -> awardType.equals(awardOf(t))).toList();
    if (found.size() != 1) {
      throw new AssertionError("Expected one list to sign for " + awardType + ", found " + found.size());
    }
    return found.get(0);
  }

  /** The Chairman completes the list of that award type with alternating variable names and values. */
  private void sign(ProcessInstance session, String awardType, Object... keyValues) {
    Task task = signTask(session, awardType);
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      variables.put((String) keyValues[i], keyValues[i + 1]);
    }
    as("chairman", () -> tasks.complete(task.getId(), variables));
  }

  private Long sessionId(ProcessInstance session) {
    return ((Number) sessionRow(session).get("id")).longValue();
  }

  private Map<String, Object> sessionRow(ProcessInstance session) {
    return jdbc.queryForMap("select * from council_session where process_instance_id = ?", session.getId());
  }

  private List<String> sessionCaseNumbers(ProcessInstance session) {
    return jdbc.queryForList("select case_number from council_session_case where session_id = ? order by case_number",
        String.class, sessionId(session));
  }

  private List<String> sessionCaseNumbers(ProcessInstance session, String result) {
    return jdbc.queryForList("select case_number from council_session_case where session_id = ? and result = ? "
        + "order by case_number", String.class, sessionId(session), result);
  }

  private List<String> sessionResults(ProcessInstance session) {
    return jdbc.queryForList("select result from council_session_case where session_id = ? order by case_number",
        String.class, sessionId(session));
  }

  private List<String> voters(ProcessInstance session) {
    return jdbc.queryForList("select member_id from council_voter where session_id = ? order by member_id",
        String.class, sessionId(session));
  }

  private int tally(ProcessInstance session, ProcessInstance nomination, String column) {
    return jdbc.queryForObject("select " + column + " from council_ballot_tally where session_id = ? and round_no = ? "
        + "and case_number = ?", Integer.class, sessionId(session),
        ((Number) sessionRow(session).get("round_no")).intValue(), number(nomination));
  }

  private int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  private static <T> List<T> tail(List<T> list, int n) {
    return list.subList(Math.max(0, list.size() - n), list.size());
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }
}
