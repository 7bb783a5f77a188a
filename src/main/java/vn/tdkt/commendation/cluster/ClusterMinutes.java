package vn.tdkt.commendation.cluster;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The round's minutes ("biên bản"): written once when the round closes, never changed afterwards. */
@Entity
@Table(name = "cluster_minutes")
public class ClusterMinutes {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private Long roundId;

  @Column(nullable = false)
  private Instant writtenAt;

  private int membersPresent;

  private int membersTotal;

  @Column(nullable = false, length = 8000)
  private String content;

  protected ClusterMinutes() {
  }

  ClusterMinutes(Long roundId, Instant writtenAt, int membersPresent, int membersTotal, String content) {
    this.roundId = roundId;
    this.writtenAt = writtenAt;
    this.membersPresent = membersPresent;
    this.membersTotal = membersTotal;
    this.content = content;
  }

  public Long getRoundId() {
    return roundId;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public int getMembersPresent() {
    return membersPresent;
  }

  public int getMembersTotal() {
    return membersTotal;
  }

  public String getContent() {
    return content;
  }
}
