package vn.tdkt.commendation.covenant;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.commendation.covenant.CovenantProcess.*;

import java.io.IOException;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.cluster.CriteriaService;
import vn.tdkt.commendation.cluster.Criterion;
import vn.tdkt.commendation.problem.Refusal;

/**
 * Every path of "emulation-covenant": signed by every member unit's head at once; an objection, a revision and a
 * second round; cancelled. A signed covenant is a document of the cluster's year and its targets are the criteria the
 * cluster's rounds score against.
 */
class CovenantProcessTest extends WorkflowTest {

  static final List<String> LEADERS = List.of("cluster-cum9-leaders");
  static final List<String> HEADS = List.of("head.qs", "head.bdbp", "head.ca", "head.vks", "head.tand", "head.thads",
      "head.pccc");

  @Autowired CovenantService covenants;
  @Autowired CriteriaService criteria;
  @Autowired CovenantSettings settings;

  List<CovenantService.Line> targets() {
    return List.of(new CovenantService.Line("Hoàn thành 100% chỉ tiêu thi hành án, xét xử, điều tra được giao", 50),
        new CovenantService.Line("Không có cán bộ vi phạm kỷ luật", 30),
        new CovenantService.Line("Tham gia đầy đủ hoạt động chung của Cụm", 20));
  }

  ProcessInstance sent() {
    covenants.draft("cum9", YEAR, "Giao ước thi đua năm " + YEAR + " của Cụm thi đua số 9", targets(), "lead.cum9",
        LEADERS);
    covenants.sendForSigning("cum9", YEAR, "lead.cum9", LEADERS);
    return runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey("GU-cum9-" + YEAR)
        .active().singleResult();
  }

