package vn.tdkt.commendation.casefile;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of a case's history. Append-only: there are no setters. */
@Entity
@Table(name = "case_event", indexes = @Index(name = "ix_case_event_case", columnList = "case_id"))
public class CaseEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private CommendationCase commendationCase;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(nullable = false, length = 64)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CaseStage stage;

  @Column(nullable = false, length = 40)
  private String outcome;

  @Column(name = "comment_text", length = 2000)
  private String comment;

  protected CaseEvent() {
  }

  CaseEvent(CommendationCase commendationCase, Instant at, String actor, CaseStage stage, String outcome,
      String comment) {
    this.commendationCase = commendationCase;
    this.at = at;
    this.actor = actor;
    this.stage = stage;
    this.outcome = outcome;
    this.comment = comment;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public CaseStage getStage() {
    return stage;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getComment() {
    return comment;
  }
}
