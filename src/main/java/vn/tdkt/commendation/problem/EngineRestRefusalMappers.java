package vn.tdkt.commendation.problem;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.audit.AuditLog;

/**
 * Camunda's REST API answers most engine exceptions with 500 and English text. These mappers answer
 * a {@link Refusal} in the cause chain (the engine wraps exceptions from task listeners) with its status and
 * message, a missing authorization with 403, a task or instance that does not exist (or no longer: already
 * completed) with 404, a task claimed by someone else or changed meanwhile with 409 — each in Vietnamese, in
 * the same JSON shape; everything else keeps Camunda's own answer. Denials go to the audit log. The mappers
 * carry a higher priority than Camunda's mappers for the same types, which JAX-RS uses to choose between them; they
 * serve Camunda's REST API and the webapps' APIs alike ({@link Discoverable}).
 */
@Component
class EngineRestRefusalMappers {

  private static final String TASK = "Task:";
  static final String FORBIDDEN = "Bạn không có quyền thực hiện thao tác này trên đối tượng được yêu cầu.";
  static final String NOT_FOUND = "Không tìm thấy đối tượng được yêu cầu: không tồn tại, đã được xử lý xong, "
      + "hoặc bạn không có quyền xem.";
  static final String CLAIMED = "Công việc này đã được người khác nhận xử lý.";
  static final String CHANGED = "Đối tượng vừa được người khác thay đổi; hãy tải lại rồi thử lại.";

  static final String WEAK_PASSWORD = "Mật khẩu mới chưa đạt yêu cầu: ít nhất 10 ký tự, có chữ hoa, chữ thường, chữ số "
      + "và ký tự đặc biệt, không chứa họ tên hay tên đăng nhập.";
  /** How the engine says that an id names nothing (or nothing the caller may see). */
  private static final Pattern UNKNOWN = Pattern.compile("(?i)cannot find|is null|does not exist|no \\w+( \\w+)? found");
  private static final Pattern UNKNOWN_ID = Pattern.compile("(?i)cannot find|does not exist|no \\w+( \\w+)? found");
  private static final Pattern MISSING_TASK = Pattern.compile("(?:Cannot find task with id|Cannot complete task) ([^:\\s]+)");

  /** Set at start-up: the mappers are JAX-RS classes that Jersey creates itself. */
  private static volatile ProcessEngine engine;

  EngineRestRefusalMappers(ProcessEngine processEngine) {
    engine = processEngine;
  }

  /**
   * Every Jersey application in the process — /engine-rest and the webapps' APIs (/camunda/api/engine, cockpit,
   * tasklist, admin, welcome) — gets the mappers: Jersey discovers this class through
   * META-INF/services/org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable, so the webapps answer in
   * Vietnamese too, although their applications are Camunda's own classes.
   */
  public static class Discoverable implements org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable {
    @Override
    public void configure(jakarta.ws.rs.core.FeatureContext context) {
      for (Class<?> mapper : List.of(ForRest.class, ForEngine.class, ForAny.class, ForAuthorization.class)) {
        if (!context.getConfiguration().isRegistered(mapper)) {
          context.register(mapper);
        }
      }
    }
  }

  static Response toResponse(Throwable t) {
    Refusal refusal = Refusal.findIn(t);
    if (refusal != null && refusal.status() == 403 && refusal.resource() != null
        && refusal.resource().startsWith(TASK) && hasEnded(refusal.resource().substring(TASK.length()))) {
      // refused because the task's people were gone: the winner of two simultaneous completions had just ended it
      refusal = taskEnded();
    }
    if (refusal == null) {
      refusal = concurrentChange(t);
    }
    if (refusal == null) {
      refusal = translated(t);
    }
    if (refusal == null) {
      return ExceptionHandlerHelper.getInstance().getResponse(t);
    }
    if (refusal.status() == 403 || refusal.status() == 404) {
      AuditLog.denied(refusal.status(), resource(t), reason(t));
    }
    return Response.status(refusal.status())
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(refusal.body())
        .build();
  }

