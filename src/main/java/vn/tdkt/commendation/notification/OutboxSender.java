package vn.tdkt.commendation.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends the outbox, outside any process step: each mail is leased in its own short transaction, sent,
 * then marked SENT, or given a later retry (the wait doubles), and after the last attempt FAILED.
 * Every failed attempt is logged and counted ("tdkt.mail.failures"), so a dead mail server shows in
 * the log, the metrics and the mail_outbox table, while the processes go on.
 */
@Component
public class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
  private static final int BATCH = 50;

  private final OutboxMailRepository outbox;
  private final JavaMailSender mailSender;
  private final MailSettings settings;
  private final TransactionTemplate tx;
  private final MeterRegistry meters;
  private final Clock clock;

  OutboxSender(OutboxMailRepository outbox, JavaMailSender mailSender, MailSettings settings,
      PlatformTransactionManager transactions, ObjectProvider<MeterRegistry> meters, Clock clock) {
    this.outbox = outbox;
    this.mailSender = mailSender;
    this.settings = settings;
    this.tx = new TransactionTemplate(transactions);
    this.meters = meters.getIfAvailable(() -> Metrics.globalRegistry);
    this.clock = clock;
  }

  /** Sends what is due now; returns how many mails went out. */
  public int sendDue() {
    Instant now = clock.instant();
    List<Long> due = tx.execute(s -> outbox.findByStatusAndNextAttemptAtLessThanEqualOrderById(
        OutboxMail.Status.PENDING, now, PageRequest.of(0, BATCH)).stream().map(OutboxMail::getId).toList());
    int sent = 0;
    for (Long id : due) {
      OutboxMail mail = lease(id);
      if (mail != null && send(mail)) {
        sent++;
      }
    }
    return sent;
  }

  /** Takes the mail for this node; null when another node took it first (optimistic lock). */
  private OutboxMail lease(Long id) {
    try {
      return tx.execute(s -> {
        OutboxMail m = outbox.findById(id).orElse(null);
        if (m == null || m.getStatus() != OutboxMail.Status.PENDING || m.getNextAttemptAt().isAfter(clock.instant())) {
          return null;
        }
        m.lease(clock.instant().plus(settings.getLease()));
        return outbox.saveAndFlush(m);
      });
    } catch (org.springframework.dao.OptimisticLockingFailureException e) {
      return null;
    }
  }

  private boolean send(OutboxMail mail) {
    try {
      MimeMessage message = mailSender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(settings.getFrom());
      helper.setTo(mail.getRecipient());
      helper.setSubject(mail.getSubject());
      helper.setText(mail.getBody(), false);
      mailSender.send(message);
    } catch (MailException | MessagingException e) {
      failed(mail, e);
      return false;
    }
    tx.executeWithoutResult(s -> outbox.findById(mail.getId()).ifPresent(m -> m.sent(clock.instant())));
    LOG.debug("Notification {} #{} sent to {}: {}", mail.getKind(), mail.getId(), mail.getRecipient(), mail.getSubject());
    return true;
  }

  private void failed(OutboxMail mail, Exception e) {
    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
    OutboxMail after = tx.execute(s -> {
      OutboxMail m = outbox.findById(mail.getId()).orElseThrow();
      long wait = settings.getRetryDelay().toMillis() << Math.min(m.getAttempts(), 16);
      m.failed(error, clock.instant().plusMillis(wait), settings.getMaxAttempts());
      return m;
    });
    boolean last = after.getStatus() == OutboxMail.Status.FAILED;
    Counter.builder("tdkt.mail.failures").description("Failed attempts to send a notification e-mail")
        .tag("kind", mail.getKind()).tag("final", Boolean.toString(last)).register(meters).increment();
    if (last) {
      LOG.error("Notification {} #{} to {} FAILED after {} attempts, not retried: {}", mail.getKind(), mail.getId(),
          mail.getRecipient(), after.getAttempts(), error);
    } else {
      LOG.warn("Notification {} #{} to {} not sent (attempt {}), retried at {}: {}", mail.getKind(), mail.getId(),
          mail.getRecipient(), after.getAttempts(), after.getNextAttemptAt(), error);
    }
  }
}
