package vn.tdkt.commendation.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.tdkt.commendation.casefile.CaseProgress.DeadlineState;
import vn.tdkt.commendation.casefile.CaseProgress.State;
import vn.tdkt.commendation.casefile.CaseProgress.Step;

/** The progress view and the deadlines of a case, from its record alone. */
class CaseProgressTest {

  static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  static CommendationCase fresh() {
    NominationData data = new NominationData(AwardType.CHIEN_SI_THI_DUA_TINH, NomineeKind.INDIVIDUAL, "Nguyễn Thị Mai",
        "Chấp hành viên", 2026, "Thành tích", 3, 2, 1, false);
    CommendationCase c = new CommendationCase("TDKT-2026-00012", data, "thads", "cum9", "nominator.thads", T0);
    c.addEvent(T0, "nominator.thads", "registered", null);
    c.moveTo(CaseStage.ELIGIBILITY, null, T0);
    c.addEvent(T0, "system", "eligible", null);
    return c;
  }

  static void act(CommendationCase c, CaseStage stage, Instant at, String actor, String outcome) {
    c.moveTo(stage, null, at);
    c.addEvent(at, actor, outcome, null);
  }

  @Test
  void theStepsAreTheStagesWithTheCurrentOneMarkedAndOnlyTheStepsThatHappened() {
    CommendationCase c = fresh();
    act(c, CaseStage.ENDORSEMENT, T0.plusSeconds(60), "head.thads", "approve");
    c.moveTo(CaseStage.CLUSTER_REVIEW, null, T0.plusSeconds(120));

    List<Step> steps = CaseProgress.steps(c);
    assertThat(steps).extracting(Step::stage).containsExactly(CaseStage.REGISTRATION, CaseStage.ELIGIBILITY,
        CaseStage.ENDORSEMENT, CaseStage.CLUSTER_REVIEW, CaseStage.APPRAISAL, CaseStage.COUNCIL, CaseStage.DECISION);
    assertThat(steps).extracting(Step::state).containsExactly(State.DONE, State.DONE, State.DONE, State.CURRENT,
        State.UPCOMING, State.UPCOMING, State.UPCOMING);
    Step endorsed = steps.get(2);
    assertThat(endorsed.last().getActor()).isEqualTo("head.thads");
    assertThat(endorsed.last().getOutcome()).isEqualTo("approve");
  }

  @Test
  void aReturnShowsTheRevisionAsCurrentAndTheLaterStepsAheadAgain() {
    CommendationCase c = fresh();
    act(c, CaseStage.ENDORSEMENT, T0.plusSeconds(60), "head.thads", "return");
    c.moveTo(CaseStage.REVISION, null, T0.plusSeconds(61));

    List<Step> steps = CaseProgress.steps(c);
    assertThat(steps).extracting(Step::stage).contains(CaseStage.REVISION);
    assertThat(steps).filteredOn(Step::current).extracting(Step::stage).containsExactly(CaseStage.REVISION);
    Step endorse = steps.stream().filter(s -> s.stage() == CaseStage.ENDORSEMENT).findFirst().orElseThrow();
    assertThat(endorse.state()).isEqualTo(State.UPCOMING);
  }

  @Test
  void aRejectedCaseEndsWhereItStoppedAndNeverReachesTheRest() {
    CommendationCase c = fresh();
    act(c, CaseStage.ENDORSEMENT, T0.plusSeconds(60), "head.thads", "approve");
    act(c, CaseStage.CLUSTER_REVIEW, T0.plusSeconds(120), "lead.cum9", "approve");
    act(c, CaseStage.APPRAISAL, T0.plusSeconds(180), "officer.ban", "approve");
    act(c, CaseStage.COUNCIL, T0.plusSeconds(240), "system", "councilNotPassed");
    c.close(CaseStatus.REJECTED, "Không đạt tỷ lệ phiếu", T0.plusSeconds(241));

    List<Step> steps = CaseProgress.steps(c);
    assertThat(steps).extracting(Step::state).containsExactly(State.DONE, State.DONE, State.DONE, State.DONE,
        State.DONE, State.ENDED, State.NOT_REACHED);
  }

  @Test
  void aDeadlineIsRedOnlyWhenMissed() {
    CommendationCase c = fresh();
    act(c, CaseStage.APPRAISAL, T0, "system", "registered");
    Instant due = T0.plus(Duration.ofDays(30));
    c.setAppraisalDueAt(due);

    assertThat(CaseProgress.appraisal(c, due.minusSeconds(1)).state()).isEqualTo(DeadlineState.PENDING);
    assertThat(CaseProgress.appraisal(c, due.plusSeconds(1)).overdue()).isTrue();

    // appraised on time: no longer red, whenever the page is opened
    act(c, CaseStage.APPRAISAL, due.minus(Duration.ofDays(2)), "officer.ban", "approve");
    c.moveTo(CaseStage.COUNCIL, CaseStatus.AWAITING_COUNCIL, due.minus(Duration.ofDays(2)));
    CaseProgress.Deadline met = CaseProgress.appraisal(c, due.plus(Duration.ofDays(90)));
    assertThat(met.state()).isEqualTo(DeadlineState.MET);
    assertThat(met.overdue()).isFalse();
    assertThat(met.doneAt()).isEqualTo(due.minus(Duration.ofDays(2)));
    assertThat(CaseProgress.supplement(c, T0)).isNull();
  }
}
