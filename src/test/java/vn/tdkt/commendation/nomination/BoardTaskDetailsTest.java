package vn.tdkt.commendation.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.announcement.ComplaintForm;
import vn.tdkt.commendation.announcement.ComplaintService;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.problem.Refusal;

/**
 * What the Board's tasks tell the Board: who lodged a complaint and how to reach them (task-local, so only the
 * Board's task shows it, never a variable of the unit's case), and that a dossier has no attachment yet — a warning,
 * or with tdkt.nomination.appraisal-without-attachment=refuse no "Đạt" until one is attached.
 */
class BoardTaskDetailsTest extends WorkflowTest {

  @Autowired ComplaintService complaints;
  @Autowired NominationSettings settings;

  @AfterEach
  void warnAgain() {
    settings.setAppraisalWithoutAttachment("warn");
  }

  @Test
  void theComplaintTaskShowsTheComplainantToTheBoardOnly() {
    ProcessInstance pi = nominate("nominator.thads", fighterNomination("Phản Ánh Thị Liên Hệ"));
    complete("head.thads", pi, NominationProcess.ENDORSE, NominationProcess.VAR_ENDORSEMENT_OUTCOME, "approve");
    complete("lead.cum9", pi, NominationProcess.REVIEW_IN_CLUSTER, NominationProcess.VAR_CLUSTER_OUTCOME, "approve");
    complete("officer.ban", pi, NominationProcess.APPRAISE, NominationProcess.VAR_APPRAISAL_OUTCOME, "approve");
    assertEquals(CaseStatus.UNDER_NOTICE, caseOf(pi).getStatus());
    complaints.lodge(caseOf(pi).getCaseNumber(), new ComplaintForm("Trần Văn Dân", "0912 345 678", "Thành tích chưa đúng"));

    Task handle = task(pi, NominationProcess.HANDLE_COMPLAINT);
    assertThat(handle.getName()).startsWith("Xác minh, xử lý phản ánh — ");
    Map<String, Object> form = as("officer.ban", () -> tasks.getVariables(handle.getId()));
    assertEquals("Trần Văn Dân — 0912 345 678", form.get(NominationProcess.VAR_COMPLAINANT));
    // nowhere else in the case's process: not a variable any other task of the unit could read
    assertThat(runtime.getVariables(pi.getId()).values()).noneMatch(v -> String.valueOf(v).contains("0912 345 678"));
    assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(pi.getId()).list())
        .filteredOn(v -> String.valueOf(v.getValue()).contains("0912 345 678"))
        .allMatch(v -> handle.getId().equals(v.getTaskId()));
  }

  @Test
  void anAppraisalWithoutAttachmentIsWarnedOfOrRefused() {
    ProcessInstance pi = nominate("nominator.thads", meritNomination("Chưa Đính Kèm"));
    complete("head.thads", pi, NominationProcess.ENDORSE, NominationProcess.VAR_ENDORSEMENT_OUTCOME, "approve");
    complete("lead.cum9", pi, NominationProcess.REVIEW_IN_CLUSTER, NominationProcess.VAR_CLUSTER_OUTCOME, "approve");
    Task appraise = task(pi, NominationProcess.APPRAISE);
    assertThat((String) tasks.getVariableLocal(appraise.getId(), NominationProcess.VAR_ATTACHMENT_WARNING))
        .startsWith("Hồ sơ chưa có tài liệu đính kèm nào");

    settings.setAppraisalWithoutAttachment("refuse");
    Refusal refused = Refusal.findIn(org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
        () -> complete("officer.ban", pi, NominationProcess.APPRAISE, NominationProcess.VAR_APPRAISAL_OUTCOME, "approve")));
    assertEquals(NominationProcess.VAR_APPRAISAL_OUTCOME, refused.field());
    assertThat(refused.getMessage()).contains("Chưa thể thẩm định \"Đạt\"");

    // attached on the case page (a Camunda attachment of the instance): the appraisal goes through
    tasks.createAttachment("application/pdf", null, pi.getId(), "bao-cao-thanh-tich.pdf", null, "/cases/x/documents/1");
    complete("officer.ban", pi, NominationProcess.APPRAISE, NominationProcess.VAR_APPRAISAL_OUTCOME, "approve");
    assertEquals(CaseStatus.AWAITING_COUNCIL, caseOf(pi).getStatus());
  }
}
