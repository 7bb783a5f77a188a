package vn.tdkt.commendation.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.tdkt.commendation.proposal.ProposalProcess.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import vn.tdkt.commendation.casefile.CaseStage;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.nomination.CaseProcess;
import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.problem.Refusal;

/** Every path of "commendation-proposal" and of the nominee cases it opens. */
class ProposalProcessTest extends ProposalTestBase {

  @Test
  void aProposalIsNumberedItsNomineesAreCasesAndTheHeadSignsOnce() {
    ProcessInstance pi = propose("ANNUAL", List.of(merit("Nguyễn Thị Mai"), fighter("Lê Văn Bình"),
        excellentCollective("Đội Thi hành án số 1")));

    assertThat(pi).isWaitingAt(ENDORSE);
    assertThat(pi.getBusinessKey()).isEqualTo(String.format("DN-%d-00001", YEAR));
    List<CommendationCase> cases = nominees(pi);
    assertThat(cases).extracting(CommendationCase::getCaseNumber).containsExactly(
        String.format("TDKT-%d-00001", YEAR), String.format("TDKT-%d-00002", YEAR), String.format("TDKT-%d-00003", YEAR));
    assertThat(cases).allSatisfy(c -> {
      assertThat(c.getProposalNumber()).isEqualTo(pi.getBusinessKey());
      assertThat(c.getStage()).isEqualTo(CaseStage.ENDORSEMENT);
      assertThat(c.getEligible()).isTrue();
    });
    assertThat(task(pi, ENDORSE)).hasCandidateGroup("unit-thads-heads");
    assertThat(openTasks(ENDORSE)).isEqualTo(1);
  }
}
