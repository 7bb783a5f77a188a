package vn.tdkt.commendation.notification;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One e-mail to one address, written in the same transaction as the process step that causes it
 * (transactional outbox): a step that rolls back sends nothing, and a mail server that is down never
 * holds a step back. {@link OutboxSender} sends it later, with retries.
 */
@Entity
@Table(name = "mail_outbox", indexes = @Index(name = "ix_mail_outbox_due", columnList = "status, nextAttemptAt"))
public class OutboxMail {

  public enum Status { PENDING, SENT, FAILED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40)
  private String kind;

  /** The business key of the process the mail is about: a case number, or a cluster round's minutes number. */
  @Column(length = 64)
  private String caseNumber;

  @Column(nullable = false, length = 320)
  private String recipient;

  @Column(nullable = false, length = 500)
  private String subject;

  @Column(nullable = false, length = 8000)
  private String body;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR) // a plain varchar on H2 too, so one migration fits both databases
  @Column(nullable = false, length = 10)
  private Status status;

  private int attempts;

  @Column(length = 1000)
  private String lastError;

  @Column(nullable = false)
  private Instant createdAt;

  /** When the sender may (re)try; while one node sends, it is pushed ahead as a lease. */
  @Column(nullable = false)
  private Instant nextAttemptAt;

  private Instant sentAt;

  @Version
  private long version;

  protected OutboxMail() {
  }

  OutboxMail(String kind, String caseNumber, String recipient, String subject, String body, Instant now) {
    this.kind = kind;
    this.caseNumber = caseNumber;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.status = Status.PENDING;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  void lease(Instant until) {
    this.nextAttemptAt = until;
  }

  void sent(Instant at) {
    this.status = Status.SENT;
    this.sentAt = at;
    this.attempts++;
    this.lastError = null;
  }

  /** Records a failed attempt; after the last one the mail is FAILED for good. */
  void failed(String error, Instant retryAt, int maxAttempts) {
    this.attempts++;
    this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    if (attempts >= maxAttempts) {
      this.status = Status.FAILED;
    } else {
      this.nextAttemptAt = retryAt;
    }
  }

  public Long getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
