package vn.tdkt.commendation.council;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who has voted in a session so far, for its open page: the page's facts, never a running count of the votes. Under
 * the page's own path (the signed-in session of the page), not /api (stateless, HTTP Basic).
 */
@RestController
class CouncilSessionApiController {

  private final SessionOverview overview;

  CouncilSessionApiController(SessionOverview overview) {
    this.overview = overview;
  }

  record Voters(boolean voting, int round, long voted, int members, int quorumVotes, List<SessionOverview.Member> people) {
  }

  @GetMapping(value = "/council/sessions/{sessionNumber}/voters", produces = "application/json")
  Voters voters(@PathVariable String sessionNumber) {
    SessionOverview.Overview s = overview.of(sessionNumber);
    return new Voters(s.voting(), s.round(), s.voted(), s.memberCount(), s.quorumVotes(), s.members());
  }
}
