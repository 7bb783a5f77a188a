package vn.tdkt.commendation.portal;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.nomination.NominationProcess;

/** The appraisal deadline an official reads on the case page and API is the task's due date. */
class DeadlineOnPagesTest extends WorkflowTest {

  @Autowired WebApplicationContext context;

  @Test
  void theCasePageAndApiShowTheTasksDueDate() throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    // dossier complete on Tue 10/02/2026: 25 working days over Tết end on Tue 24/03/2026 at 17:00
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-10T03:00:00Z")));
    ProcessInstance pi = nominate("nominator.thads", meritNomination("Bùi Thị Đúng Hạn"));
    complete("head.thads", pi, NominationProcess.ENDORSE, NominationProcess.VAR_ENDORSEMENT_OUTCOME, "approve");
    complete("lead.cum9", pi, NominationProcess.REVIEW_IN_CLUSTER, NominationProcess.VAR_CLUSTER_OUTCOME, "approve");
    assertEquals(Instant.parse("2026-03-24T10:00:00Z"),
        task(pi, NominationProcess.APPRAISE).getDueDate().toInstant());
    String caseNumber = caseOf(pi).getCaseNumber();

    mvc.perform(get("/cases/" + caseNumber).with(vn.tdkt.commendation.PageRequests.official("officer.ban", "board-officers")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Hạn thẩm định")))
        .andExpect(content().string(containsString("17:00 ngày 24/03/2026")));
    mvc.perform(get("/api/cases/" + caseNumber).with(vn.tdkt.commendation.PageRequests.official("officer.ban", "board-officers")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.appraisalDueAt").value("2026-03-24T17:00:00+07:00"));
  }
}
