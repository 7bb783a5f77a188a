package vn.tdkt.commendation.portal;

import static vn.tdkt.commendation.PageRequests.official;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.nomination.NominationProcess;

/** The server-rendered pages answer in Vietnamese, to the right people, and refuse bad input politely. */
class PagesTest extends WorkflowTest {

  @Autowired WebApplicationContext context;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }


  @Test
  void thePublicPagesNeedNoLoginAndSpeakVietnamese() throws Exception {
    mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("Thi đua")));
    mvc.perform(get("/announcements")).andExpect(status().isOk())
        .andExpect(content().string(containsString("Công khai")))
        .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")));
    mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("Đăng nhập")));
  }

  @Test
  void internalPagesAskForALogin() throws Exception {
    mvc.perform(get("/cases")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
    mvc.perform(get("/council/ballots")).andExpect(status().is3xxRedirection());
  }

  @Test
  void anOfficialSeesTheCasesOfTheirUnitOnly() throws Exception {
    ProcessInstance pi = nominate("nominator.thads", meritNomination("Trang Thị Hồ Sơ"));
    String caseNumber = caseOf(pi).getCaseNumber();

    mvc.perform(get("/cases").with(official("nominator.thads", "unit-thads-nominators")))
        .andExpect(status().isOk()).andExpect(content().string(containsString(caseNumber)));
    mvc.perform(get("/cases/" + caseNumber).with(official("nominator.thads", "unit-thads-nominators")))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Trang Thị Hồ Sơ")));
    mvc.perform(get("/cases").with(official("nominator.ca", "unit-ca-nominators")))
        .andExpect(status().isOk()).andExpect(content().string(not(containsString(caseNumber))));
    mvc.perform(get("/cases/" + caseNumber).with(official("nominator.ca", "unit-ca-nominators")))
        .andExpect(status().isNotFound()).andExpect(content().string(containsString(caseNumber)));
    mvc.perform(get("/cases?year=abc&status=NOPE&page=-3").with(official("officer.ban", "board-officers")))
        .andExpect(status().isOk()).andExpect(content().string(containsString(caseNumber)));
  }

  @Test
  void aComplaintFromThePublicPageIsReceivedOrRefusedWithAReason() throws Exception {
    ProcessInstance pi = nominatedUnderNotice("Phan Văn Công Khai");
    String caseNumber = caseOf(pi).getCaseNumber();
    mvc.perform(get("/announcements")).andExpect(content().string(containsString(caseNumber)));

    mvc.perform(post("/announcements/" + caseNumber + "/complaints").with(csrf())
            .param("name", "Nguyễn Văn Dân").param("contact", "0912345678").param("content", "Thành tích chưa đúng"))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "complaint.received"));
    mvc.perform(post("/announcements/" + caseNumber + "/complaints").with(csrf())
            .param("name", "Nguyễn Văn Dân").param("contact", "0912345678").param("content", ""))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", containsString("nội dung")));
    mvc.perform(post("/announcements/" + caseNumber + "/complaints")
            .param("name", "x").param("contact", "y").param("content", "z"))
        .andExpect(status().isForbidden());
    org.junit.jupiter.api.Assertions.assertEquals(1,
        tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(NominationProcess.HANDLE_COMPLAINT).count());
  }

  private ProcessInstance nominatedUnderNotice(String name) {
    ProcessInstance pi = nominate("nominator.thads", fighterNomination(name));
    complete("head.thads", pi, NominationProcess.ENDORSE, NominationProcess.VAR_ENDORSEMENT_OUTCOME, "approve");
    complete("lead.cum9", pi, NominationProcess.REVIEW_IN_CLUSTER, NominationProcess.VAR_CLUSTER_OUTCOME, "approve");
    complete("officer.ban", pi, NominationProcess.APPRAISE, NominationProcess.VAR_APPRAISAL_OUTCOME, "approve");
    return pi;
  }
}
