package vn.tdkt.commendation.covenant;

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
 * A cluster's covenant of a year ("giao ước thi đua"): its targets, drafted by the cluster's leaders, signed by the
 * head of every member unit; once signed, its targets are the criteria the cluster's rounds score against.
 */
@Entity
@Table(name = "covenant")
public class Covenant {

  public enum Status { DRAFT, SIGNING, REVISING, SIGNED, CANCELLED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 32)
  private String clusterCode;

  private int emulationYear;

  @Column(nullable = false, length = 300)
  private String title;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private Status status;

  /** How many times it went round the member units for signing. */
  private int signingRound;

  @Column(length = 64)
  private String processInstanceId;

  @Column(nullable = false, length = 64)
  private String draftedBy;

  @Column(length = 2000)
  private String reviseComment;

  private Instant signedAt;

  @Column(nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  @OneToMany(mappedBy = "covenant", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
  @OrderBy("ordinal")
  private List<CovenantTarget> targets = new ArrayList<>();

  @OneToMany(mappedBy = "covenant", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @OrderBy("signingRound, unitCode")
  private List<CovenantSignature> signatures = new ArrayList<>();

  protected Covenant() {
  }

  Covenant(String clusterCode, int year, String title, String draftedBy, Instant now) {
    this.clusterCode = clusterCode;
    this.emulationYear = year;
    this.title = title;
    this.draftedBy = draftedBy;
    this.status = Status.DRAFT;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** The leaders may change it: before it goes round, or when it came back. */
  boolean editable() {
    return status == Status.DRAFT || status == Status.REVISING || status == Status.CANCELLED;
  }

  /** Removes the old targets first: the database must see them go before the new ones take their places. */
  void clearTargets() {
    targets.clear();
  }

  void draft(String title, List<CovenantTarget> lines, String by, Instant now) {
    this.title = title;
    this.draftedBy = by;
    targets.clear();
    int n = 1;
    for (CovenantTarget t : lines) {
      t.attach(this, n++);
      targets.add(t);
    }
    if (status == Status.CANCELLED) {
      status = Status.DRAFT;
      processInstanceId = null;
    }
    this.updatedAt = now;
  }

  void signingOpened(String processInstanceId, Instant now) {
    this.processInstanceId = processInstanceId;
    this.signingRound++;
    this.status = Status.SIGNING;
    this.updatedAt = now;
  }

  void sign(CovenantSignature signature, Instant now) {
    signature.attach(this);
    signatures.add(signature);
    this.updatedAt = now;
  }

  void toRevise(Instant now) {
    this.status = Status.REVISING;
    this.updatedAt = now;
  }

  void revised(String comment, Instant now) {
    this.reviseComment = comment;
    this.updatedAt = now;
  }

  void cancelled(String comment, Instant now) {
    this.reviseComment = comment;
    this.status = Status.CANCELLED;
    this.updatedAt = now;
  }

  void signed(Instant now) {
    this.status = Status.SIGNED;
    this.signedAt = now;
    this.updatedAt = now;
  }

  /** The signatures of the current round. */
  public List<CovenantSignature> currentSignatures() {
    return signatures.stream().filter(s -> s.getSigningRound() == signingRound).toList();
  }

  public Long getId() {
    return id;
  }

  public String getClusterCode() {
    return clusterCode;
  }

  public int getEmulationYear() {
    return emulationYear;
  }

  public String getTitle() {
    return title;
  }

  public Status getStatus() {
    return status;
  }

  public int getSigningRound() {
    return signingRound;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getDraftedBy() {
    return draftedBy;
  }

  public String getReviseComment() {
    return reviseComment;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public List<CovenantTarget> getTargets() {
    return targets;
  }

  public List<CovenantSignature> getSignatures() {
    return signatures;
  }
}
