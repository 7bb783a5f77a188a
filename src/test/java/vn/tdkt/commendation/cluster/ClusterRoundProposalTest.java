package vn.tdkt.commendation.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.proposal.ProposalProcess;

/**
 * A year-end round's result as proposals (the production setting, tdkt.cluster.round-results=PROPOSALS): one
 * proposal per unit with that unit's nominees, started on the leader's behalf, each waiting for its head's
 * signature; the cluster's review is not repeated, and the flag carries the round's tally.
 */
class ClusterRoundProposalTest extends ClusterRoundTestBase {

  private ClusterSettings.RoundResults before;

  @BeforeEach
  void proposals() {
    before = clusterSettings.getRoundResults();
    clusterSettings.setRoundResults(ClusterSettings.RoundResults.PROPOSALS);
  }

  @AfterEach
  void restore() {
    clusterSettings.setRoundResults(before);
  }

  @Test
  void theRoundStartsOneProposalPerUnitThatSkipsTheClusterStep() {
    ProcessInstance round = startRound("YEAR_END");
    submitAll(round);
    compileAgree(round, "ca");
    // flag: ca 5 of 7; merit: qs and vks by everyone
    voteAll(round, List.of("ca", "ca", "ca", "ca", "ca", "qs", "qs"), "qs", "vks", "ca");
    assertThat(round).isEnded();

    List<ClusterNominee> result = nominees(round);
    assertThat(result).extracting(ClusterNominee::getUnitCode).containsExactly("ca", "qs", "vks");
    List<ProcessInstance> proposals = runtime.createProcessInstanceQuery().processDefinitionKey(ProposalProcess.KEY)
        .list();
    assertThat(proposals).as("one proposal per unit").hasSize(3);
    for (ClusterNominee n : result) {
      CommendationCase c = caseRepository.findByCaseNumber(n.getCaseNumber()).orElseThrow();
      assertThat(c.getUnitCode()).isEqualTo(n.getUnitCode());
      assertThat(c.getNominatorId()).isEqualTo(LEADER);
      assertThat(c.isClusterVoted()).isTrue();
      ProcessInstance proposal = runtime.createProcessInstanceQuery()
          .processInstanceBusinessKey(c.getProposalNumber()).singleResult();
      assertThat(proposal).isWaitingAt(ProposalProcess.ENDORSE);
      assertThat(task(proposal, ProposalProcess.ENDORSE)).hasCandidateGroup("unit-" + n.getUnitCode() + "-heads");
      complete(head(n.getUnitCode()), proposal, ProposalProcess.ENDORSE, ProposalProcess.VAR_ENDORSEMENT_OUTCOME,
          ProposalProcess.APPROVE);
      assertThat(proposal).isWaitingAt(ProposalProcess.RECEIVE).hasNotPassed(ProposalProcess.REVIEW_IN_CLUSTER);
    }
    CommendationCase flag = caseRepository.findByCaseNumber(result.get(0).getCaseNumber()).orElseThrow();
    assertThat(flag.getAwardType()).isEqualTo(AwardType.CO_THI_DUA_TINH);
    assertThat(flag.getEligible()).as("a flag voted by the cluster: Law Art. 26").isTrue();
    assertThat(jdbc.queryForList("select e.comment_text from case_event e join case_record c on c.id = e.case_id "
        + "where c.case_number = ? and e.outcome = 'clusterVoted'", String.class, flag.getCaseNumber()))
        .singleElement().asString().contains("5/7");
  }
}
