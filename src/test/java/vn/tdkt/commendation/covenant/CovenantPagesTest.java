package vn.tdkt.commendation.covenant;

import static vn.tdkt.commendation.PageRequests.official;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.tdkt.commendation.WorkflowTest;

/** The leader drafts on the page from the cluster's criteria and sends it round; the units and the Board read it. */
class CovenantPagesTest extends WorkflowTest {

  @Autowired WebApplicationContext context;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }


  @Test
  void draftedAndSentOnThePage() throws Exception {
    String page = "/covenants/cum9/" + YEAR;
    mvc.perform(get(page).with(official("lead.cum9", "cluster-cum9-leaders"))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Thực hiện nhiệm vụ chính trị, chuyên môn được giao")))
        .andExpect(content().string(containsString("Giao ước thi đua năm " + YEAR + " của Cụm thi đua số 9")));
    mvc.perform(post(page).param("title", "Giao ước thi đua năm " + YEAR).param("name", "Chỉ tiêu một", "Chỉ tiêu hai", "")
        .param("maxPoints", "60", "40", "").with(csrf()).with(official("lead.cum9", "cluster-cum9-leaders")))
        .andExpect(flash().attribute("notice", "covenant.saved"));
    mvc.perform(post(page + "/send").with(csrf()).with(official("lead.cum9", "cluster-cum9-leaders")))
        .andExpect(flash().attribute("notice", "covenant.sent"));

    mvc.perform(get(page).with(official("head.ca", "unit-ca-heads"))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Các đơn vị đang ký")))
        .andExpect(content().string(containsString("Chỉ tiêu hai")))
        .andExpect(content().string(not(containsString("Lưu dự thảo"))));
    mvc.perform(get("/covenants").with(official("head.ban", "board-heads"))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Cụm thi đua số 9")));
    mvc.perform(post(page).param("title", "X").param("name", "Y").param("maxPoints", "1").with(csrf())
        .with(official("head.ca", "unit-ca-heads"))).andExpect(status().isForbidden());
    mvc.perform(get(page + "/document.pdf").with(official("head.ca", "unit-ca-heads"))).andExpect(status().isNotFound());
  }
}
