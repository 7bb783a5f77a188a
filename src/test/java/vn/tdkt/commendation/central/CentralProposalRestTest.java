package vn.tdkt.commendation.central;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.commendation.central.CentralProcess.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.commendation.RestWorkflowTest;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.nomination.NominationProcess;

/** POST /api/central-proposals/{id}/result: the central result as a message, for the Board only. */
class CentralProposalRestTest extends RestWorkflowTest {

  @Autowired CaseService cases;
  @Autowired CentralProposalService proposals;

  @Test
  void theBoardPostsTheCentralResultOnceAndOthersAreRefused() {
    ProcessInstance pi = submittedProposal("Đặng Văn Trung Ương");
    CentralProposal p = proposals.ofCase(pi.getBusinessKey()).get(0);
    String path = "/api/central-proposals/" + p.getId() + "/result";
    Map<String, String> awarded = Map.of("outcome", "awarded", "decisionNumber", "456/QĐ-TTg");

    assertThat(anonymous().post(path, awarded).status()).isEqualTo(401);
    as("nominator.thads").post(path, awarded).refused(403, null, "Ban Thi đua");
    as("officer.ban").post("/api/central-proposals/999999/result", awarded).refused(404, null, "999999");
    as("officer.ban").post(path, Map.of("outcome", "awarded")).refused(400, VAR_RESULT_DECISION, "số quyết định");
    as("officer.ban").post(path, Map.of("outcome", "maybe")).refused(400, VAR_RESULT_OUTCOME, "awarded");
    assertThat(proposals.get(p.getId()).getStatus()).isEqualTo(CentralProposal.Status.SUBMITTED);

    as("officer.ban").post(path, awarded).expect(204);

    CentralProposal done = proposals.get(p.getId());
    assertThat(done.getStatus()).isEqualTo(CentralProposal.Status.AWARDED);
    assertThat(done.getResultDecisionNumber()).isEqualTo("456/QĐ-TTg");
    assertThat(done.getResultBy()).isEqualTo("officer.ban");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    // the same result again finds nothing waiting
    as("officer.ban").post(path, awarded).refused(409, null, "không ở bước chờ kết quả");
  }

  private ProcessInstance submittedProposal(String nominee) {
    // a provincial fighter: a certificate of merit decided this year leaves no good years after it (issue 14)
    ProcessInstance nomination = nominatedAndAppraised(fighterNomination(nominee));
    String caseNumber = caseOf(nomination).getCaseNumber();
    cases.decide(caseNumber, "8/QĐ-UBND", LocalDate.of(YEAR, 12, 2), "chairman");
    runtime.createMessageCorrelation(NominationProcess.MSG_COUNCIL_RESULT).processInstanceId(nomination.getId())
        .setVariable(NominationProcess.VAR_COUNCIL_OUTCOME, NominationProcess.AWARDED).correlate();
    Map<String, Object> v = new HashMap<>();
    v.put(VAR_CASE_NUMBER, caseNumber);
    v.put(VAR_AWARD, "BANG_KHEN_THU_TUONG");
    v.put(VAR_PROVINCIAL_MERIT, true);
    v.put(VAR_GOOD_YEARS, 6);
    v.put(VAR_GRASSROOTS_TIMES, 3);
    ProcessInstance pi = as("officer.ban", () -> runtime.startProcessInstanceByKey(KEY, v));
    complete("officer.ban", pi, PREPARE, VAR_DOSSIER_SETS, 2);
    complete("chairman", pi, SIGN, VAR_SIGN_OUTCOME, SIGN_APPROVE);
    complete("officer.ban", pi, RECORD_SUBMISSION);
    return runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult();
  }
}
