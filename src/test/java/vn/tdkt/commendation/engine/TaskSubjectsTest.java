package vn.tdkt.commendation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.council.CouncilProcess;
import vn.tdkt.commendation.nomination.NominationProcess;

/**
 * A list of tasks can be told apart: each task's name carries what it is about (the case number, the nominee and
 * the unit; the Council's session), and a ballot is due when the vote closes.
 */
class TaskSubjectsTest extends WorkflowTest {

  @Test
  void aNominationTaskNamesTheCaseTheNomineeAndTheUnit() {
    ProcessInstance pi = nominate("nominator.thads", meritNomination("Nguyễn Thị Mai"));
    String caseNumber = caseOf(pi).getCaseNumber();

    Task endorse = task(pi, NominationProcess.ENDORSE);
    assertThat(endorse.getName()).isEqualTo(
        "Thủ trưởng đơn vị ký trình — " + caseNumber + " · Nguyễn Thị Mai · Cục Thi hành án dân sự tỉnh");
    // Tasklist's history and Cockpit read the same name
    assertThat(history.createHistoricTaskInstanceQuery().taskId(endorse.getId()).singleResult().getName())
        .isEqualTo(endorse.getName());

    complete("head.thads", pi, NominationProcess.ENDORSE, NominationProcess.VAR_ENDORSEMENT_OUTCOME, "approve");
    assertThat(task(pi, NominationProcess.REVIEW_IN_CLUSTER).getName())
        .startsWith("Cụm thi đua xét, bình chọn — " + caseNumber + " · Nguyễn Thị Mai");
  }

  @Test
  void aBallotNamesItsSessionAndIsDueWhenTheVoteCloses() {
    ProcessInstance fighter = nominatedAndAppraised(fighterNomination("Lê Văn Bình"));
    ProcessInstance session = openCouncilSession(null);
    String sessionNumber = runtime.createProcessInstanceQuery().processInstanceId(session.getId()).singleResult()
        .getBusinessKey();

    Job deadline = management.createJobQuery().processInstanceId(session.getId())
        .activityId(CouncilProcess.VOTING_DEADLINE).timers().singleResult();
    List<Task> ballots = tasks.createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(CouncilProcess.CAST_BALLOT).list();
    assertThat(ballots).hasSize(COUNCIL.size());
    for (Task ballot : ballots) {
      assertThat(ballot.getName()).isEqualTo("Bỏ phiếu kín — Phiên họp " + sessionNumber + " · 1 hồ sơ");
      // computed by the timer's own declaration moments before the engine starts the timer
      assertThat(ballot.getDueDate()).isCloseTo(deadline.getDuedate(), 2000);
    }
    assertThat(deadline.getDuedate()).isAfter(new Date());

    for (String member : COUNCIL) {
      vote(session, member, Map.of(caseOf(fighter).getCaseNumber(), "approve"));
    }
    Task approve = tasks.createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(CouncilProcess.APPROVE_DECISION).singleResult();
    assertThat(approve.getName()).isEqualTo("Lãnh đạo UBND tỉnh ký duyệt quyết định — " + sessionNumber
        + " · Chiến sĩ thi đua cấp tỉnh · 1 hồ sơ");
    as("chairman", () -> tasks.complete(approve.getId(), Map.of(CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve")));
    Task register = tasks.createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(CouncilProcess.RECORD_NUMBER).singleResult();
    assertThat(register.getName()).isEqualTo("Văn thư vào sổ, cấp số và ngày quyết định — " + sessionNumber
        + " · Chiến sĩ thi đua cấp tỉnh");
  }

  @Test
  void aLongSubjectIsCutToWhatTheTaskTablesHold() {
    String name = TaskSubjectPlugin.named("Thủ trưởng đơn vị ký trình", "x".repeat(400));
    assertThat(name).hasSize(TaskSubjectPlugin.NAME_LIMIT).endsWith("…").startsWith("Thủ trưởng đơn vị ký trình — x");
  }
}
