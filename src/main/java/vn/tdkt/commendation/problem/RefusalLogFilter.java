package vn.tdkt.commendation.problem;

import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * The engine logs every exception that ends a command at ERROR, including a refusal of bad input,
 * which is an answer to the user, not a fault. This keeps those out of the error log; real errors
 * are logged as before.
 */
public class RefusalLogFilter extends TurboFilter {

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level != Level.ERROR || !logger.getName().startsWith("org.camunda.bpm.engine")) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t;
    if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
      thrown = last;
    }
    return thrown != null && Refusal.findIn(thrown) != null ? FilterReply.DENY : FilterReply.NEUTRAL;
  }
}
