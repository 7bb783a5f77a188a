package vn.tdkt.commendation.proposal;

import static org.hamcrest.Matchers.containsString;
import static vn.tdkt.commendation.PageRequests.official;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.tdkt.commendation.CommendationApplication;
import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.movement.Movement;
import vn.tdkt.commendation.movement.Movements;
import vn.tdkt.commendation.organisation.Roles;

/** A thematic campaign points at the emulation movement it rewards, chosen from the launched ones (issue 14). */
class CampaignMovementTest extends WorkflowTest {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of(CommendationApplication.ZONE));

  @Autowired WebApplicationContext context;
  @Autowired Movements movements;
  @Autowired CampaignService campaigns;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  long launch(String name) {
    return movements.launch(new Movements.Launch(name, "Nội dung", null, TODAY.minusDays(5), TODAY.plusMonths(6),
        Movement.Scope.PROVINCE, null, Movement.Method.THEMATIC, "Kế hoạch số 88/KH-UBND", null, null),
        "officer.ban", List.of(Roles.BOARD_OFFICERS)).getId();
  }

  MockHttpServletRequestBuilder open(String name, String movementId) {
    return post("/campaigns").param("name", name).param("basis", "Kế hoạch số 88/KH-UBND")
        .param("movementId", movementId).param("awardTypes", "BANG_KHEN_CHU_TICH_TINH")
        .param("deadline", TODAY.plusDays(30).toString()).with(csrf())
        .with(official("officer.ban", Roles.BOARD_OFFICERS));
  }

  @Test
  void theBoardChoosesTheMovementFromTheListAndTheCampaignsPageNamesIt() throws Exception {
    long movement = launch("Thi đua chuyển đổi số");
    mvc.perform(get("/campaigns").with(official("officer.ban", Roles.BOARD_OFFICERS)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<option value=\"" + movement + "\">Thi đua chuyển đổi số</option>")));

    mvc.perform(open("Khen thưởng chuyển đổi số", String.valueOf(movement))).andExpect(status().is3xxRedirection());
    mvc.perform(open("Khen thưởng không gắn phong trào", "")).andExpect(status().is3xxRedirection());

    Campaign tied = campaigns.all().stream().filter(c -> c.getName().equals("Khen thưởng chuyển đổi số")).findFirst()
        .orElseThrow();
    assertEquals(movement, tied.getMovementId());
    assertEquals("Thi đua chuyển đổi số", campaigns.movementName(tied));
    assertNull(campaigns.all().stream().filter(c -> c.getName().startsWith("Khen thưởng không")).findFirst()
        .orElseThrow().getMovementId());
    mvc.perform(get("/campaigns").with(official("officer.ban", Roles.BOARD_OFFICERS)))
        .andExpect(content().string(containsString("href=\"/movements/" + movement + "\">Thi đua chuyển đổi số</a>")));
  }

  @Test
  void aMovementThatDoesNotExistIsRefusedAndNoCampaignIsOpened() throws Exception {
    mvc.perform(open("Đợt sai", "987654")).andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("không có trong danh sách các phong trào")))
        .andExpect(content().string(not(containsString("<td>Đợt sai</td>"))));
    mvc.perform(open("Đợt sai", "abc")).andExpect(status().isBadRequest());
    assertEquals(0, campaigns.all().size());
  }
}
