package vn.tdkt.commendation.cluster;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.problem.Refusal;

/**
 * Every path of ClusterRoundProcess.KEY: all units submit, one unit returned for correction, a late
 * unit, a clear majority, a tie and a missing majority (run-offs), the merit quota, and a mid-year
 * round. Each test checks what the cluster leader and the units see: tasks, records, minutes, cases.
 */
class ClusterRoundProcessTest extends ClusterRoundTestBase {

  @org.springframework.beans.factory.annotation.Autowired vn.tdkt.commendation.organisation.OrganisationService organisation;
  @org.springframework.beans.factory.annotation.Autowired ClusterMinutesWriter minutesWriter;

  // ---------------------------------------------------------------- MID_YEAR, everyone submits

  @Test
  void midYearRoundWithAllSheetsEndsWithMinutesAndNoBallot() {
    ProcessInstance pi = startRound("MID_YEAR");

    assertEquals(7, tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ClusterRoundProcess.SUBMIT).count());
    Task sheet = unitTask(pi, ClusterRoundProcess.SUBMIT, "ca");
    Map<String, Object> form = tasks.getVariablesLocal(sheet.getId());
    assertTrue(String.valueOf(form.get(ClusterRoundProcess.VAR_CRITERIA_TEXT)).contains("tối đa 40 điểm"), form.toString());
    assertEquals("Công an tỉnh", form.get(ClusterRoundProcess.VAR_UNIT_NAME));

    submitAll(pi);
    assertThat(pi).isWaitingAt(ClusterRoundProcess.COMPILE);
    Task compile = task(pi, ClusterRoundProcess.COMPILE);
    String table = (String) tasks.getVariableLocal(compile.getId(), ClusterRoundProcess.VAR_SCORE_TABLE);
    // units by name, never by code
    for (String unit : UNITS) {
      assertTrue(table.contains(organisation.unitName(unit) + ": "), table);
      assertFalse(table.contains(unit + " — "), table);
    }
    assertTrue(table.contains("36 | 15 | 12 | 13 | 8 = 84 điểm"), table); // vks, the 7th unit
    // the compile form lists each unit that sent its sheet by name, its agreed score prefilled with its own total
    String rows = String.valueOf(runtime.getVariableLocal(compile.getExecutionId(), ClusterRoundProcess.VAR_AGREED_SCORES));
    assertTrue(rows.contains("{\"unit\":\"Công an tỉnh\",\"selfTotal\":79,\"agreed\":79}"), rows);
    assertTrue(String.valueOf(tasks.getVariableLocal(compile.getId(), ClusterRoundProcess.VAR_SUBMITTED_UNITS))
        .contains("{\"label\":\"Công an tỉnh\",\"value\":\"ca\"}"));

    complete(LEADER, pi, ClusterRoundProcess.COMPILE, ClusterRoundProcess.VAR_COMPILE_OUTCOME, "agree",
        ClusterRoundProcess.VAR_AGREED_SCORES, "ca=80");

