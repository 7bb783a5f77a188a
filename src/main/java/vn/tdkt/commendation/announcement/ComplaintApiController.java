package vn.tdkt.commendation.announcement;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Anyone may lodge a complaint about a case under public notice: the one anonymous write. */
@RestController
class ComplaintApiController {

  private final ComplaintService complaints;

  ComplaintApiController(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @PostMapping("/api/cases/{caseNumber}/complaints")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Map<String, Object> lodge(@PathVariable String caseNumber, @RequestBody ComplaintForm form) {
    Complaint complaint = complaints.lodge(caseNumber, form);
    return Map.of("complaintId", complaint.getId(), "caseNumber", caseNumber,
        "message", "Đã nhận ý kiến phản ánh; Ban Thi đua – Khen thưởng sẽ xem xét trước khi Hội đồng họp.");
  }
}
