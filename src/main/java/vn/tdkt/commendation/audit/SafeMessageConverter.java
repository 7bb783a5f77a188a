package vn.tdkt.commendation.audit;

import org.slf4j.helpers.MessageFormatter;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The message of every log line ({@code %m} in logback-spring.xml), with the line breaks and other control
 * characters of its arguments written as escapes: a value a caller chose and the code logs through a
 * {@code {}} placeholder (a user name, a nominee's name in a mail subject) cannot start a forged line of its own.
 * The message's own text — written by the code, such as Spring Boot's multi-line "APPLICATION FAILED TO START"
 * report — keeps its lines. Values the audit log writes are escaped there as well ({@link AuditLog#clean}).
 */
public class SafeMessageConverter extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    Object[] arguments = event.getArgumentArray();
    if (arguments == null || arguments.length == 0) {
      return event.getFormattedMessage();
    }
    Object[] escaped = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      escaped[i] = arguments[i] instanceof Throwable ? arguments[i] : escape(String.valueOf(arguments[i]));
    }
    return MessageFormatter.arrayFormat(event.getMessage(), escaped).getMessage();
  }

  static String escape(String value) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean unsafe = (Character.isISOControl(c) && c != '\t') || c == '\u2028' || c == '\u2029';
      if (unsafe && out == null) {
        out = new StringBuilder(value.length() + 16).append(value, 0, i);
      }
      if (out != null) {
        if (!unsafe) {
          out.append(c);
        } else if (c == '\n') {
          out.append("\\n");
        } else if (c == '\r') {
          out.append("\\r");
        } else {
          out.append(String.format("\\u%04x", (int) c));
        }
      }
    }
    return out == null ? value : out.toString();
  }
}
