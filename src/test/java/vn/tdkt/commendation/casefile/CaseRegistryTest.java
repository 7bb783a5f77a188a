package vn.tdkt.commendation.casefile;

import static vn.tdkt.commendation.PageRequests.official;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.nomination.NominationProcess;

/** The registry's filters, sorting and diagram, and the Board's dashboard, as officials see them. */
class CaseRegistryTest extends WorkflowTest {

  @Autowired WebApplicationContext context;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }


  @Test
  void theRegistryFiltersByClusterAndOverdueAndSorts() throws Exception {
    ProcessInstance late = nominatedToAppraisal("An Văn Trễ Hạn");
    ProcessInstance onTime = nominate("nominator.thads", meritNomination("Bùi Thị Đúng Hạn"));
    fireTimer(late, NominationProcess.APPRAISAL_OVERDUE);
    assertTrue(caseOf(late).isAppraisalOverdue());
    String lateNo = caseOf(late).getCaseNumber();
    String onTimeNo = caseOf(onTime).getCaseNumber();

    mvc.perform(get("/cases?overdue=true").with(official("officer.ban", "board-officers")))
        .andExpect(content().string(containsString(lateNo))).andExpect(content().string(not(containsString(onTimeNo))));
    mvc.perform(get("/cases?cluster=cum9").with(official("officer.ban", "board-officers")))
        .andExpect(content().string(containsString(lateNo))).andExpect(content().string(containsString(onTimeNo)));
    mvc.perform(get("/cases?cluster=nope&unit=nope").with(official("officer.ban", "board-officers")))
        .andExpect(status().isOk()).andExpect(content().string(containsString(lateNo)));
    String asc = mvc.perform(get("/cases?sort=nominee&dir=asc").with(official("officer.ban", "board-officers")))
        .andReturn().getResponse().getContentAsString();
    assertTrue(asc.indexOf("An Văn Trễ Hạn") < asc.indexOf("Bùi Thị Đúng Hạn"), "A before B");
    String desc = mvc.perform(get("/cases?sort=nominee&dir=desc").with(official("officer.ban", "board-officers")))
        .andReturn().getResponse().getContentAsString();
    assertTrue(desc.indexOf("An Văn Trễ Hạn") > desc.indexOf("Bùi Thị Đúng Hạn"), "B before A");
  }

  @Test
  void theCasePageDrawsTheDiagramWithTheCurrentStepForItsReadersOnly() throws Exception {
    ProcessInstance pi = nominate("nominator.thads", meritNomination("Cao Thị Sơ Đồ"));
    String n = caseOf(pi).getCaseNumber();
    mvc.perform(get("/cases/" + n).with(official("nominator.thads", "unit-thads-nominators")))
        .andExpect(content().string(containsString("bpmn-viewer.production.min.js")))
        .andExpect(content().string(containsString("Sơ đồ quy trình")));
    mvc.perform(get("/cases/" + n + "/diagram.bpmn").with(official("nominator.thads", "unit-thads-nominators")))
        .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"" + NominationProcess.KEY + "\"")));
    mvc.perform(get("/cases/" + n + "/diagram-state").with(official("nominator.thads", "unit-thads-nominators")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.active[0]").value(NominationProcess.ENDORSE))
        .andExpect(jsonPath("$.done").isNotEmpty());
    mvc.perform(get("/cases/" + n + "/diagram.bpmn").with(official("nominator.ca", "unit-ca-nominators")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/vendor/bpmn-js/bpmn-viewer.production.min.js")).andExpect(status().isOk());
  }

  @Test
  void theDashboardCountsTheYearForTheBoardOnly() throws Exception {
    nominate("nominator.thads", meritNomination("Đinh Văn Thống Kê"));
    ProcessInstance late = nominatedToAppraisal("Đinh Thị Quá Hạn");
    fireTimer(late, NominationProcess.APPRAISAL_OVERDUE);
    String html = mvc.perform(get("/dashboard").with(official("head.ban", "board-heads")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertTrue(html.contains("Thống kê năm thi đua " + YEAR), "heading");
    assertTrue(html.contains("Cục Thi hành án dân sự tỉnh</td><td>2</td>"), "two cases of the unit");
    assertTrue(html.contains("Đinh Thị Quá Hạn"), "the overdue appraisal is listed");
    assertTrue(html.contains("/webjars/chart.js/4.4.1/dist/chart.umd.js"), "the chart library");
    mvc.perform(get("/webjars/chart.js/4.4.1/dist/chart.umd.js")).andExpect(status().isOk());
    mvc.perform(get("/dashboard").with(official("nominator.thads", "unit-thads-nominators")))
        .andExpect(status().isForbidden());
  }

  private ProcessInstance nominatedToAppraisal(String name) {
    ProcessInstance pi = nominate("nominator.thads", meritNomination(name));
    complete("head.thads", pi, NominationProcess.ENDORSE, NominationProcess.VAR_ENDORSEMENT_OUTCOME, "approve");
    complete("lead.cum9", pi, NominationProcess.REVIEW_IN_CLUSTER, NominationProcess.VAR_CLUSTER_OUTCOME, "approve");
    return pi;
  }
}
