package vn.tdkt.commendation.council;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** A session of the provincial Council: the members at its opening, its rounds and its outcome. */
@Entity
@Table(name = "council_session")
public class CouncilSession {

  public enum Status {
    VOTING, DECIDING, CLOSED, ADJOURNED
  }

  /** A Council session proper, or a list the Chairman signs without a Council vote (process "decision-list"). */
  public enum Kind {
    COUNCIL, DIRECT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 20)
  private String sessionNumber;

  @Column(length = 64)
  private String startedBy;

  @Column(nullable = false)
  private Instant startedAt;

  private Instant closedAt;

  @Column(length = 200)
  private String awardTypeFilter;

  @Column(name = "round_no")
  private int round;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  @Column(length = 64)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Kind kind = Kind.COUNCIL;

  /** The campaign a direct list was drawn up for, if any. */
  private Long campaignId;

  /** What a direct list is, for the Chairman's signing list (the campaign it names). */
  @Column(length = 400)
  private String heading;

  /** The plan or launching document a direct list's campaign rewards: a "Căn cứ" line of its decisions. */
  @Column(length = 1000)
  private String campaignBasis;

  /** The minutes' number and date, once written (a session that reached its quorum). */
  @Column(length = 50)
  private String minutesNumber;

  private java.time.LocalDate minutesDate;

  /** The Board head who closed the vote early (the quorum reached, the members who had not voted absent), and when. */
  @Column(length = 64)
  private String votingClosedBy;

  private Instant votingClosedAt;

  /** Who was a member when the session opened: the quorum and the shares are counted on them. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "council_session_member", joinColumns = @JoinColumn(name = "session_id"))
  @OrderColumn(name = "member_order")
  @Column(name = "member_id", length = 64)
  private List<String> members = new ArrayList<>();

  protected CouncilSession() {
  }

  CouncilSession(String sessionNumber, String startedBy, Instant startedAt, String awardTypeFilter,
      List<String> members, String processInstanceId) {
    this.sessionNumber = sessionNumber;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
    this.awardTypeFilter = awardTypeFilter;
    this.members = new ArrayList<>(members);
    this.processInstanceId = processInstanceId;
    this.round = 1;
    this.status = Status.VOTING;
  }

  /** A list for the Chairman's signature without a Council vote: no members, straight to deciding. */
  static CouncilSession direct(String number, String startedBy, Instant startedAt, String awardTypeFilter,
      Long campaignId, String heading, String campaignBasis, String processInstanceId) {
    CouncilSession s = new CouncilSession(number, startedBy, startedAt, awardTypeFilter, List.of(), processInstanceId);
    s.kind = Kind.DIRECT;
    s.campaignId = campaignId;
    s.heading = heading;
    s.campaignBasis = campaignBasis;
    s.status = Status.DECIDING;
    return s;
  }

  public Kind getKind() {
    return kind;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public String getHeading() {
    return heading;
  }

  public String getCampaignBasis() {
    return campaignBasis;
  }

  void minutes(String number, java.time.LocalDate date) {
    this.minutesNumber = number;
    this.minutesDate = date;
  }

  public String getMinutesNumber() {
    return minutesNumber;
  }

  public java.time.LocalDate getMinutesDate() {
    return minutesDate;
  }

  void votingClosedEarly(String by, Instant at) {
    this.votingClosedBy = by;
    this.votingClosedAt = at;
  }

  public String getVotingClosedBy() {
    return votingClosedBy;
  }

  public Instant getVotingClosedAt() {
    return votingClosedAt;
  }

  void nextRound() {
    round++;
  }

  void deciding() {
    status = Status.DECIDING;
  }

  void end(Status status, Instant at) {
    this.status = status;
    this.closedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getSessionNumber() {
    return sessionNumber;
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

  public String getAwardTypeFilter() {
    return awardTypeFilter;
  }

  public int getRound() {
    return round;
  }

  public Status getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public List<String> getMembers() {
    return members;
  }
}
