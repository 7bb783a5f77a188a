package vn.tdkt.commendation.notification;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.commendation.nomination.NominationProcess.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.casefile.CaseService;

/**
 * Each notification reaches the demo mail server (GreenMail) once, at the right addresses, in
 * Vietnamese; and a mail server that is down holds no process back while the failure is recorded.
 */
class NotificationMailTest extends WorkflowTest {

  @Autowired MeterRegistry meters;
  @Autowired DemoMailServer mailServer;
  @Autowired OutboxSender sender;
  @Autowired OutboxMailRepository outbox;
  @Autowired CaseService cases;

  @BeforeEach
  void emptyMailbox() throws Exception {
    if (!mailServer.greenMail().isRunning()) {
      mailServer.start();
    }
    mailServer.greenMail().purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void serverBackUp() {
    if (!mailServer.greenMail().isRunning()) {
      mailServer.start();
    }
  }

  @Test
  void aNewTaskIsMailedOnceToTheMembersOfItsGroup() throws Exception {
    ProcessInstance pi = nominate("nominator.thads", meritNomination("Nguyễn Thị Thư"));
    String caseNumber = caseOf(pi).getCaseNumber();

    assertEquals(1, sender.sendDue());
    assertEquals(0, sender.sendDue(), "a mail is sent only once");

    Map<String, MimeMessage> mails = received();
    assertEquals(List.of("head.thads@tdkt.example"), List.copyOf(mails.keySet()));
    MimeMessage mail = mails.get("head.thads@tdkt.example");
    // the task's name says which case it is: number, nominee and unit
    assertEquals("[TĐKT] Công việc mới: Thủ trưởng đơn vị ký trình — " + caseNumber
        + " · Nguyễn Thị Thư · Cục Thi hành án dân sự tỉnh", mail.getSubject());
    String body = GreenMailUtil.getBody(mail);
    assertTrue(text(mail).contains("Có công việc mới cần đồng chí xử lý"), body);
    assertTrue(text(mail).contains("Nguyễn Thị Thư"), body);
  }

  @Test
  void aReturnedDossierTellsTheUnitsNominatorsWhy() throws Exception {
    ProcessInstance pi = nominate("nominator.thads", meritNomination("Trần Văn Trả"));
    complete("head.thads", pi, ENDORSE, VAR_ENDORSEMENT_OUTCOME, RETURN, VAR_COMMENT, "Thiếu bảng tự chấm điểm");
    sender.sendDue();

    List<MimeMessage> returned = withSubject("bị trả lại");
    assertEquals(1, returned.size());
    assertEquals("nominator.thads@tdkt.example", to(returned.get(0)));
    assertTrue(text(returned.get(0)).contains("Lý do: Thiếu bảng tự chấm điểm"), text(returned.get(0)));
  }

  @Test
  void anApproachingSupplementDeadlineRemindsTheUnit() throws Exception {
    ProcessInstance pi = toAppraisal("Lê Văn Bổ");
    complete("officer.ban", pi, APPRAISE, VAR_APPRAISAL_OUTCOME, SUPPLEMENT_REQUEST, VAR_COMMENT, "Thiếu biên bản");
    fireTimer(pi, SUPPLEMENT_REMINDER);
    sender.sendDue();

    List<MimeMessage> reminders = withSubject("Sắp hết hạn bổ sung hồ sơ");
    assertEquals(1, reminders.size());
    assertEquals("nominator.thads@tdkt.example", to(reminders.get(0)));
    assertTrue(text(reminders.get(0)).contains("còn 3 ngày làm việc"), text(reminders.get(0)));
  }

  @Test
  void theAppraisalReminderAndTheEscalationReachTheBoard() throws Exception {
    ProcessInstance pi = toAppraisal("Vũ Thị Hạn");
    fireTimer(pi, APPRAISAL_REMINDER);
    fireTimer(pi, APPRAISAL_OVERDUE);
    sender.sendDue();

    List<MimeMessage> reminder = withSubject("Sắp đến hạn thẩm định");
    assertEquals(List.of("officer.ban@tdkt.example"), reminder.stream().map(NotificationMailTest::to).toList());
    List<MimeMessage> overdue = withSubject("Quá hạn thẩm định");
    assertEquals(List.of("head.ban@tdkt.example"), overdue.stream().map(NotificationMailTest::to).toList());
  }

  @Test
  void aDecisionIsMailedToTheNominatingUnit() throws Exception {
    ProcessInstance pi = toAppraisal("Đỗ Văn Khen");
    complete("officer.ban", pi, APPRAISE, VAR_APPRAISAL_OUTCOME, APPROVE);
    cases.decide(caseOf(pi).getCaseNumber(), "15/QĐ-UBND", LocalDate.of(YEAR, 12, 20), "chairman");
    runtime.createMessageCorrelation(MSG_COUNCIL_RESULT).processInstanceId(pi.getId())
        .setVariable(VAR_COUNCIL_OUTCOME, AWARDED).correlate();
    sender.sendDue();

    List<MimeMessage> decisions = withSubject("Quyết định khen thưởng");
    assertEquals(List.of("head.thads@tdkt.example", "nominator.thads@tdkt.example"),
        decisions.stream().map(NotificationMailTest::to).sorted().toList());
    String text = text(decisions.get(0));
    assertTrue(text.contains("Quyết định số: 15/QĐ-UBND, ngày 20/12/" + YEAR), text);
    assertTrue(text.contains("Bằng khen của Chủ tịch UBND tỉnh"), text);
  }

  @Test
  void aRejectionIsMailedToTheNominatingUnitWithTheReason() throws Exception {
    ProcessInstance pi = toAppraisal("Cao Thị Trượt");
    complete("officer.ban", pi, APPRAISE, VAR_APPRAISAL_OUTCOME, REJECT, VAR_COMMENT, "Sáng kiến chưa được công nhận");
    sender.sendDue();

    List<MimeMessage> rejections = withSubject("không được khen thưởng");
    assertEquals(List.of("head.thads@tdkt.example", "nominator.thads@tdkt.example"),
        rejections.stream().map(NotificationMailTest::to).sorted().toList());
    assertTrue(text(rejections.get(0)).contains("Lý do: Sáng kiến chưa được công nhận"), text(rejections.get(0)));
  }

  @Test
  void withTheMailServerDownTheProcessGoesOnAndTheFailureIsRecorded() throws Exception {
    // the application's own registry (shared by the whole suite): count what this test adds
    double failedBefore = failures("false");
    double finalBefore = failures("true");
    mailServer.stop();
    ProcessInstance pi = nominate("nominator.thads", meritNomination("Hoàng Văn Mạng"));
    assertEquals(0, sender.sendDue());
    complete("head.thads", pi, ENDORSE, VAR_ENDORSEMENT_OUTCOME, APPROVE);
    assertThat(pi).isWaitingAt(REVIEW_IN_CLUSTER);

    OutboxMail first = outbox.findByKindOrderById("NEW_TASK").get(0);
    assertEquals(OutboxMail.Status.PENDING, first.getStatus());
    assertEquals(1, first.getAttempts());
    assertNotNull(first.getLastError());
    assertEquals(1.0, failures("false") - failedBefore);

    // retried until the last attempt (6 in all, the test profile waits 0 s between them), then FAILED
    for (int i = 0; i < 5; i++) {
      sender.sendDue();
    }
    first = outbox.findById(first.getId()).orElseThrow();
    assertEquals(OutboxMail.Status.FAILED, first.getStatus());
    assertEquals(6, first.getAttempts());
    assertEquals(1.0, failures("true") - finalBefore);

    // the server is back: the mail queued meanwhile (cluster leader's task) goes out, the failed one does not
    mailServer.start();
    assertEquals(1, sender.sendDue());
    assertEquals(List.of("lead.cum9@tdkt.example"), List.copyOf(received().keySet()));
  }

  @Test
  void aMailThatFailedOnceGoesOutWhenTheServerIsBack() throws Exception {
    mailServer.stop();
    nominate("nominator.thads", meritNomination("Phạm Thị Lại"));
    assertEquals(0, sender.sendDue());
    mailServer.start();
    assertEquals(1, sender.sendDue());
    assertEquals(List.of("head.thads@tdkt.example"), List.copyOf(received().keySet()));
    OutboxMail mail = outbox.findByKindOrderById("NEW_TASK").get(0);
    assertEquals(OutboxMail.Status.SENT, mail.getStatus());
    assertEquals(2, mail.getAttempts());
  }

  // ---- helpers --------------------------------------------------------------------------------

  private ProcessInstance toAppraisal(String nominee) {
    ProcessInstance pi = nominate("nominator.thads", meritNomination(nominee));
    complete("head.thads", pi, ENDORSE, VAR_ENDORSEMENT_OUTCOME, APPROVE);
    complete("lead.cum9", pi, REVIEW_IN_CLUSTER, VAR_CLUSTER_OUTCOME, APPROVE);
    return pi;
  }

  private double failures(String last) {
    Counter c = meters.find("tdkt.mail.failures").tag("final", last).counter();
    return c == null ? 0 : c.count();
  }

  private Map<String, MimeMessage> received() throws Exception {
    Map<String, MimeMessage> byRecipient = new TreeMap<>();
    for (MimeMessage m : mailServer.greenMail().getReceivedMessages()) {
      if (byRecipient.put(to(m), m) != null) {
        throw new AssertionError("two mails to " + to(m));
      }
    }
    return byRecipient;
  }

  private List<MimeMessage> withSubject(String part) throws Exception {
    return Arrays.stream(mailServer.greenMail().getReceivedMessages()).filter(m -> subject(m).contains(part)).toList();
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String to(MimeMessage m) {
    try {
      return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString)
          .reduce((a, b) -> a + "," + b).orElse("");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(MimeMessage m) {
    try {
      return ((String) m.getContent()).replace("\r\n", "\n");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
