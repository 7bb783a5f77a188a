package vn.tdkt.commendation.announcement;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.problem.Refusal;

/**
 * Complaints during the public notice. Lodging one stores it and announces it ({@link ComplaintLodged}), on
 * which the nomination opens a "handle complaint" task for the Board in the same transaction; the case
 * cannot reach the Council until every complaint is handled.
 */
@Service
@Transactional
public class ComplaintService {

  private final ComplaintRepository complaints;
  private final CaseService cases;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ComplaintService(ComplaintRepository complaints, CaseService cases, ApplicationEventPublisher events,
      Clock clock) {
    this.complaints = complaints;
    this.cases = cases;
    this.events = events;
    this.clock = clock;
  }

  public Complaint lodge(String caseNumber, ComplaintForm form) {
    CommendationCase c = cases.find(caseNumber)
        .filter(found -> found.getNoticeEndsAt() != null)
        .orElseThrow(() -> Refusal.notFound("Không có hồ sơ " + caseNumber + " được công khai."));
    Instant now = clock.instant();
    if (c.getStatus() != CaseStatus.UNDER_NOTICE || !now.isBefore(c.getNoticeEndsAt())) {
      throw Refusal.conflict(null, "Hồ sơ " + caseNumber + " không còn trong thời gian công khai: "
          + "không nhận phản ánh sau khi hết hạn công khai.");
    }
    Complaint complaint = complaints.saveAndFlush(new Complaint(caseNumber,
        Inputs.text(form.name(), "name", "họ tên", Complaint.NAME_MAX, true),
        Inputs.text(form.contact(), "contact", "địa chỉ liên hệ", Complaint.CONTACT_MAX, true),
        Inputs.text(form.content(), "content", "nội dung phản ánh", Complaint.CONTENT_MAX, true), now));
    cases.record(caseNumber, "public", "complaintLodged", null);
    events.publishEvent(new ComplaintLodged(caseNumber, c.getProcessInstanceId(), complaint.getId(),
        complaint.getContent()));
    return complaint;
  }

  /** Who lodged a complaint and how to reach them: for the Board's verification only (its task, its case page). */
  @Transactional(readOnly = true)
  public String complainant(long complaintId) {
    Complaint c = complaints.findById(complaintId).orElseThrow();
    return c.getName() + " — " + c.getContact();
  }

  public void handle(long complaintId, String outcome, String comment, String actor) {
    complaints.findById(complaintId).orElseThrow().handle(outcome, comment, actor, clock.instant());
  }
}
