package vn.tdkt.commendation.council;

import static vn.tdkt.commendation.PageRequests.official;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.casefile.CaseStatus;

/**
 * A Board head closes a Council vote before its deadline (model 1.3.0, message "councilVotingClosed" on the ballot
 * round): refused before the quorum, to anyone but a Board head, and without confirming that the members who have not
 * voted are absent — each time with a Vietnamese reason and nothing changed; then the round is counted with the ballots
 * cast and the Chairman's list appears. Through the page and its security chain, as a browser posts the form.
 */
class EarlyCloseTest extends WorkflowTest {

  @Autowired WebApplicationContext context;
  @Autowired RepositoryService repository;
  @Autowired CouncilMinutes minutes;
  @Autowired CouncilService council;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }


  @Test
  void aBoardHeadClosesTheVoteOnceTheQuorumIsReachedAndTheAbsentAreConfirmed() throws Exception {
    ProcessInstance merit = nominatedAndAppraised(meritNomination("Đinh Văn Kết Thúc"));
    ProcessInstance fighter = nominatedAndAppraised(fighterNomination("Đinh Thị Sớm Hạn"));
    ProcessInstance session = openCouncilSession(null);
    String number = session.getBusinessKey();
    Map<String, String> approve = Map.of(caseOf(merit).getCaseNumber(), "approve",
        caseOf(fighter).getCaseNumber(), "approve");
    for (String member : COUNCIL.subList(0, 4)) {
      vote(session, member, approve);
    }

    // four of seven: no quorum (five needed) — no button, and a post is refused
    assertThat(page(number, "head.ban", "board-heads").select("#close-voting")).isEmpty();
    Document early = Jsoup.parse(close(number, "head.ban", "board-heads", true, status().isConflict()));
    assertThat(early.select("#session-error").text())
        .isEqualTo("Chưa đủ số thành viên bỏ phiếu: cần ít nhất 5/7 thành viên, mới có 4. Chưa thể kết thúc bỏ phiếu.");
    assertUnchanged(session, 3);

    vote(session, "council.5", approve);

    // the quorum is reached: the form is the Board heads' alone
    Document forHead = page(number, "head.ban", "board-heads");
    assertThat(forHead.select("form#close-voting button").text()).isEqualTo("Kết thúc bỏ phiếu và kiểm phiếu");
    assertThat(forHead.select("form#close-voting input[name=_csrf]")).hasSize(1);
    assertThat(forHead.select("form#close-voting input[name=membersAbsent]").attr("type")).isEqualTo("checkbox");
    assertThat(forHead.select("#absent-count").text()).isEqualTo("(2 người)");
    for (String[] other : List.of(new String[] {"officer.ban", "board-officers"}, new String[] {"chairman", "chairman"},
        new String[] {"council.6", "council-members"})) {
      assertThat(page(number, other[0], other[1]).select("#close-voting")).as(other[0]).isEmpty();
    }

    // a Board officer and a Council member are stopped at the door (403); so is a post without the form's token
    close(number, "officer.ban", "board-officers", true, status().isForbidden());
    close(number, "council.6", "council-members", true, status().isForbidden());
    mvc.perform(post("/council/sessions/" + number + "/close-voting").param("membersAbsent", "true")
        .with(official("head.ban", "board-heads"))).andExpect(status().isForbidden());
    // the administrator passes the door but is no Board head
    Document admin = Jsoup.parse(close(number, "admin", "camunda-admin", true, status().isForbidden()));
    assertThat(admin.text()).contains("Chỉ lãnh đạo Ban Thi đua – Khen thưởng được kết thúc bỏ phiếu sớm.");
    assertUnchanged(session, 2);

    // two members have not voted: the head must confirm that they are absent
    Document unconfirmed = Jsoup.parse(close(number, "head.ban", "board-heads", false, status().isBadRequest()));
    assertThat(unconfirmed.select("#session-error").text()).isEqualTo("Còn 2 thành viên chưa bỏ phiếu: chỉ kết thúc "
        + "bỏ phiếu khi các thành viên này vắng mặt tại phiên họp — hãy đánh dấu xác nhận.");
    assertThat(unconfirmed.select("form#close-voting")).hasSize(1);
    assertUnchanged(session, 2);

    mvc.perform(post("/council/sessions/" + number + "/close-voting").param("membersAbsent", "true")
        .with(official("head.ban", "board-heads")).with(csrf()))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/council/sessions/" + number));

    // counted at once with the five ballots cast: the merit case passes (5/7 > 50%), the fighter does not (< 90%)
    BpmnAwareTests.assertThat(session).hasPassed(CouncilProcess.VOTING_CLOSED_EARLY, CouncilProcess.TALLY,
        CouncilProcess.WRITE_MINUTES).hasNotPassed(CouncilProcess.VOTING_DEADLINE, CouncilProcess.NEW_ROUND)
        .isWaitingAt(CouncilProcess.APPROVE_DECISION);
    assertThat(openBallots(session)).isZero();
    assertThat(jdbc.queryForList("select member_id from council_voter where round_no = 1 order by member_id",
        String.class)).isEqualTo(COUNCIL.subList(0, 5));
    Map<String, Object> row = jdbc.queryForMap("select * from council_session where process_instance_id = ?",
        session.getId());
    assertThat(row.get("status")).isEqualTo("DECIDING");
    assertThat(row.get("voting_closed_by")).isEqualTo("head.ban");
    assertThat(row.get("voting_closed_at")).isNotNull();
    assertThat(caseOf(fighter).getStatus()).isEqualTo(CaseStatus.REJECTED);
    assertThat(caseOf(fighter).getOutcomeReason()).contains("5/7");
    assertThat(caseOf(merit).getStatus()).isEqualTo(CaseStatus.IN_COUNCIL);
    var sign = tasks.createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(CouncilProcess.APPROVE_DECISION).singleResult();
    BpmnAwareTests.assertThat(sign).hasCandidateGroup("chairman");
    assertThat((String) tasks.getVariable(sign.getId(), CouncilProcess.VAR_DECISION_CASES))
        .contains(caseOf(merit).getCaseNumber()).contains("5/7");

    // the page and the minutes say who closed the vote, by name
    Document after = page(number, "chairman", "chairman");
    assertThat(after.select("#voting-closed-early").text()).startsWith("Vũ Đức Thắng, ")
        .endsWith("các thành viên chưa bỏ phiếu vắng mặt tại phiên họp");
    assertThat(after.select("#close-voting")).isEmpty();
    byte[] pdf = minutes.pdf(council.get(((Number) row.get("id")).longValue()));
    assertThat(OfficialDocumentsTest.flat(OfficialDocumentsTest.text(pdf)))
        .contains("đồng chí Vũ Đức Thắng, lãnh đạo Ban Thi đua - Khen thưởng, kết thúc bỏ phiếu trước thời hạn; "
            + "các thành viên chưa bỏ phiếu vắng mặt tại phiên họp.")
        .contains("Số thành viên tham gia biểu quyết: 5 (71%)");

    // closed once: a second post finds the vote over
    Document again = Jsoup.parse(close(number, "head.ban", "board-heads", true, status().isConflict()));
    assertThat(again.select("#session-error").text()).isEqualTo("Phiên họp " + number + " đã kết thúc bỏ phiếu.");
  }

  @Test
  void aSessionOfModelVersion120CannotBeClosedEarlyAndStillRunsToItsDeadline() throws Exception {
    var old = repository.createDeployment().name("council-session 1.2.0 (test)")
        .addClasspathResource("processes-1.2.0/council-session.bpmn").deploy();
    try {
      String oldDefinition = repository.createProcessDefinitionQuery().deploymentId(old.getId()).singleResult().getId();
      ProcessInstance merit = nominatedAndAppraised(meritNomination("Đinh Văn Bản Cũ"));
      ProcessInstance session = as("head.ban", () -> runtime.startProcessInstanceById(oldDefinition));
      String number = session.getBusinessKey();
      for (String member : COUNCIL.subList(0, 5)) {
        vote(session, member, Map.of(caseOf(merit).getCaseNumber(), "approve"));
      }
      // no reminder in that version, and no early close: no button, and a post is refused with nothing changed
      assertThat(management.createJobQuery().processInstanceId(session.getId())
          .activityId(CouncilProcess.BALLOT_REMINDER).count()).isZero();
      assertThat(page(number, "head.ban", "board-heads").select("#close-voting")).isEmpty();
      Document refused = Jsoup.parse(close(number, "head.ban", "board-heads", true, status().isConflict()));
      assertThat(refused.select("#session-error").text()).contains("phiên bản quy trình trước");
      assertUnchanged(session, 2);
      assertThat(jdbc.queryForObject("select voting_closed_by from council_session where process_instance_id = ?",
          String.class, session.getId())).isNull();

      fireTimer(session, CouncilProcess.VOTING_DEADLINE);
      BpmnAwareTests.assertThat(session).isWaitingAt(CouncilProcess.APPROVE_DECISION);
    } finally {
      repository.deleteDeployment(old.getId(), true);
    }
  }

  private void assertUnchanged(ProcessInstance session, int openBallots) {
    BpmnAwareTests.assertThat(session).isWaitingAt(CouncilProcess.CAST_BALLOT).hasNotPassed(CouncilProcess.TALLY);
    assertThat(openBallots(session)).isEqualTo(openBallots);
    Map<String, Object> row = jdbc.queryForMap("select status, voting_closed_by from council_session "
        + "where process_instance_id = ?", session.getId());
    assertThat(row.get("status")).isEqualTo("VOTING");
    assertThat(row.get("voting_closed_by")).isNull();
  }

  private long openBallots(ProcessInstance session) {
    return tasks.createTaskQuery().processInstanceId(session.getId()).taskDefinitionKey(CouncilProcess.CAST_BALLOT)
        .count();
  }

  private String close(String number, String user, String group, boolean absent, ResultMatcher expected)
      throws Exception {
    var request = post("/council/sessions/" + number + "/close-voting").with(official(user, group)).with(csrf());
    if (absent) {
      request.param("membersAbsent", "true");
    }
    return mvc.perform(request).andExpect(expected).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private Document page(String number, String user, String group) throws Exception {
    return Jsoup.parse(mvc.perform(get("/council/sessions/" + number).with(official(user, group)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }
}
