package vn.tdkt.commendation.council;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.tdkt.commendation.security.CurrentUser;

/** The ballot as JSON: {"votes": {"TDKT-2026-00001": "approve", …}}. */
@RestController
class BallotApiController {

  private final BallotService ballots;

  BallotApiController(BallotService ballots) {
    this.ballots = ballots;
  }

  record BallotRequest(Map<String, String> votes) {
  }

  @PostMapping("/api/council-ballots/{taskId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void cast(@PathVariable String taskId, @RequestBody BallotRequest request) {
    ballots.cast(taskId, CurrentUser.get().id(), request.votes());
  }
}
