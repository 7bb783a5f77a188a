package vn.tdkt.commendation.cluster;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.tdkt.commendation.security.CurrentUser;

/** The cluster ballot as JSON: {"flag": "ca", "merit": ["qs", "vks"]}. */
@RestController
class ClusterBallotApiController {

  private final ClusterBallotService ballots;

  ClusterBallotApiController(ClusterBallotService ballots) {
    this.ballots = ballots;
  }

  record BallotRequest(String flag, List<String> merit) {
  }

  @PostMapping("/api/cluster-ballots/{taskId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void cast(@PathVariable String taskId, @RequestBody BallotRequest request) {
    ballots.cast(taskId, CurrentUser.get().id(), request.flag(), request.merit());
  }
}
