package vn.tdkt.commendation.revocation;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tdkt.commendation.revocation.RevocationProcess.*;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.tdkt.commendation.WorkflowTest;

/**
 * From the case page to the public page: a Board officer opens the revocation with its evidence file; once
 * decided, the case reads REVOKED on its page and in the API, and the public page lists the revocation decision
 * and marks the award in the list of decisions.
 */
class RevocationPagesTest extends WorkflowTest {

  @Autowired WebApplicationContext context;
  @Autowired RevocationService revocations;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }


  @Test
  void fromTheCasePageToThePublicPage() throws Exception {
    ProcessInstance nomination = nominatedAndAppraised(meritNomination("Đinh Văn Công Khai"));
    String decision = councilDecides(List.of(nomination));
    String caseNumber = caseOf(nomination).getCaseNumber();

    mvc.perform(get("/cases/" + caseNumber).with(official("officer.ban", "board-officers")))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Đề xuất hủy bỏ khen thưởng")));
    mvc.perform(get("/cases/" + caseNumber).with(official("nominator.thads", "unit-thads-nominators")))
        .andExpect(status().isOk()).andExpect(content().string(not(containsString("Gửi đề xuất hủy bỏ"))));
    // a unit may not open one, not even through the door
    mvc.perform(multipart("/cases/" + caseNumber + "/revocation").param("ground", "FRAUDULENT_DECLARATION")
        .param("evidence", "x").with(csrf()).with(official("nominator.thads", "unit-thads-nominators")))
        .andExpect(status().isForbidden());

    MockMultipartFile evidence = new MockMultipartFile("file", "ket-luan.pdf", "application/pdf",
        "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
    mvc.perform(multipart("/cases/" + caseNumber + "/revocation").file(evidence)
        .param("ground", "FRAUDULENT_DECLARATION").param("evidence", "Kết luận xác minh số 7/KL-BTĐKT")
        .param("bonusAmount", "3510000").with(csrf()).with(official("officer.ban", "board-officers")))
        .andExpect(status().is3xxRedirection());
    Revocation r = revocations.ofCase(caseNumber).get(0);
    assertEquals(1, jdbc.queryForObject("select count(*) from case_document where case_number = ? and file_name = ?",
        Integer.class, caseNumber, "ket-luan.pdf"));
    mvc.perform(get("/revocations/" + r.getId() + "/decision.pdf")).andExpect(status().isNotFound());

    ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(caseNumber).singleResult();
    complete("head.ban", pi, PROPOSE, VAR_PROPOSE_OUTCOME, PROPOSE_YES);
    complete("chairman", pi, DECIDE, VAR_DECIDE_OUTCOME, REVOKE);
    complete("vanthu", pi, RECORD_NUMBER, VAR_REGISTER_NUMBER, 201, VAR_REGISTER_DATE,
        java.time.LocalDate.now(java.time.ZoneId.of(vn.tdkt.commendation.CommendationApplication.ZONE)).toString());
    String number = revocations.get(r.getId()).getDecisionNumber();

    mvc.perform(get("/api/cases/" + caseNumber).with(official("officer.ban", "board-officers")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVOKED"));
    mvc.perform(get("/cases/" + caseNumber).with(official("nominator.thads", "unit-thads-nominators")))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Đã hủy bỏ khen thưởng")))
        .andExpect(content().string(containsString(number)));
    mvc.perform(get("/announcements")).andExpect(status().isOk())
        .andExpect(content().string(containsString("Quyết định hủy bỏ khen thưởng")))
        .andExpect(content().string(containsString(number)))
        .andExpect(content().string(containsString("Bằng khen của Chủ tịch UBND tỉnh theo Quyết định " + decision)))
        .andExpect(content().string(containsString("Đã hủy bỏ")));
    mvc.perform(get("/revocations/" + r.getId() + "/decision.pdf")).andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"));
  }
}
