package vn.tdkt.commendation.announcement;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A complaint lodged by anyone about a case under public notice, and how the Board handled it. */
@Entity
@Table(name = "complaint", indexes = @Index(name = "ix_complaint_case", columnList = "caseNumber"))
public class Complaint {

  static final int NAME_MAX = 200;
  static final int CONTACT_MAX = 200;
  static final int CONTENT_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 20)
  private String caseNumber;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(nullable = false, length = CONTACT_MAX)
  private String contact;

  @Column(nullable = false, length = CONTENT_MAX)
  private String content;

  @Column(nullable = false)
  private Instant lodgedAt;

  @Column(length = 20)
  private String outcome;

  @Column(length = 2000)
  private String handlingComment;

  @Column(length = 64)
  private String handledBy;

  private Instant handledAt;

  protected Complaint() {
  }

  Complaint(String caseNumber, String name, String contact, String content, Instant lodgedAt) {
    this.caseNumber = caseNumber;
    this.name = name;
    this.contact = contact;
    this.content = content;
    this.lodgedAt = lodgedAt;
  }

  void handle(String outcome, String comment, String actor, Instant at) {
    this.outcome = outcome;
    this.handlingComment = comment;
    this.handledBy = actor;
    this.handledAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public String getName() {
    return name;
  }

  public String getContact() {
    return contact;
  }

  public String getContent() {
    return content;
  }

  public Instant getLodgedAt() {
    return lodgedAt;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getHandlingComment() {
    return handlingComment;
  }

  public String getHandledBy() {
    return handledBy;
  }

  public Instant getHandledAt() {
    return handledAt;
  }
}
