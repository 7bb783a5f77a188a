package vn.tdkt.commendation.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.tdkt.commendation.casefile.AwardType;

/**
 * A thematic commendation round ("đợt khen thưởng chuyên đề") the Board opens: what it rewards and on which basis,
 * the awards it allows, how many nominees it may take in all, and until when units may submit.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

  public static final int NAME_MAX = 300;
  public static final int BASIS_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  /** The plan, movement or legal basis it rewards ("Kế hoạch số …/KH-UBND …"). */
  @Column(nullable = false, length = BASIS_MAX)
  private String basis;

  @Column(nullable = false, length = 200)
  private String awardTypes;

  /** The emulation movement the campaign rewards (issue 14), chosen from the launched ones; null when none. */
  private Long movementId;

  /** Nominees the whole campaign may take, or null for no limit. */
  private Integer quota;

  /** The last day to submit, and the moment it ends (that day's due time in Vietnam). */
  @Column(nullable = false)
  private LocalDate deadline;

  @Column(nullable = false)
  private Instant deadlineAt;

  @Column(length = 64)
  private String createdBy;

  @Column(nullable = false)
  private Instant createdAt;

  protected Campaign() {
  }

  Campaign(String name, String basis, Set<AwardType> awardTypes, Integer quota, LocalDate deadline, Instant deadlineAt,
      String createdBy, Instant createdAt) {
    this(name, basis, null, awardTypes, quota, deadline, deadlineAt, createdBy, createdAt);
  }

  Campaign(String name, String basis, Long movementId, Set<AwardType> awardTypes, Integer quota, LocalDate deadline,
      Instant deadlineAt, String createdBy, Instant createdAt) {
    this.movementId = movementId;
    this.name = name;
    this.basis = basis;
    this.awardTypes = awardTypes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    this.quota = quota;
    this.deadline = deadline;
    this.deadlineAt = deadlineAt;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getBasis() {
    return basis;
  }

  public Long getMovementId() {
    return movementId;
  }

  public Set<AwardType> getAwardTypes() {
    Set<AwardType> set = EnumSet.noneOf(AwardType.class);
    Arrays.stream(awardTypes.split(",")).filter(s -> !s.isBlank()).map(AwardType::valueOf).forEach(set::add);
    return set;
  }

  public Integer getQuota() {
    return quota;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public Instant getDeadlineAt() {
    return deadlineAt;
  }

  public boolean isOpen(Instant now) {
    return now.isBefore(deadlineAt);
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
