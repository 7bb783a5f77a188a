package vn.tdkt.commendation.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** tdkt.mail.*: the sender of our notifications and how the outbox retries. */
@ConfigurationProperties(prefix = "tdkt.mail")
public class MailSettings {

  /** Switches notifications off entirely (nothing is queued). */
  private boolean enabled = true;
  /** From address of every notification. */
  private String from = "thidua-khenthuong@localhost";
  /** Address of the application in links ("Mở Tasklist: …"). */
  private String baseUrl = "http://localhost:8080";
  /** Whether a background job sends the outbox (off in tests, which send explicitly). */
  private boolean senderEnabled = true;
  private Duration pollInterval = Duration.ofSeconds(15);
  /** Attempts before a mail is marked FAILED; between attempts the wait doubles from retry-delay. */
  private int maxAttempts = 6;
  private Duration retryDelay = Duration.ofMinutes(1);
  /** How long one node holds a mail it is sending before another may try it. */
  private Duration lease = Duration.ofMinutes(5);

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public boolean isSenderEnabled() {
    return senderEnabled;
  }

  public void setSenderEnabled(boolean senderEnabled) {
    this.senderEnabled = senderEnabled;
  }

  public Duration getPollInterval() {
    return pollInterval;
  }

  public void setPollInterval(Duration pollInterval) {
    this.pollInterval = pollInterval;
  }

  public int getMaxAttempts() {
    return maxAttempts;
  }

  public void setMaxAttempts(int maxAttempts) {
    this.maxAttempts = Math.max(1, maxAttempts);
  }

  public Duration getRetryDelay() {
    return retryDelay;
  }

  public void setRetryDelay(Duration retryDelay) {
    this.retryDelay = retryDelay;
  }

  public Duration getLease() {
    return lease;
  }

  public void setLease(Duration lease) {
    this.lease = lease;
  }
}
