package vn.tdkt.commendation.cluster;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.UniqueConstraint;

/** A member unit in a round: its self-assessment sheet's state, total and the agreed score. */
@Entity
@Table(name = "cluster_round_member", uniqueConstraints = @UniqueConstraint(columnNames = {"roundId", "unitCode"}))
public class RoundMember {

  public enum Status {
    PENDING, SUBMITTED, RETURNED, NOT_SUBMITTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long roundId;

  @Column(nullable = false, length = 32)
  private String unitCode;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16)
  private Status status;

  /** The open task that fills this unit's sheet (first submission or correction). */
  @Column(length = 64)
  private String sheetTaskId;

  @Column(length = 4000)
  private String report;

  private Integer selfTotal;

  private Integer agreedScore;

  @Column(length = 64)
  private String submittedBy;

  private Instant submittedAt;

  private Instant remindedAt;

  private int corrections;

  protected RoundMember() {
  }

  RoundMember(Long roundId, String unitCode) {
    this.roundId = roundId;
    this.unitCode = unitCode;
    this.status = Status.PENDING;
  }

  void sheetTask(String taskId) {
    this.sheetTaskId = taskId;
  }

  void submitted(String report, int total, String by, Instant at) {
    if (status == Status.RETURNED) {
      corrections++;
    }
    this.report = report;
    this.selfTotal = total;
    this.submittedBy = by;
    this.submittedAt = at;
    this.status = Status.SUBMITTED;
    this.sheetTaskId = null;
  }

  void returned() {
    status = Status.RETURNED;
  }

  void notSubmitted() {
    status = Status.NOT_SUBMITTED;
    sheetTaskId = null;
  }

  void reminded(Instant at) {
    remindedAt = at;
  }

  void agree(Integer score) {
    agreedScore = score;
  }

  public Long getId() {
    return id;
  }

  public Long getRoundId() {
    return roundId;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public Status getStatus() {
    return status;
  }

  public String getSheetTaskId() {
    return sheetTaskId;
  }

  public String getReport() {
    return report;
  }

  public Integer getSelfTotal() {
    return selfTotal;
  }

  public Integer getAgreedScore() {
    return agreedScore;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getRemindedAt() {
    return remindedAt;
  }

  public int getCorrections() {
    return corrections;
  }
}
