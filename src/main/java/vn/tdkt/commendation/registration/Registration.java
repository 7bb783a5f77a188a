package vn.tdkt.commendation.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A unit's registration for the year's titles ("đăng ký thi đua"): its collective aims and its people with
 * theirs. Not sent while a draft (or missing); sent, returned by the cluster's leader with a reason, or accepted.
 */
@Entity
@Table(name = "registration")
public class Registration {

  public enum Status { DRAFT, SENT, RETURNED, ACCEPTED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 32)
  private String unitCode;

  @Column(nullable = false, length = 32)
  private String clusterCode;

  private int emulationYear;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private Status status;

  @Column(length = 64)
  private String processInstanceId;

  private Instant sentAt;

  @Column(length = 64)
  private String sentBy;

  /** Sent after the year's registration deadline (tdkt.registration.deadline). */
  private boolean late;

  @Column(length = 64)
  private String reviewedBy;

  @Column(length = 2000)
  private String reviewComment;

  @Column(nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
  @OrderBy("ordinal")
  private List<RegistrationLine> lines = new ArrayList<>();

  protected Registration() {
  }

  Registration(String unitCode, String clusterCode, int year, Instant now) {
    this.unitCode = unitCode;
    this.clusterCode = clusterCode;
    this.emulationYear = year;
    this.status = Status.DRAFT;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** The unit may change its lines: before it sends them, or after they came back. */
  boolean editable() {
    return status == Status.DRAFT || status == Status.RETURNED;
  }

  void replaceLines(List<RegistrationLine> replacement, Instant now) {
    lines.clear();
    int n = 1;
    for (RegistrationLine l : replacement) {
      l.attach(this, n++);
      lines.add(l);
    }
    this.updatedAt = now;
  }

  void addLine(RegistrationLine line, Instant now) {
    line.attach(this, lines.size() + 1);
    lines.add(line);
    this.updatedAt = now;
  }

  void removeLine(long lineId, Instant now) {
    lines.removeIf(l -> l.getId() != null && l.getId() == lineId);
    int n = 1;
    for (RegistrationLine l : lines) {
      l.attach(this, n++);
    }
    this.updatedAt = now;
  }

  void sent(String by, boolean late, Instant now) {
    this.status = Status.SENT;
    this.sentBy = by;
    this.sentAt = now;
    this.late = late;
    this.updatedAt = now;
  }

  void reviewed(boolean accepted, String by, String comment, Instant now) {
    this.status = accepted ? Status.ACCEPTED : Status.RETURNED;
    this.reviewedBy = by;
    this.reviewComment = comment;
    this.updatedAt = now;
  }

  void withdrawn(Instant now) {
    this.status = Status.DRAFT;
    this.processInstanceId = null;
    this.updatedAt = now;
  }

  void linkProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getClusterCode() {
    return clusterCode;
  }

  public int getEmulationYear() {
    return emulationYear;
  }

  public Status getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getSentBy() {
    return sentBy;
  }

  public boolean isLate() {
    return late;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public String getReviewComment() {
    return reviewComment;
  }

  public List<RegistrationLine> getLines() {
    return lines;
  }
}
