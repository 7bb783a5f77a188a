package vn.tdkt.commendation.movement;

import static vn.tdkt.commendation.PageRequests.official;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.tdkt.commendation.CommendationApplication;
import vn.tdkt.commendation.WorkflowTest;

/** The Board launches movements for the province, a cluster's leader for the cluster; the public reads them. */
class MovementPagesTest extends WorkflowTest {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of(CommendationApplication.ZONE));
  static final byte[] PDF = "%PDF-1.4\n% kế hoạch\n".getBytes(StandardCharsets.UTF_8);

  @Autowired WebApplicationContext context;
  @Autowired Movements movements;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }


  org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder launch(String name, String scope,
      String cluster, LocalDate from, LocalDate to) {
    var request = multipart("/movements");
    request.param("name", name).param("content", "Thi đua thực hiện thắng lợi nhiệm vụ năm " + from.getYear())
        .param("criteria", "Hoàn thành 100% chỉ tiêu").param("startsOn", from.toString()).param("endsOn", to.toString())
        .param("scope", scope).param("clusterCode", cluster).param("method", "THEMATIC")
        .param("launchingDocument", "Kế hoạch số 130/KH-UBND");
    return request;
  }

  @Test
  void theBoardAndAClusterLeaderLaunchAndThePublicReadsWhatRuns() throws Exception {
    MockMultipartFile file = new MockMultipartFile("file", "ke-hoach.pdf", "application/pdf", PDF);
    mvc.perform(launch("Thi đua chuyển đổi số", "PROVINCE", "", TODAY.minusDays(10), TODAY.plusMonths(6)).file(file)
        .with(csrf()).with(official("officer.ban", "board-officers")))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "movement.launched"));
    mvc.perform(launch("Cụm 9 thi đua an toàn", "CLUSTER", "cum9", TODAY.minusDays(1), TODAY.plusMonths(3))
        .with(csrf()).with(official("lead.cum9", "cluster-cum9-leaders")))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "movement.launched"));
    mvc.perform(launch("Đã kết thúc", "PROVINCE", "", TODAY.minusYears(1), TODAY.minusDays(1))
        .with(csrf()).with(official("head.ban", "board-heads"))).andExpect(status().is3xxRedirection());

    // a cluster's leader does not launch for the province; a unit's nominator not at all
    mvc.perform(launch("Không được", "PROVINCE", "", TODAY, TODAY.plusDays(5)).with(csrf())
        .with(official("lead.cum9", "cluster-cum9-leaders")))
        .andExpect(flash().attribute("error", containsString("Chỉ Ban Thi đua")));
    mvc.perform(launch("Không được", "CLUSTER", "cum9", TODAY, TODAY.plusDays(5)).with(csrf())
        .with(official("nominator.thads", "unit-thads-nominators"))).andExpect(status().isForbidden());
    mvc.perform(get("/movements/new")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
    assertEquals(3, movements.all().size());

    mvc.perform(get("/movements")).andExpect(status().isOk())
        .andExpect(content().string(containsString("Thi đua chuyển đổi số")))
        .andExpect(content().string(containsString("Đã kết thúc")));
    mvc.perform(get("/announcements")).andExpect(status().isOk())
        .andExpect(content().string(containsString("Phong trào thi đua đang phát động")))
        .andExpect(content().string(containsString("Thi đua chuyển đổi số")))
        .andExpect(content().string(containsString("Cụm 9 thi đua an toàn")))
        .andExpect(content().string(not(containsString("Đã kết thúc"))));
    long id = movements.all().stream().filter(m -> m.getName().equals("Thi đua chuyển đổi số")).findFirst().orElseThrow().getId();
    mvc.perform(get("/movements/" + id)).andExpect(status().isOk())
        .andExpect(content().string(containsString("Kế hoạch số 130/KH-UBND")))
        .andExpect(content().string(containsString("Theo chuyên đề")));
    mvc.perform(get("/movements/" + id + "/document")).andExpect(status().isOk())
        .andExpect(content().bytes(PDF));
  }

  @Test
  void aWrongLaunchIsRefusedInVietnameseAndNothingIsStored() throws Exception {
    mvc.perform(launch("", "PROVINCE", "", TODAY, TODAY.plusDays(5)).with(csrf())
        .with(official("officer.ban", "board-officers")))
        .andExpect(flash().attribute("error", containsString("Thiếu tên phong trào")));
    mvc.perform(launch("Ngược thời gian", "PROVINCE", "", TODAY, TODAY.minusDays(5)).with(csrf())
        .with(official("officer.ban", "board-officers")))
        .andExpect(flash().attribute("error", containsString("Ngày kết thúc phải sau")));
    mvc.perform(launch("Tệp giả", "PROVINCE", "", TODAY, TODAY.plusDays(5))
        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", "<html>".getBytes())).with(csrf())
        .with(official("officer.ban", "board-officers")))
        .andExpect(flash().attribute("error", containsString("phải là tệp PDF")));
    assertEquals(0, movements.all().size());
    mvc.perform(get("/movements/12345")).andExpect(status().isNotFound());
  }
}
