package vn.tdkt.commendation.central;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.tdkt.commendation.security.CurrentUser;

/**
 * The central result as a message: {"outcome": "awarded", "decisionNumber": "123/QĐ-TTg"} or
 * {"outcome": "rejected", "note": "…"}, posted by the Board (or a system acting as a Board account).
 */
@RestController
class CentralProposalApiController {

  private final CentralProposalService proposals;

  CentralProposalApiController(CentralProposalService proposals) {
    this.proposals = proposals;
  }

  record ResultRequest(String outcome, String decisionNumber, String note) {
  }

  @PostMapping("/api/central-proposals/{id}/result")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void result(@PathVariable long id, @RequestBody ResultRequest request) {
    CurrentUser user = CurrentUser.get();
    proposals.receiveResult(id, user == null ? null : user.id(), user == null ? List.of() : user.groups(),
        request.outcome(), request.decisionNumber(), request.note());
  }
}
