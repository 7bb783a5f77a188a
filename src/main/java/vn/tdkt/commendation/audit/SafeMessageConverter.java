package vn.tdkt.commendation.audit;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The message of every log line ({@code %m} in logback-spring.xml), with line breaks and other control
 * characters written as escapes: a value a caller chose (a user name, a nominee's name in a mail subject)
 * cannot start a forged line of its own. Tabs stay; stack traces are written by their own converter.
 */
public class SafeMessageConverter extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return escape(super.convert(event));
  }

  static String escape(String message) {
    if (message == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      boolean unsafe = (Character.isISOControl(c) && c != '\t') || c == '\u2028' || c == '\u2029';
      if (unsafe && out == null) {
        out = new StringBuilder(message.length() + 16).append(message, 0, i);
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
    return out == null ? message : out.toString();
  }
}
