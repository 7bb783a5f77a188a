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

/** A review round of a cluster ("bình xét thi đua cụm"): who runs it, where it stands, what it decided. */
@Entity
@Table(name = "cluster_round")
public class ClusterRound {

  public enum Status {
    SELF_ASSESSMENT, COMPILING, VOTING, CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 32)
  private String clusterCode;

  private int emulationYear;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 12)
  private RoundKind kind;

  /** The leader unit when the round opened. */
  @Column(length = 32)
  private String leaderUnitCode;

  @Column(nullable = false, length = 64)
  private String startedBy;

  @Column(nullable = false)
  private Instant startedAt;

  private Instant closedAt;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16)
  private Status status;

  /** Ballot round of the secret ballot, 0 before the ballot opens. */
  private int ballotRound;

  /** The one unit whose sheet is back with it for correction, if any. */
  @Column(length = 32)
  private String correctionUnitCode;

  @Column(length = 32)
  private String nextLeaderUnitCode;

  @Column(length = 2000)
  private String compileComment;

  /** Set by the tally: the flag ballot is over (decided, or given up after the last allowed round). */
  private boolean ballotDecided;

  @Column(length = 64)
  private String processInstanceId;

  protected ClusterRound() {
  }

  ClusterRound(String clusterCode, int emulationYear, RoundKind kind, String leaderUnitCode, String startedBy,
      Instant startedAt, String processInstanceId) {
    this.clusterCode = clusterCode;
    this.emulationYear = emulationYear;
    this.kind = kind;
    this.leaderUnitCode = leaderUnitCode;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
    this.processInstanceId = processInstanceId;
    this.status = Status.SELF_ASSESSMENT;
  }

  void compiling() {
    status = Status.COMPILING;
  }

  void returnFor(String unitCode) {
    correctionUnitCode = unitCode;
  }

  void compiled(String comment, String nextLeader) {
    correctionUnitCode = null;
    compileComment = comment;
    nextLeaderUnitCode = nextLeader;
  }

  void nextBallotRound() {
    status = Status.VOTING;
    ballotRound++;
  }

  void ballotDecided() {
    ballotDecided = true;
  }

  void close(Instant at) {
    status = Status.CLOSED;
    closedAt = at;
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

  public RoundKind getKind() {
    return kind;
  }

  public String getLeaderUnitCode() {
    return leaderUnitCode;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Status getStatus() {
    return status;
  }

  public int getBallotRound() {
    return ballotRound;
  }

  public String getCorrectionUnitCode() {
    return correctionUnitCode;
  }

  public String getNextLeaderUnitCode() {
    return nextLeaderUnitCode;
  }

  public String getCompileComment() {
    return compileComment;
  }

  public boolean isBallotDecided() {
    return ballotDecided;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  /** "BX-cum9-2026-YEAR_END-12": the round's business key and minutes number. */
  public String getRoundNumber() {
    return "BX-" + clusterCode + "-" + emulationYear + "-" + kind.name() + "-" + id;
  }
}