    assertThat(pi).isEnded().hasPassed(ClusterRoundProcess.WRITE_MINUTES).hasNotPassed(ClusterRoundProcess.CAST_BALLOT,
        ClusterRoundProcess.START_NOMINATIONS);
    ClusterRound round = round(pi);
    assertEquals(ClusterRound.Status.CLOSED, round.getStatus());
    Map<String, Integer> agreed = new HashMap<>();
    roundService.membersOf(round.getId()).forEach(m -> agreed.put(m.getUnitCode(), m.getAgreedScore()));
    assertEquals(80, agreed.get("ca"));
    assertEquals(84, agreed.get("vks"));
    ClusterMinutes minutes = roundService.minutesOf(round.getId()).orElseThrow();
    assertEquals(7, minutes.getMembersPresent());
    assertTrue(minutes.getContent().contains("Công an tỉnh: tự chấm 79, thống nhất 80 điểm"), minutes.getContent());
    assertEquals(0, caseRepository.count());
    assertEquals("thads", jdbc.queryForObject("select leader_unit_code from org_cluster where code = 'cum9'", String.class));
  }

  @Test
  void pointsAboveACriterionMaximumAreRefusedAndTheSheetStaysOpen() {
    ProcessInstance pi = startRound("MID_YEAR");
    Refusal refusal = refused(() -> submit(pi, "ca", "41; 15; 12; 13; 8"));
    assertEquals(400, refusal.status());
    assertEquals(ClusterRoundProcess.VAR_POINTS, refusal.field());
    assertTrue(refusal.getMessage().contains("từ 0 đến 40"), refusal.getMessage());
    Refusal tooFew = refused(() -> submit(pi, "ca", "30; 15"));
    assertEquals(400, tooFew.status());
    assertNotNull(unitTask(pi, ClusterRoundProcess.SUBMIT, "ca"));
    assertEquals(0, roundService.scoresOf(round(pi).getId()).size());
  }

  @Test
  void onlyTheClusterLeaderStartsARoundAndOnlyOncePerKindAndYear() {
    Map<String, Object> v = Map.of(ClusterRoundProcess.VAR_CLUSTER, "cum9", ClusterRoundProcess.VAR_YEAR, YEAR,
        ClusterRoundProcess.VAR_KIND, "MID_YEAR");
    // a unit head is not allowed to start one (Camunda's grant is the cluster leaders' group)
    assertThrows(AuthorizationException.class,
        () -> as("head.ca", () -> runtime.startProcessInstanceByKey(ClusterRoundProcess.KEY, v)));
    assertEquals(0, jdbc.queryForObject("select count(*) from cluster_round", Integer.class));
    startRound("MID_YEAR");
    Refusal twice = refused(() -> startRound("MID_YEAR"));
    assertEquals(409, twice.status());
    jdbc.update("delete from cluster_criterion");
    Refusal noCriteria = refused(() -> startRound("YEAR_END"));
    assertEquals(400, noCriteria.status());
  }

  // ---------------------------------------------------------------- one unit returned for correction

  @Test
  void oneReturnedSheetReopensForThatUnitOnly() {
    ProcessInstance pi = startRound("MID_YEAR");
    submitAll(pi);
    Refusal noReason = refused(() -> complete(LEADER, pi, ClusterRoundProcess.COMPILE,
        ClusterRoundProcess.VAR_COMPILE_OUTCOME, "return", ClusterRoundProcess.VAR_RETURN_UNIT, "ca"));
    assertEquals(400, noReason.status());

    complete(LEADER, pi, ClusterRoundProcess.COMPILE, ClusterRoundProcess.VAR_COMPILE_OUTCOME, "return",
        ClusterRoundProcess.VAR_RETURN_UNIT, "ca", ClusterRoundProcess.VAR_COMMENT, "Tiêu chí 1 chấm quá cao");

    assertThat(pi).isWaitingAt(ClusterRoundProcess.CORRECT);
    List<Task> open = tasks.createTaskQuery().processInstanceId(pi.getId()).list();
    assertEquals(1, open.size());
    Task correction = unitTask(pi, ClusterRoundProcess.CORRECT, "ca");
    assertTrue(String.valueOf(tasks.getVariableLocal(correction.getId(), ClusterRoundProcess.VAR_PREVIOUS_SHEET))
        .startsWith("Phiếu đã nộp: 31; 15; 12; 13; 8."));
    // another unit's head cannot see it
    assertEquals(0, as("head.qs", () -> tasks.createTaskQuery().taskId(correction.getId()).count()));

    submitTask(pi, ClusterRoundProcess.CORRECT, "ca", "25; 15; 12; 13; 8");

    assertThat(pi).isWaitingAt(ClusterRoundProcess.COMPILE);
    compileAgree(pi, null);
    assertThat(pi).isEnded();
    Map<String, RoundMember> members = new HashMap<>();
    roundService.membersOf(round(pi).getId()).forEach(m -> members.put(m.getUnitCode(), m));
    assertEquals(73, members.get("ca").getSelfTotal());
    assertEquals(73, members.get("ca").getAgreedScore());
    assertEquals(1, members.get("ca").getCorrections());
    assertEquals(0, members.get("qs").getCorrections());
    assertEquals(81, members.get("qs").getSelfTotal());
    // every other unit answered once
    assertEquals(7, history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(ClusterRoundProcess.SUBMIT).finished().count());
    assertEquals(1, history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(ClusterRoundProcess.CORRECT).finished().count());
  }

  // ---------------------------------------------------------------- a late unit

  /** What Tasklist sends: the sheet's and the agreed scores' dynamic lists as JSON rows, units and criteria by name. */
  @Test
  void theFormsRowsCarryTheScoresWithoutCodes() {
    ProcessInstance pi = startRound("MID_YEAR");
    Task sheet = unitTask(pi, ClusterRoundProcess.SUBMIT, "ca");
    String offered = String.valueOf(runtime.getVariableLocal(sheet.getExecutionId(), ClusterRoundProcess.VAR_POINTS));
    assertTrue(offered.startsWith("[{\"criterion\":\"1. Thực hiện nhiệm vụ chính trị, chuyên môn được giao\","
        + "\"maxPoints\":40,\"points\":null}"), offered);
    org.camunda.bpm.engine.variable.value.TypedValue tooMany = org.camunda.spin.plugin.variable.SpinValues.jsonValue(
        "[{\"points\":41},{\"points\":15},{\"points\":12},{\"points\":13},{\"points\":8}]").create();
    Refusal refusal = refused(() -> as(head("ca"), () -> tasks.complete(sheet.getId(),
        Map.of(ClusterRoundProcess.VAR_POINTS, tooMany, ClusterRoundProcess.VAR_REPORT, "Báo cáo"))));
    assertTrue(refusal.getMessage().contains("từ 0 đến 40, đã nhập 41"), refusal.getMessage());
    as(head("ca"), () -> tasks.complete(sheet.getId(), Map.of(ClusterRoundProcess.VAR_POINTS,
        org.camunda.spin.plugin.variable.SpinValues.jsonValue("[{\"points\":38},{\"points\":18},{\"points\":14},"
            + "{\"points\":15},{\"points\":9}]").create(), ClusterRoundProcess.VAR_REPORT, "Báo cáo")));
    assertEquals(94, member(pi, "ca").getSelfTotal());
    submitAll(pi, "ca");

    Task compile = task(pi, ClusterRoundProcess.COMPILE);
    // rows in unit order (bdbp, ca, pccc, qs, tand, thads, vks): the leader lowers ca to 90 in its row
    StringBuilder rows = new StringBuilder("[");
    int[] totals = {78, 90, 80, 81, 82, 83, 84};
    for (int i = 0; i < totals.length; i++) {
      rows.append(i == 0 ? "" : ",").append("{\"agreed\":").append(totals[i]).append("}");
    }
    complete(LEADER, pi, ClusterRoundProcess.COMPILE, ClusterRoundProcess.VAR_COMPILE_OUTCOME, "agree",
        ClusterRoundProcess.VAR_AGREED_SCORES,
        org.camunda.spin.plugin.variable.SpinValues.jsonValue(rows.append("]").toString()).create());
    assertEquals(90, member(pi, "ca").getAgreedScore());
    assertEquals(84, member(pi, "vks").getAgreedScore());
  }

  @Test
  void aLateUnitIsRemindedThenLeftOutAsNotSubmitted() {
    ProcessInstance pi = startRound("MID_YEAR");
    submitAll(pi, "vks");

    fireTimer(pi, ClusterRoundProcess.REMINDER);
    RoundMember vks = member(pi, "vks");
    assertNotNull(vks.getRemindedAt());
    assertNull(member(pi, "ca").getRemindedAt());
    assertEquals(90, unitTask(pi, ClusterRoundProcess.SUBMIT, "vks").getPriority());

    fireTimer(pi, ClusterRoundProcess.DEADLINE);

    assertThat(pi).isWaitingAt(ClusterRoundProcess.COMPILE);
    assertEquals(RoundMember.Status.NOT_SUBMITTED, member(pi, "vks").getStatus());
    String table = (String) tasks.getVariableLocal(task(pi, ClusterRoundProcess.COMPILE).getId(),
        ClusterRoundProcess.VAR_SCORE_TABLE);
    assertTrue(table.contains("Viện Kiểm sát nhân dân tỉnh: KHÔNG NỘP") && !table.contains("vks"), table);
    compileAgree(pi, null);
    assertThat(pi).isEnded();
    ClusterMinutes minutes = roundService.minutesOf(round(pi).getId()).orElseThrow();
    assertEquals(6, minutes.getMembersPresent());
    assertTrue(minutes.getContent().contains("Viện Kiểm sát nhân dân tỉnh: không nộp phiếu tự chấm đúng hạn"));
    assertNull(member(pi, "vks").getAgreedScore());
  }

  // ---------------------------------------------------------------- YEAR_END: clear majority

  @Test
  void clearMajorityNominatesTheFlagUnitAndMeritUnitsAndHandsOverTheCluster() {
    ProcessInstance pi = startRound("YEAR_END");
    submitAll(pi);
    Refusal noLeader = refused(() -> complete(LEADER, pi, ClusterRoundProcess.COMPILE,
        ClusterRoundProcess.VAR_COMPILE_OUTCOME, "agree"));
    assertEquals(ClusterRoundProcess.VAR_NEXT_LEADER, noLeader.field());
    compileAgree(pi, "ca");

    assertEquals(7, tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ClusterRoundProcess.CAST_BALLOT).count());
    // ca 5, qs 2; merit: qs, vks by everyone, pccc by three
    // merit for ca too: the flag unit is not also proposed for the lower award
    voteAll(pi, List.of("ca", "ca", "ca", "ca", "ca", "qs", "qs"), "qs", "vks", "ca");

    assertThat(pi).isEnded().hasPassed(ClusterRoundProcess.TALLY, ClusterRoundProcess.START_NOMINATIONS,
        ClusterRoundProcess.NEXT_LEADER, ClusterRoundProcess.WRITE_MINUTES);
    assertEquals(1, round(pi).getBallotRound());
    List<ClusterNominee> result = nominees(pi);
    assertEquals(List.of("ca:CO_THI_DUA_TINH:5/7", "qs:BANG_KHEN_CHU_TICH_TINH:7/7", "vks:BANG_KHEN_CHU_TICH_TINH:7/7"),
        result.stream().map(n -> n.getUnitCode() + ":" + n.getAwardType() + ":" + n.getVotesFor() + "/" + n.getVotesTotal())
            .toList());
    // the nominations: started on the leader's behalf, waiting for each unit's head
    for (ClusterNominee n : result) {
      assertNotNull(n.getCaseNumber());
      CommendationCase c = caseRepository.findByCaseNumber(n.getCaseNumber()).orElseThrow();
      assertEquals(n.getUnitCode(), c.getUnitCode());
      assertEquals(n.getAwardType(), c.getAwardType());
      assertEquals(LEADER, c.getNominatorId());
      Task endorse = tasks.createTaskQuery().processInstanceBusinessKey(n.getCaseNumber())
          .taskDefinitionKey(NominationProcess.ENDORSE).singleResult();
      assertNotNull(endorse);
      assertEquals(1, as(head(n.getUnitCode()), () -> tasks.createTaskQuery().taskId(endorse.getId()).count()));
    }
    assertEquals(AwardType.CO_THI_DUA_TINH, result.get(0).getAwardType());
    // the cluster changes hands: ca leads next year, and its head joins the leaders' group
    assertEquals("ca", jdbc.queryForObject("select leader_unit_code from org_cluster where code = 'cum9'", String.class));
    assertEquals("ca", jdbc.queryForObject("select unit_code from cluster_leadership where cluster_code = 'cum9' and term_year = ?",
        String.class, YEAR + 1));
    assertEquals(1, identity.createUserQuery().userId("head.ca").memberOfGroup(LEADERS).count());
    assertEquals(1, identity.createUserQuery().userId(LEADER).memberOfGroup(LEADERS).count());
    String minutes = roundService.minutesOf(round(pi).getId()).orElseThrow().getContent();
    assertTrue(minutes.contains("Cờ thi đua: Bộ Chỉ huy Bộ đội Biên phòng tỉnh 0, Công an tỉnh 5"), minutes);
    assertTrue(minutes.contains("Trưởng cụm năm " + (YEAR + 1) + ": Công an tỉnh"), minutes);
  }

  // ---------------------------------------------------------------- tie, then a second ballot round

  @Test
  void aTieAtTheTopLeadsToARunOffBetweenTheTiedUnits() {
    ProcessInstance pi = startRound("YEAR_END");
    submitAll(pi);
    compileAgree(pi, "thads");
    voteAll(pi, List.of("ca", "ca", "ca", "qs", "qs", "qs", "vks"), "tand");

    assertThat(pi).isWaitingAt(ClusterRoundProcess.CAST_BALLOT);
    assertEquals(2, round(pi).getBallotRound());
    ClusterBallotService.BallotForm form = clusterBallots.form(unitTask(pi, ClusterRoundProcess.CAST_BALLOT, "ca").getId(), "head.ca");
    assertEquals(List.of("ca", "qs"), form.flagCandidates());
    assertEquals(List.of(), form.meritCandidates());
    Refusal notACandidate = refused(() -> vote(pi, "vks", "vks"));
    assertEquals(400, notACandidate.status());

    voteAll(pi, List.of("ca", "ca", "ca", "ca", "qs", "qs", "qs"));

    assertThat(pi).isEnded();
    List<ClusterNominee> result = nominees(pi);
    assertEquals(List.of("ca:CO_THI_DUA_TINH:4/7", "tand:BANG_KHEN_CHU_TICH_TINH:7/7"),
        result.stream().map(n -> n.getUnitCode() + ":" + n.getAwardType() + ":" + n.getVotesFor() + "/" + n.getVotesTotal())
            .toList());
    assertEquals(3, flagVotes(pi, 1, "ca"));
    assertEquals(4, flagVotes(pi, 2, "ca"));
    // the flag case carries the tally into the nomination once the unit's head has endorsed it
    CommendationCase flagCase = caseRepository.findByCaseNumber(result.get(0).getCaseNumber()).orElseThrow();
    ProcessInstance nomination = runtime.createProcessInstanceQuery().processInstanceId(flagCase.getProcessInstanceId())
        .singleResult();
    complete("head.ca", nomination, NominationProcess.ENDORSE, NominationProcess.VAR_ENDORSEMENT_OUTCOME, "approve");
    assertThat(nomination).isWaitingAt(NominationProcess.APPRAISE).hasNotPassed(NominationProcess.REVIEW_IN_CLUSTER);
    assertEquals(4, runtime.getVariable(nomination.getId(), NominationProcess.VAR_CLUSTER_VOTES_FOR));
    assertEquals(7, runtime.getVariable(nomination.getId(), NominationProcess.VAR_CLUSTER_VOTES_TOTAL));
  }

  // ---------------------------------------------------------------- no majority

  @Test
  void noMajorityLeadsToARunOffBetweenTheTopTwo() {
    ProcessInstance pi = startRound("YEAR_END");
    submitAll(pi);
    compileAgree(pi, "thads");
    // ca 3 of 7 is the most but not more than half: run-off between ca and the runner-up qs
    voteAll(pi, List.of("ca", "ca", "ca", "qs", "qs", "vks", "tand"));

    assertThat(pi).isWaitingAt(ClusterRoundProcess.CAST_BALLOT);
    assertEquals(2, round(pi).getBallotRound());
    assertEquals(List.of("ca", "qs"), clusterBallots.form(unitTask(pi, ClusterRoundProcess.CAST_BALLOT, "qs").getId(),
        "head.qs").flagCandidates());
    assertTrue(nominees(pi).isEmpty());

    voteAll(pi, List.of("ca", "ca", "ca", "ca", "qs", "qs", "qs"));

    assertThat(pi).isEnded();
    assertEquals(List.of("ca:CO_THI_DUA_TINH:4/7"), nominees(pi).stream()
        .map(n -> n.getUnitCode() + ":" + n.getAwardType() + ":" + n.getVotesFor() + "/" + n.getVotesTotal()).toList());
    String minutes = roundService.minutesOf(round(pi).getId()).orElseThrow().getContent();
    // units by name, never by code
    assertTrue(minutes.contains("Bỏ phiếu kín vòng 2 (7 phiếu) — Cờ thi đua: Công an tỉnh 4, Bộ Chỉ huy Quân sự tỉnh 3"),
        minutes);
    // and the same minutes as a document in the Decree 30 layout
    String pdf;
    try (var doc = org.apache.pdfbox.Loader.loadPDF(minutesWriter.pdf(round(pi)))) {
      var stripper = new org.apache.pdfbox.text.PDFTextStripper();
      stripper.setSortByPosition(true);
      pdf = stripper.getText(doc).replaceAll("\\s+", " ");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertTrue(pdf.contains("CỤM THI ĐUA SỐ 9") && pdf.contains("BIÊN BẢN"), pdf);
    assertTrue(pdf.contains("Vòng 2 (7 phiếu) — Cờ thi đua: Công an tỉnh 4, Bộ Chỉ huy Quân sự tỉnh 3."), pdf);
    assertTrue(pdf.contains("Công an tỉnh — Cờ thi đua của UBND tỉnh (4/7 phiếu)"), pdf);
    assertTrue(pdf.contains("ĐẠI DIỆN ĐƠN VỊ TRƯỞNG CỤM"), pdf);
    assertFalse(pdf.contains(" ca ") || pdf.contains("lead.cum9"), pdf);
  }

  @Test
  void withoutAMajorityAfterTheLastAllowedRoundTheClusterProposesNoFlag() {
    ProcessInstance pi = startRound("YEAR_END");
    submitAll(pi);
    compileAgree(pi, "thads");
    // three tied at the top: run-off among the three
    voteAll(pi, List.of("ca", "ca", "qs", "qs", "vks", "vks", "tand"));
    assertEquals(List.of("ca", "qs", "vks"), clusterBallots.form(unitTask(pi, ClusterRoundProcess.CAST_BALLOT, "ca")
        .getId(), "head.ca").flagCandidates());
    // vks leads without a majority, ca and qs tie second: the same three again
    voteAll(pi, List.of("ca", "ca", "qs", "qs", "vks", "vks", "vks"));
    assertEquals(3, round(pi).getBallotRound());
    voteAll(pi, List.of("ca", "ca", "qs", "qs", "vks", "vks", "vks"));

    assertThat(pi).isEnded().hasPassed(ClusterRoundProcess.WRITE_MINUTES);
    assertEquals(3, clusterSettings.getMaxBallotRounds());
    assertTrue(nominees(pi).isEmpty());
    assertEquals(0, caseRepository.count());
    String minutes = roundService.minutesOf(round(pi).getId()).orElseThrow().getContent();
    assertTrue(minutes.contains("Kết quả: không có đơn vị đủ số phiếu."), minutes);
  }

  @Test
  void theBallotDeadlineTalliesTheBallotsCastByThen() {
    ProcessInstance pi = startRound("YEAR_END");
    submitAll(pi);
    compileAgree(pi, "thads");
    // vks never votes: ca has 4 of the 6 ballots cast, more than half of those
    for (String unit : UNITS.subList(0, 6)) {
      vote(pi, unit, List.of("bdbp", "ca", "pccc", "qs").contains(unit) ? "ca" : "qs", "tand");
    }
    assertThat(pi).isWaitingAt(ClusterRoundProcess.CAST_BALLOT);

    fireTimer(pi, ClusterRoundProcess.BALLOT_DEADLINE);

    assertThat(pi).isEnded();
    assertEquals(List.of("ca:CO_THI_DUA_TINH:4/6", "tand:BANG_KHEN_CHU_TICH_TINH:6/6"), nominees(pi).stream()
        .map(n -> n.getUnitCode() + ":" + n.getAwardType() + ":" + n.getVotesFor() + "/" + n.getVotesTotal()).toList());
    assertEquals(List.of("vks"), jdbc.queryForList("select unit_code from cluster_ballot_sheet where not voted",
        String.class));
    String minutes = roundService.minutesOf(round(pi).getId()).orElseThrow().getContent();
    assertTrue(minutes.contains("Bỏ phiếu kín vòng 1 (6 phiếu)"), minutes);
  }

  // ---------------------------------------------------------------- merit quota

  @Test
  void theMeritQuotaKeepsOnlyTheUnitsWithMostVotesAndTheFlagUnitIsNotAlsoAMeritNominee() {
    ProcessInstance pi = startRound("YEAR_END");
    submitAll(pi);
    compileAgree(pi, "thads");
    // merit votes: qs 6, vks 5, tand 5, bdbp 4, ca 1 → more than half of 7: qs, vks, tand, bdbp; the quota of 3
    // keeps the three with more votes than the fourth
    vote(pi, "bdbp", "ca", "qs", "vks", "tand");
    vote(pi, "ca", "ca", "qs", "vks", "tand");
    vote(pi, "pccc", "ca", "qs", "vks", "bdbp");
    vote(pi, "qs", "ca", "qs", "tand", "bdbp");
    vote(pi, "tand", "ca", "qs", "tand", "bdbp");
    vote(pi, "thads", "ca", "qs", "vks", "bdbp");
    Refusal tooMany = refused(() -> vote(pi, "vks", "ca", "vks", "tand", "ca", "qs"));
    assertEquals(400, tooMany.status());
    vote(pi, "vks", "ca", "vks", "tand", "ca");

    assertThat(pi).isEnded();
    assertEquals(3, clusterSettings.getMeritQuota());
    List<String> merit = nominees(pi).stream().filter(n -> n.getAwardType() == AwardType.BANG_KHEN_CHU_TICH_TINH)
        .map(ClusterNominee::getUnitCode).toList();
    assertEquals(List.of("qs", "tand", "vks"), merit.stream().sorted().toList());
    assertEquals(List.of("ca"), nominees(pi).stream().filter(n -> n.getAwardType() == AwardType.CO_THI_DUA_TINH)
        .map(ClusterNominee::getUnitCode).toList());
  }

  private RoundMember member(ProcessInstance pi, String unit) {
    return roundService.membersOf(round(pi).getId()).stream().filter(m -> m.getUnitCode().equals(unit)).findFirst()
        .orElseThrow();
  }
}
