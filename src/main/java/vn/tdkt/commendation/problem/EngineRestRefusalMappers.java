package vn.tdkt.commendation.problem;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.SystemAction;

/**
 * Camunda's REST API answers every engine exception with 500. These mappers look for a {@link Refusal}
 * in the cause chain (the engine wraps exceptions from task listeners) and answer with its status and
 * message; everything else keeps Camunda's own answer. They carry a higher priority than Camunda's
 * mappers for the same types, which JAX-RS uses to choose between them.
 */
@Component
class EngineRestRefusalMappers implements ResourceConfigCustomizer {

  private static final Pattern MISSING_TASK = Pattern.compile("(?:Cannot find task with id|Cannot complete task) ([^:\\s]+)");

  /** Set at start-up: the mappers are JAX-RS classes that Jersey creates itself. */
  private static volatile HistoryService history;
  private static volatile SystemAction system;

  EngineRestRefusalMappers(HistoryService historyService, SystemAction systemAction) {
    history = historyService;
    system = systemAction;
  }

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(ForRest.class);
    config.register(ForEngine.class);
    config.register(ForAny.class);
  }

  static Response toResponse(Throwable t) {
    Refusal refusal = Refusal.findIn(t);
    if (refusal == null) {
      refusal = concurrentChange(t);
    }
    if (refusal == null) {
      return ExceptionHandlerHelper.getInstance().getResponse(t);
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
      if (missing != null && missing.find() && history != null) {
        // the loser may not read the task's history: ask on the product's behalf (only "ended" is told)
        HistoricTaskInstance done = system.call(
            () -> history.createHistoricTaskInstanceQuery().taskId(missing.group(1)).singleResult());
        if (done != null && done.getEndTime() != null) {
          return Refusal.conflict(null, "Công việc này đã được hoàn thành hoặc đã đóng, không thể hoàn thành lần nữa.");
        }
      }
    }
    return null;
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
  public static class ForAny implements ExceptionMapper<Refusal> {
    @Override
    public Response toResponse(Refusal e) {
      return EngineRestRefusalMappers.toResponse(e);
    }
  }
}
