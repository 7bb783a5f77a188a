package vn.tdkt.commendation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;

/** A value logged through a placeholder cannot break the line; the code's own text keeps its lines. */
class SafeMessageConverterTest {

  private final SafeMessageConverter converter = new SafeMessageConverter();
  private final LoggerContext context = new LoggerContext();

  @Test
  void aLineBreakInAnArgumentIsWrittenAsAnEscape() {
    String forged = "Mai\nDENIED status=200 user=admin\r\u2028x\u0007";
    String line = converter.convert(event("Notification sent to {}: {}", forged, "ok"));
    assertThat(line).isEqualTo("Notification sent to Mai\\nDENIED status=200 user=admin\\r\\u2028x\\u0007: ok")
        .doesNotContain("\n");
  }

  @Test
  void theMessagesOwnLinesStay() {
    assertThat(converter.convert(event("APPLICATION FAILED TO START\n\nDescription:"))).contains("\n\nDescription:");
  }

  private LoggingEvent event(String message, Object... arguments) {
    return new LoggingEvent("test", context.getLogger("test"), Level.INFO, message, null, arguments);
  }
}
