package vn.tdkt.commendation.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.portal.Formats;

/**
 * The session page tells the Board and the Chairman who has voted and who has not (by name, never how), when the
 * vote closes, and what each case needs: a provincial emulation fighter needs 90% of ALL members.
 */
class SessionPageTest extends WorkflowTest {

  @Autowired WebApplicationContext context;
  @Autowired Formats fmt;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  static UserRequestPostProcessor as(String id, String group) {
    return user(id).authorities(AuthorityUtils.createAuthorityList("GROUP_" + group));
  }

  @Test
  void theBoardSeesWhoHasVotedTheDeadlineAndWhatEachCaseNeeds() throws Exception {
    ProcessInstance fighter = nominatedAndAppraised(fighterNomination("Lê Văn Chiến"));
    ProcessInstance merit = nominatedAndAppraised(meritNomination("Trần Thị Khen"));
    ProcessInstance session = openCouncilSession(null);
    String number = runtime.createProcessInstanceQuery().processInstanceId(session.getId()).singleResult().getBusinessKey();
    Map<String, String> approveBoth = Map.of(caseOf(fighter).getCaseNumber(), "approve",
        caseOf(merit).getCaseNumber(), "reject");
    vote(session, "council.1", approveBoth);
    vote(session, "council.2", approveBoth);

    Document page = page("/council/sessions/" + number, "head.ban", "board-heads");
    assertThat(page.select("#voted-count").text()).isEqualTo("2/7 thành viên đã bỏ phiếu");
    assertThat(page.select("#members-voted li").eachText()).containsExactlyInAnyOrder("Lê Văn Hải", "Phạm Thị Hằng");
    assertThat(page.select("#members-missing li").eachText()).hasSize(5).contains("Bùi Quang Toàn")
        .noneMatch(name -> name.startsWith("council."));
    assertThat(page.select("#quorum-state").text()).isEqualTo("Còn thiếu 3 thành viên để đủ số");
    Job deadline = management.createJobQuery().processInstanceId(session.getId())
        .activityId(CouncilProcess.VOTING_DEADLINE).singleResult();
    assertThat(page.select("#voting-deadline").text()).isEqualTo(fmt.dateTime(deadline.getDuedate().toInstant()));
    String cases = page.select("table.data-table").text();
    assertThat(cases).contains("≥ 90% tổng số thành viên: ít nhất 7/7 phiếu")
        .contains("> 50% tổng số thành viên: ít nhất 4/7 phiếu").contains("Chờ kiểm phiếu");
    assertThat(page.text()).contains("90% TỔNG SỐ thành viên Hội đồng");
    // never how anyone voted, nor the running count of an open round
    assertThat(cases).doesNotContain("phiếu tán thành").doesNotContain("Đạt");
    // the header names the person signed in, not the login
    assertThat(page.select(".user-name").text()).contains("Vũ Đức Thắng").doesNotContain("head.ban");

    JsonNode voters = new ObjectMapper().readTree(mvc.perform(get("/council/sessions/" + number + "/voters")
        .with(as("chairman", "chairman"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    assertThat(voters.path("voted").asInt()).isEqualTo(2);
    assertThat(voters.toString()).doesNotContain("approve").doesNotContain("council.1");

    for (String member : COUNCIL.subList(2, 7)) {
      vote(session, member, approveBoth);
    }
    Document counted = page("/council/sessions/" + number, "chairman", "chairman");
    assertThat(counted.select("table.data-table").text()).contains("7/7 phiếu tán thành").contains("0/7 phiếu tán thành")
        .contains("Không đạt tỷ lệ phiếu").contains("Đạt, trình Chủ tịch UBND tỉnh");
  }

  @Test
  void aUnitsOfficialMayNotOpenIt() throws Exception {
    nominatedAndAppraised(meritNomination("Ngô Văn Cửa"));
    ProcessInstance session = openCouncilSession(null);
    String number = runtime.createProcessInstanceQuery().processInstanceId(session.getId()).singleResult().getBusinessKey();
    mvc.perform(get("/council/sessions/" + number).with(as("nominator.thads", "unit-thads-nominators")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/council/sessions/" + number + "/voters").with(as("head.thads", "unit-thads-heads")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/council/sessions/HD-1999-999").with(as("head.ban", "board-heads")))
        .andExpect(status().isNotFound());
  }

  private Document page(String path, String user, String group) throws Exception {
    String html = mvc.perform(get(path).with(as(user, group))).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    return Jsoup.parse(html);
  }
}
