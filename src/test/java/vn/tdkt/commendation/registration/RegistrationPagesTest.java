package vn.tdkt.commendation.registration;

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

/** A unit drafts and sends on the page; its cluster's leader and the Board see every unit's status. */
class RegistrationPagesTest extends WorkflowTest {

  @Autowired WebApplicationContext context;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }


  @Test
  void draftedAndSentOnThePageAndFollowedByTheClusterAndTheBoard() throws Exception {
    String page = "/registrations/thads/" + YEAR;
    mvc.perform(post(page + "/lines").param("kind", "INDIVIDUAL").param("name", "Vũ Thị Trang")
        .param("dateOfBirth", "1990-04-30").param("position", "Thẩm tra viên").param("title", "CSTD_CO_SO")
        .with(csrf()).with(official("nominator.thads", "unit-thads-nominators")))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "registration.lineAdded"));
    mvc.perform(get(page).with(official("nominator.thads", "unit-thads-nominators"))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Vũ Thị Trang")))
        .andExpect(content().string(containsString("Gửi bản đăng ký")));
    mvc.perform(post(page + "/send").with(csrf()).with(official("nominator.thads", "unit-thads-nominators")))
        .andExpect(flash().attribute("notice", "registration.sent"));

    mvc.perform(get("/registrations").with(official("lead.cum9", "cluster-cum9-leaders"))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Đã gửi, chờ trưởng cụm")))
        .andExpect(content().string(containsString("Chưa gửi")));
    mvc.perform(get("/registrations").with(official("head.ban", "board-heads"))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Công an tỉnh")));
    mvc.perform(get(page).with(official("lead.cum9", "cluster-cum9-leaders"))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Vũ Thị Trang")))
        .andExpect(content().string(not(containsString("Thêm dòng đăng ký"))));
    // another unit reads nothing of it and writes nothing to it
    mvc.perform(get(page).with(official("nominator.ca", "unit-ca-nominators"))).andExpect(status().isNotFound());
    mvc.perform(post(page + "/lines").param("kind", "INDIVIDUAL").param("name", "X").param("title", "CSTD_CO_SO")
        .with(csrf()).with(official("head.ca", "unit-ca-heads"))).andExpect(status().isForbidden());
    mvc.perform(post(page + "/lines").param("kind", "INDIVIDUAL").param("name", "X").param("title", "CSTD_CO_SO")
        .with(csrf()).with(official("nominator.ca", "unit-ca-nominators")))
        .andExpect(flash().attribute("error", containsString("Chỉ cán bộ đề nghị khen thưởng của đơn vị")));
    mvc.perform(get("/registrations/template.xlsx").with(official("nominator.ca", "unit-ca-nominators")))
        .andExpect(status().isOk());
  }
}
