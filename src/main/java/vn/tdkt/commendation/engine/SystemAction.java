package vn.tdkt.commendation.engine;

import java.util.concurrent.Callable;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that the product makes on its own behalf (granting a unit read access to its case,
 * evaluating the eligibility table, passing a Council result to a case) without the caller's
 * authorization checks: the caller's right to the action that causes them was checked at the door.
 */
@Component
public class SystemAction {

  private final IdentityService identityService;

  SystemAction(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(Callable<T> action) {
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      return context.runWithoutAuthorization(action);
    }
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return action.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  public void run(Runnable action) {
    call(() -> {
      action.run();
      return null;
    });
  }

  /** Who is acting: the authenticated user, else the given fallback (a task's assignee), else "system". */
  public String actor(String fallback) {
    Authentication current = identityService.getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current.getUserId();
    }
    return fallback == null ? "system" : fallback;
  }
}
