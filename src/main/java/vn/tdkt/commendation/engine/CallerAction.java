package vn.tdkt.commendation.engine;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as a given official, so that the engine's grants and guards apply to them as on the REST API:
 * a page completes a task for the person who pressed its button (the caller's id and groups come from the signed-in
 * session, never from the request). The authentication in place before is put back afterwards.
 */
@Component
public class CallerAction {

  private final IdentityService identity;

  CallerAction(IdentityService identity) {
    this.identity = identity;
  }

  public void run(String userId, List<String> groups, Runnable action) {
    Authentication previous = identity.getCurrentAuthentication();
    identity.setAuthentication(userId, groups);
    try {
      action.run();
    } finally {
      if (previous == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(previous);
      }
    }
  }
}
