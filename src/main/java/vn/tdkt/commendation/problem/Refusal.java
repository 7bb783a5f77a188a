package vn.tdkt.commendation.problem;

/**
 * A request that the product refuses on purpose: wrong input, a unit the caller does not belong to,
 * a duplicate. Thrown from delegates and listeners it rolls the whole engine command back, so nothing
 * is created or changed; the REST layers turn it into its HTTP status with a Vietnamese message.
 *
 * <p>Deliberately not a {@code ProcessEngineException}: the engine lets other runtime exceptions
 * through unchanged, so callers of the Java API see it as it was thrown.
 */
public class Refusal extends RuntimeException {

  public enum Kind {
    INVALID(400), UNAUTHORIZED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), PAYLOAD_TOO_LARGE(413);

    public final int status;

    Kind(int status) {
      this.status = status;
    }
  }

  private final Kind kind;
  private final String field;
  private String resource;

  public Refusal(Kind kind, String field, String message) {
    super(message);
    this.kind = kind;
    this.field = field;
  }

  public static Refusal invalid(String field, String message) {
    return new Refusal(Kind.INVALID, field, message);
  }

  public static Refusal forbidden(String field, String message) {
    return new Refusal(Kind.FORBIDDEN, field, message);
  }

  public static Refusal notFound(String message) {
    return new Refusal(Kind.NOT_FOUND, null, message);
  }

  public static Refusal conflict(String field, String message) {
    return new Refusal(Kind.CONFLICT, field, message);
  }

  /** Names what was refused for the audit log ("Task:{id}"), when the refusal is about one object. */
  public Refusal about(String resource) {
    this.resource = resource;
    return this;
  }

  /** What was refused, for the audit log; null when not about one object. */
  public String resource() {
    return resource;
  }

  public Kind kind() {
    return kind;
  }

  public int status() {
    return kind.status;
  }

  public String field() {
    return field;
  }

  /** The refusal somewhere in a cause chain (the engine wraps listener exceptions), or null. */
  public static Refusal findIn(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof Refusal r) {
        return r;
      }
    }
    return null;
  }

  /** The JSON body every API answers a refusal with. */
  public RefusalBody body() {
    return new RefusalBody(kind.name(), getMessage(), field);
  }

  public record RefusalBody(String type, String message, String field) {
  }
}
