package vn.tdkt.commendation.cluster;

import static vn.tdkt.commendation.PageRequests.official;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The criteria page (the leader edits, others read) and the unit head's ballot page. */
class ClusterPagesTest extends ClusterRoundTestBase {

  @Autowired WebApplicationContext context;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }


  @Test
  void theLeaderEditsTheCriteriaUntilTheYearsFirstRound() throws Exception {
    int year = YEAR - 1;
    mvc.perform(get("/clusters/cum9/criteria?year=" + year).with(official(LEADER, LEADERS)))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Lưu tiêu chí")));
    mvc.perform(post("/clusters/cum9/criteria").with(csrf()).with(official(LEADER, LEADERS))
            .param("year", String.valueOf(year)).param("name", "Hoàn thành nhiệm vụ", "Phong trào thi đua", "")
            .param("maxPoints", "60", "40", ""))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "cluster.criteria.saved"));
    assertEquals(List.of("Hoàn thành nhiệm vụ:60", "Phong trào thi đua:40"), criteria.of("cum9", year).stream()
        .map(c -> c.getName() + ":" + c.getMaxPoints()).toList());
    mvc.perform(post("/clusters/cum9/criteria").with(csrf()).with(official(LEADER, LEADERS))
            .param("year", String.valueOf(year)).param("name", "Quá điểm").param("maxPoints", "5000"))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", containsString("từ 1 đến 1000")));
    // a unit head reads them, without the form, and may not change them
    mvc.perform(get("/clusters/cum9/criteria?year=" + year).with(official("head.qs", "unit-qs-heads")))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Phong trào thi đua")))
        .andExpect(content().string(not(containsString("Lưu tiêu chí"))));
    mvc.perform(post("/clusters/cum9/criteria").with(csrf()).with(official("head.qs", "unit-qs-heads"))
            .param("year", String.valueOf(year)).param("name", "X").param("maxPoints", "10"))
        .andExpect(status().isForbidden());
    // once a round of the year has started, the criteria stay as they are
    startRound("MID_YEAR");
    mvc.perform(post("/clusters/cum9/criteria").with(csrf()).with(official(LEADER, LEADERS))
            .param("year", String.valueOf(YEAR)).param("name", "Khác").param("maxPoints", "10"))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", containsString("không sửa được")));
    assertEquals(5, criteria.of("cum9", YEAR).size());
  }

  @Test
  void aUnitHeadVotesOnTheBallotPage() throws Exception {
    ProcessInstance pi = startRound("YEAR_END");
    submitAll(pi);
    compileAgree(pi, "thads");
    Task ballot = unitTask(pi, ClusterRoundProcess.CAST_BALLOT, "ca");

    mvc.perform(get("/clusters/ballots").with(official("head.ca", "unit-ca-heads")))
        .andExpect(status().isOk()).andExpect(content().string(containsString("/clusters/ballots/" + ballot.getId())));
    mvc.perform(get("/clusters/ballots/" + ballot.getId()).with(official("head.ca", "unit-ca-heads")))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Bộ Chỉ huy Quân sự tỉnh")));
    mvc.perform(get("/clusters/ballots/" + ballot.getId()).with(official("head.qs", "unit-qs-heads")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/clusters/ballots/" + ballot.getId()).with(csrf()).with(official("head.ca", "unit-ca-heads"))
            .param("flag", "qs").param("merit", "vks", "tand"))
        .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "cluster.ballot.cast"));

    assertEquals(6, tasks.createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(ClusterRoundProcess.CAST_BALLOT).count());
    assertEquals(1, flagVotes(pi, 1, "qs"));
  }
}
