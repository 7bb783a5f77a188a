package vn.tdkt.commendation.central;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.tdkt.commendation.WorkflowTest;

/** The Board proposes an awarded case for a state award from the case itself: the case is never typed. */
class CentralStartPageTest extends WorkflowTest {

  @Autowired WebApplicationContext context;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  static UserRequestPostProcessor as(String id, String group) {
    return user(id).authorities(AuthorityUtils.createAuthorityList("GROUP_" + group));
  }

  @Test
  void anAwardedCaseIsProposedFromItsPage() throws Exception {
    // a provincial fighter: a certificate of merit decided this year would leave no "5 good years after it" now that
    // the awards registry records it (issue 14)
    ProcessInstance pi = nominatedAndAppraised(fighterNomination("Đề Xuất Văn Trung Ương"));
    councilDecides(List.of(pi));
    String n = caseOf(pi).getCaseNumber();

    String page = mvc.perform(get("/cases/" + n).with(as("officer.ban", "board-officers"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(page).contains("/cases/" + n + "/central-proposal");
    String form = mvc.perform(get("/cases/" + n + "/central-proposal").with(as("officer.ban", "board-officers")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(form).contains("Bằng khen của Thủ tướng Chính phủ").contains("Đề Xuất Văn Trung Ương")
        .doesNotContain("TDKT-2026-00001</label>");

    mvc.perform(post("/cases/" + n + "/central-proposal").with(as("officer.ban", "board-officers")).with(csrf())
            .param("centralAward", "BANG_KHEN_THU_TUONG").param("hasProvincialMerit", "true")
            .param("consecutiveGoodYears", "5").param("grassrootsFighterTimes", "3"))
        .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/cases/" + n))
        .andExpect(flash().attribute("notice", "central.started"));
    ProcessInstance proposal = runtime.createProcessInstanceQuery().processDefinitionKey(CentralProcess.KEY)
        .singleResult();
    assertThat(proposal.getBusinessKey()).isEqualTo(n);
    assertThat(tasks.createTaskQuery().processInstanceId(proposal.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo(CentralProcess.PREPARE);
  }

  @Test
  void onlyTheBoardAndOnlyForAnAwardedCase() throws Exception {
    ProcessInstance pi = nominatedAndAppraised(meritNomination("Chưa Khen Văn Thưởng"));
    String n = caseOf(pi).getCaseNumber();
    mvc.perform(get("/cases/" + n + "/central-proposal").with(as("nominator.thads", "unit-thads-nominators")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/cases/" + n + "/central-proposal").with(as("officer.ban", "board-officers")))
        .andExpect(status().isConflict());
    mvc.perform(post("/cases/" + n + "/central-proposal").with(as("officer.ban", "board-officers")).with(csrf())
        .param("centralAward", "BANG_KHEN_THU_TUONG")).andExpect(status().isConflict());
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CentralProcess.KEY).count()).isZero();
  }
}
