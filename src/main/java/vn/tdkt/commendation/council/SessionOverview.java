package vn.tdkt.commendation.council;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.People;
import vn.tdkt.commendation.problem.Refusal;

/**
 * What the session page shows of a Council session: who has voted in the current round and who has not (never
 * how: the running counts of a round that is still open are never read here), when the vote closes, the cases on
 * the ballot with the share of ALL members each needs, and, once counted, each case's result.
 */
@Service
@Transactional(readOnly = true)
public class SessionOverview {

  private final CouncilSessionRepository sessions;
  private final CouncilVoterRepository voters;
  private final CouncilService council;
  private final CouncilSettings settings;
  private final CaseService cases;
  private final OrganisationService organisation;
  private final People people;
  private final ManagementService management;
  private final SystemAction system;

  SessionOverview(CouncilSessionRepository sessions, CouncilVoterRepository voters, CouncilService council,
      CouncilSettings settings, CaseService cases, OrganisationService organisation, People people,
      ManagementService management, SystemAction system) {
    this.sessions = sessions;
    this.voters = voters;
    this.council = council;
    this.settings = settings;
    this.cases = cases;
    this.organisation = organisation;
    this.people = people;
    this.management = management;
    this.system = system;
  }

  public record Member(String name, boolean voted) {
  }

  /** A case on the ballot: what it needs, and its result once the round is counted (approvals null until then). */
  public record CaseRow(String caseNumber, String nomineeName, String unitName, AwardType awardType,
      String threshold, int votesNeeded, Integer approvals, SessionCase.Result result, String decisionNumber) {
  }

  public record Overview(String sessionNumber, CouncilSession.Status status, String startedBy, Instant startedAt,
      Instant closedAt, int round, int maxRounds, Date votingClosesAt, int memberCount, int quorumVotes,
      List<Member> members, List<CaseRow> cases) {

    public long voted() {
      return members.stream().filter(Member::voted).count();
    }

    public boolean quorumReached() {
      return voted() >= quorumVotes;
    }

    public boolean voting() {
      return status == CouncilSession.Status.VOTING;
    }

    /** Any case on the list needs a share of all members that no absent member can be spared for. */
    public boolean hasFighter() {
      return cases.stream().anyMatch(c -> c.awardType() == AwardType.CHIEN_SI_THI_DUA_TINH);
    }

    /** The approvals a provincial fighter needs in this session (0 when none is on the ballot). */
    public int fighterVotesNeeded() {
      return cases.stream().filter(c -> c.awardType() == AwardType.CHIEN_SI_THI_DUA_TINH)
          .mapToInt(CaseRow::votesNeeded).findFirst().orElse(0);
    }
  }

  public record Listed(String sessionNumber, CouncilSession.Status status, Instant startedAt, int round) {
  }

  /** The latest sessions, newest first. */
  public List<Listed> latest() {
    return sessions.findTop50ByOrderByIdDesc().stream()
        .map(s -> new Listed(s.getSessionNumber(), s.getStatus(), s.getStartedAt(), s.getRound())).toList();
  }

  public Overview of(String sessionNumber) {
    CouncilSession session = sessions.findBySessionNumber(sessionNumber)
        .orElseThrow(() -> Refusal.notFound("Không có phiên họp " + sessionNumber + "."));
    int memberCount = session.getMembers().size();
    Set<String> voted = voters.findBySessionIdAndRoundOrderByMemberId(session.getId(), session.getRound()).stream()
        .map(CouncilVoter::getMemberId).collect(Collectors.toSet());
    Map<String, String> names = people.names(session.getMembers());
    List<Member> members = new ArrayList<>();
    session.getMembers().forEach(id -> members.add(new Member(names.get(id), voted.contains(id))));
    members.sort((a, b) -> Boolean.compare(a.voted(), b.voted()) != 0 ? Boolean.compare(b.voted(), a.voted())
        : a.name().compareTo(b.name()));

    List<SessionCase> onBallot = council.casesOf(session.getId());
    Map<String, CommendationCase> records = cases.getAll(onBallot.stream().map(SessionCase::getCaseNumber).toList())
        .stream().collect(Collectors.toMap(CommendationCase::getCaseNumber, c -> c));
    Map<String, String> unitNames = organisation.unitNames();
    List<CaseRow> rows = new ArrayList<>();
    for (SessionCase sc : onBallot) {
      CommendationCase c = records.get(sc.getCaseNumber());
      CouncilSettings.Threshold threshold = settings.threshold(sc.getAwardType());
      rows.add(new CaseRow(sc.getCaseNumber(), c == null ? "" : c.getNomineeName(),
          c == null ? "" : unitNames.getOrDefault(c.getUnitCode(), ""), sc.getAwardType(), threshold.describe(),
          threshold.votesNeeded(memberCount), sc.getApprovals(), sc.getResult(), sc.getDecisionNumber()));
    }
    return new Overview(session.getSessionNumber(), session.getStatus(), people.name(session.getStartedBy()),
        session.getStartedAt(), session.getClosedAt(), session.getRound(), settings.getMaxRounds(),
        votingClosesAt(session), memberCount, settings.quorumVotes(memberCount), members, rows);
  }

  /** The voting deadline's timer while the vote is open (null once it closed). */
  private Date votingClosesAt(CouncilSession session) {
    if (session.getStatus() != CouncilSession.Status.VOTING || session.getProcessInstanceId() == null) {
      return null;
    }
    return system.call(() -> management.createJobQuery().processInstanceId(session.getProcessInstanceId())
        .activityId(CouncilProcess.VOTING_DEADLINE).timers().list().stream().map(Job::getDuedate).findFirst()
        .orElse(null));
  }
}