  /** The head's signing task of the process, as the head sees it. */
  void answer(ProcessInstance pi, String head, Object... keyValues) {
    String unit = head.substring("head.".length());
    Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(SIGN)
        .taskCandidateGroup("unit-" + unit + "-heads").singleResult();
    Map<String, Object> vars = new java.util.HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      vars.put((String) keyValues[i], keyValues[i + 1]);
    }
    as(head, () -> tasks.complete(task.getId(), vars));
  }

  @Test
  void signedByEveryMemberUnitIsTheYearsDocumentAndItsCriteria() throws IOException {
    settings.setSignBy(MonthDay.of(12, 31));
    ProcessInstance pi = sent();
    List<Task> signing = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(SIGN).list();
    assertEquals(7, signing.size());
    assertTrue(signing.stream().anyMatch(t -> t.getName().equals(
        "Thủ trưởng đơn vị ký giao ước thi đua — Cụm thi đua số 9 · năm " + YEAR + " · Công an tỉnh")), signing.toString());
    assertEquals(YEAR, signing.get(0).getDueDate().toInstant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
    assertEquals(Covenant.Status.SIGNING, covenants.find("cum9", YEAR).orElseThrow().getStatus());
    // while it goes round, the draft cannot change
    assertEquals(409, assertThrows(Refusal.class, () -> covenants.draft("cum9", YEAR, "Khác", targets(), "lead.cum9",
        LEADERS)).status());

    for (String head : HEADS) {
      answer(pi, head, VAR_SIGN_OUTCOME, SIGN_YES);
    }

    assertThat(pi).isEnded().hasPassed(ISSUE, END_SIGNED);
    Covenant c = covenants.find("cum9", YEAR).orElseThrow();
    assertEquals(Covenant.Status.SIGNED, c.getStatus());
    assertEquals(7, c.currentSignatures().size());
    // the cluster's rounds score against its targets, and the criteria page can no longer change them
    assertEquals(targets().stream().map(CovenantService.Line::name).toList(),
        criteria.of("cum9", YEAR).stream().map(Criterion::getName).toList());
    Refusal locked = assertThrows(Refusal.class, () -> criteria.replace("cum9", YEAR, List.of(new CriteriaService.Line("X", 10))));
    assertTrue(locked.getMessage().contains("giao ước thi đua đã ký"), locked.getMessage());
    String text = text(covenants.documentOf("cum9", YEAR).orElseThrow());
    for (String part : List.of("CỤM THI ĐUA SỐ 9", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "GIAO ƯỚC THI ĐUA NĂM " + YEAR,
        "Không có cán bộ vi phạm kỷ luật", "100", "CÔNG AN TỈNH", "THỦ TRƯỞNG ĐƠN VỊ", "Phạm Quốc Dũng")) {
      assertTrue(text.contains(part), part + " missing from " + text);
    }
  }

  @Test
  void anObjectionSendsItBackAndASecondRoundSignsIt() {
    ProcessInstance pi = sent();
    assertEquals(400, Refusal.findIn(assertThrows(RuntimeException.class,
        () -> answer(pi, "head.ca", VAR_SIGN_OUTCOME, OBJECT))).status());
    answer(pi, "head.ca", VAR_SIGN_OUTCOME, OBJECT, VAR_COMMENT, "Chỉ tiêu 1 không phù hợp với Công an");
    for (String head : HEADS) {
      if (!head.equals("head.ca")) {
        answer(pi, head, VAR_SIGN_OUTCOME, SIGN_YES);
      }
    }
    assertThat(task(pi, REVISE)).hasCandidateGroup("cluster-cum9-leaders");
    assertEquals(Covenant.Status.REVISING, covenants.find("cum9", YEAR).orElseThrow().getStatus());
    assertEquals("Công an tỉnh: Chỉ tiêu 1 không phù hợp với Công an", runtime.getVariable(pi.getId(), VAR_OBJECTIONS));

    // revised on the page, sent round again: every unit signs the new text
    covenants.draft("cum9", YEAR, "Giao ước thi đua năm " + YEAR + " (sửa)", List.of(
        new CovenantService.Line("Hoàn thành chỉ tiêu nghiệp vụ được giao", 50),
        new CovenantService.Line("Không có cán bộ vi phạm kỷ luật", 50)), "lead.cum9", LEADERS);
    covenants.sendForSigning("cum9", YEAR, "lead.cum9", LEADERS);
    assertEquals(7, tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(SIGN).count());
    for (String head : HEADS) {
      answer(pi, head, VAR_SIGN_OUTCOME, SIGN_YES);
    }
    assertThat(pi).isEnded().hasPassed(REVISE, END_SIGNED);
    Covenant c = covenants.find("cum9", YEAR).orElseThrow();
    assertEquals(2, c.getSigningRound());
    assertEquals(List.of("Hoàn thành chỉ tiêu nghiệp vụ được giao", "Không có cán bộ vi phạm kỷ luật"),
        criteria.of("cum9", YEAR).stream().map(Criterion::getName).toList());
  }

  @Test
  void theLeadersMayCancelItAndDraftAgain() {
    ProcessInstance pi = sent();
    answer(pi, "head.vks", VAR_SIGN_OUTCOME, OBJECT, VAR_COMMENT, "Chưa thống nhất");
    for (String head : HEADS) {
      if (!head.equals("head.vks")) {
        answer(pi, head, VAR_SIGN_OUTCOME, SIGN_YES);
      }
    }
    complete("lead.cum9", pi, REVISE, VAR_REVISE_OUTCOME, CANCEL, VAR_COMMENT, "Soạn lại từ đầu");

    assertThat(pi).isEnded().hasPassed(END_CANCELLED);
    assertEquals(Covenant.Status.CANCELLED, covenants.find("cum9", YEAR).orElseThrow().getStatus());
    covenants.draft("cum9", YEAR, "Giao ước mới", targets(), "lead.cum9", LEADERS);
    assertEquals(Covenant.Status.DRAFT, covenants.find("cum9", YEAR).orElseThrow().getStatus());
  }

  @Test
  void onlyTheClustersLeadersDraftAndSendIt() {
    assertEquals(403, assertThrows(Refusal.class, () -> covenants.draft("cum9", YEAR, "X", targets(), "head.ca",
        List.of("unit-ca-heads"))).status());
    assertEquals(400, assertThrows(Refusal.class, () -> covenants.draft("cum9", YEAR, "X", List.of(), "lead.cum9",
        LEADERS)).status());
    assertEquals(400, assertThrows(Refusal.class, () -> covenants.sendForSigning("cum9", YEAR, "lead.cum9", LEADERS))
        .status());
    assertEquals(0, runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count());
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
