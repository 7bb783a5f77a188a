package vn.tdkt.commendation.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class NotificationConfig {

  /** The background sender of the outbox; tests switch it off (tdkt.mail.sender-enabled) and send explicitly. */
  @Configuration(proxyBeanMethods = false)
  @EnableScheduling
  @ConditionalOnProperty(name = "tdkt.mail.sender-enabled", havingValue = "true", matchIfMissing = true)
  static class ScheduledSending {

    private final OutboxSender sender;

    ScheduledSending(OutboxSender sender) {
      this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${tdkt.mail.poll-interval:PT15S}", initialDelayString = "PT10S")
    void send() {
      sender.sendDue();
    }
  }
}
