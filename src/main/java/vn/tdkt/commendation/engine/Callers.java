package vn.tdkt.commendation.engine;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Who runs an engine command: the product itself, the administrator, or a signed-in official. */
final class Callers {

  private Callers() {
  }

  /**
   * The product acting on its own behalf: no signed-in person (the job executor, start-up, a system action
   * outside a command) or authorization checks switched off for the call ({@link SystemAction} inside one).
   */
  static boolean isSystem(CommandContext context) {
    Authentication a = context.getAuthentication();
    return a == null || a.getUserId() == null || !context.isAuthorizationCheckEnabled();
  }

  static boolean isAdmin(CommandContext context) {
    Authentication a = context.getAuthentication();
    return a != null && a.getGroupIds() != null && a.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
  }

  static String userId(CommandContext context) {
    Authentication a = context.getAuthentication();
    return a == null ? null : a.getUserId();
  }
}