  /**
   * Two officials act on the same thing at once (e.g. both complete the same task): the engine lets
   * one commit and fails the other with an OptimisticLockingException, or, when the other comes a
   * moment later, finds no task any more, or (read committed) already sees the process one step further
   * and fails on a variable of that step; the loser's command is rolled back in every case. Camunda
   * answers all of these with 500; here a failed completion of a task that has meanwhile ended is a 409
   * that says what happened. Any other failure keeps Camunda's own answer.
   */
  static Refusal concurrentChange(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof OptimisticLockingException) {
        return Refusal.conflict(null, "Hồ sơ vừa được người khác xử lý cùng lúc; thao tác của bạn không được ghi. "
            + "Hãy tải lại để xem trạng thái mới.");
      }
      Matcher missing = c.getMessage() == null ? null : MISSING_TASK.matcher(c.getMessage());
      if (missing != null && missing.find() && hasEnded(missing.group(1))) {
        return taskEnded();
      }
      // the winner's commit also removed the task's authorization rows: a loser whose permission check
      // ran after that commit is refused for a task that no longer exists, not for lack of rights
      if (c instanceof AuthorizationException a && a.getMissingAuthorizations().stream()
          .anyMatch(m -> Resources.TASK.resourceName().equals(m.getResourceType()) && hasEnded(m.getResourceId()))) {
        return taskEnded();
      }
    }
    return null;
  }

  private static Refusal taskEnded() {
    return Refusal.conflict(null, "Công việc này đã được hoàn thành hoặc đã đóng, không thể hoàn thành lần nữa.");
  }

  /** Whether the task has ended; the loser may not read its history, so it is asked on the product's behalf. */
  private static boolean hasEnded(String taskId) {
    if (taskId == null || engine == null) {
      return false;
    }
    HistoricTaskInstance done = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
            () -> engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).singleResult()));
    return done != null && done.getEndTime() != null;
  }

  /** Camunda's own refusals, in Vietnamese; null for anything else. */
  private static Refusal translated(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof AuthorizationException) {
        return Refusal.forbidden(null, FORBIDDEN);
      }
      if (c instanceof TaskAlreadyClaimedException) {
        return Refusal.conflict(null, CLAIMED);
      }
      if (c instanceof OptimisticLockingException) {
        return Refusal.conflict(null, CHANGED);
      }
      if (c instanceof NotFoundException || (c instanceof NullValueException && UNKNOWN.matcher(
          String.valueOf(c.getMessage())).find()) || (c instanceof BadUserRequestException && UNKNOWN_ID.matcher(
          String.valueOf(c.getMessage())).find())) {
        return Refusal.notFound(NOT_FOUND);
      }
      if (c instanceof ProcessEngineException && String.valueOf(c.getMessage()).contains("Password does not match policy")) {
        return Refusal.invalid("password", WEAK_PASSWORD);
      }
      if (c instanceof RestException r && String.valueOf(r.getMessage()).contains("authenticated user password is not valid")) {
        return Refusal.invalid("authenticatedUserPassword", "Mật khẩu hiện tại không đúng.");
      }
    }
    if (t instanceof RestException r && r.getStatus() != null && (r.getStatus().getStatusCode() == 404
        || (r.getStatus().getStatusCode() == 400 && UNKNOWN_ID.matcher(String.valueOf(r.getMessage())).find()))) {
      return Refusal.notFound(NOT_FOUND);
    }
    return null;
  }

  private static String resource(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof Refusal r && r.resource() != null) {
        return r.resource();
      }
      if (c instanceof AuthorizationException a && !a.getMissingAuthorizations().isEmpty()) {
        return a.getMissingAuthorizations().stream()
            .map(m -> m.getResourceType() + ":" + m.getResourceId() + " needs " + m.getViolatedPermissionName())
            .reduce((x, y) -> x + " or " + y).orElse("");
      }
    }
    return "engine";
  }

  private static String reason(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  @Priority(1)
  public static class ForRest implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException e) {
      return EngineRestRefusalMappers.toResponse(e);
    }
  }

  @Priority(1)
  public static class ForEngine implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException e) {
      return EngineRestRefusalMappers.toResponse(e);
    }
  }

  @Priority(1)
  public static class ForAuthorization implements ExceptionMapper<AuthorizationException> {
    @Override
    public Response toResponse(AuthorizationException e) {
      return EngineRestRefusalMappers.toResponse(e);
    }
  }

  @Priority(1)
  public static class ForAny implements ExceptionMapper<Refusal> {
    @Override
    public Response toResponse(Refusal e) {
      return EngineRestRefusalMappers.toResponse(e);
    }
  }
}
