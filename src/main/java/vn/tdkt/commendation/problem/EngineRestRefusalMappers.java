package vn.tdkt.commendation.problem;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API answers every engine exception with 500. These mappers look for a {@link Refusal}
 * in the cause chain (the engine wraps exceptions from task listeners) and answer with its status and
 * message; everything else keeps Camunda's own answer. They carry a higher priority than Camunda's
 * mappers for the same types, which JAX-RS uses to choose between them.
 */
@Component
class EngineRestRefusalMappers implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(ForRest.class);
    config.register(ForEngine.class);
    config.register(ForAny.class);
  }

  static Response toResponse(Throwable t) {
    Refusal refusal = Refusal.findIn(t);
    if (refusal == null) {
      return ExceptionHandlerHelper.getInstance().getResponse(t);
    }
    return Response.status(refusal.status())
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(refusal.body())
        .build();
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
