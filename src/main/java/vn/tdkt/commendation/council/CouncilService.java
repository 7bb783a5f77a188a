package vn.tdkt.commendation.council;

import static vn.tdkt.commendation.council.CouncilProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.YearCounters;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.problem.Refusal;

/**
 * The Council's work on a list of cases: opening a session, counting the secret ballot, the quorum and
 * the thresholds (the decisions are {@link DecisionSigning}'s). Bean "councilSessions": the model reads its
 * multi-instance collections from it, so lists never travel as process variables.
 */
@Service("councilSessions")
@Transactional
public class CouncilService {

  static final String SESSION_COUNTER = "council-session";
  static final int TALLY_CHUNK = 500;

  private final CouncilSessionRepository sessions;
  private final SessionCaseRepository sessionCases;
  private final BallotTallyRepository tallies;
  private final CouncilVoterRepository voters;
  private final CaseService cases;
  private final OrganisationService organisation;
  private final YearCounters counters;
  private final CouncilSettings settings;
  private final RuntimeService runtimeService;
  private final SystemAction system;
  private final Clock clock;

  CouncilService(CouncilSessionRepository sessions, SessionCaseRepository sessionCases, BallotTallyRepository tallies,
      CouncilVoterRepository voters, CaseService cases,
      OrganisationService organisation, YearCounters counters, CouncilSettings settings, RuntimeService runtimeService, SystemAction system,
      Clock clock) {
    this.sessions = sessions;
    this.sessionCases = sessionCases;
    this.tallies = tallies;
    this.voters = voters;
    this.cases = cases;
    this.organisation = organisation;
    this.counters = counters;
    this.settings = settings;
    this.runtimeService = runtimeService;
    this.system = system;
    this.clock = clock;
  }

  /** Takes every case waiting for the Council (of the given award types, if any) into a new session. */
  public CouncilSession open(String startedBy, Object awardTypeFilter, String processInstanceId) {
    Set<AwardType> filter = parseAwardTypes(awardTypeFilter);
    List<CommendationCase> waiting = cases.waitingForCouncil().stream()
        .filter(c -> filter.isEmpty() || filter.contains(c.getAwardType()))
        .toList();
    if (waiting.isEmpty()) {
      throw Refusal.invalid(VAR_AWARD_TYPES, "Không có hồ sơ nào đang chờ Hội đồng xét"
          + (filter.isEmpty() ? "." : " với hình thức đã chọn."));
    }
    List<String> members = organisation.membersOf(Roles.COUNCIL_MEMBERS);
    if (members.isEmpty()) {
      throw Refusal.invalid(null, "Hội đồng chưa có thành viên (nhóm " + Roles.COUNCIL_MEMBERS + ").");
    }
    int year = LocalDate.now(clock).getYear();
    String number = String.format("HD-%d-%03d", year, counters.next(SESSION_COUNTER, year));
    String filterText = filter.isEmpty() ? null
        : filter.stream().map(Enum::name).collect(Collectors.joining(","));
    CouncilSession session = sessions.save(new CouncilSession(number, startedBy, clock.instant(), filterText,
        members, processInstanceId));
    for (CommendationCase c : waiting) {
      sessionCases.save(new SessionCase(session.getId(), c.getCaseNumber(), c.getAwardType()));
      tallies.save(new BallotTally(session.getId(), 1, c.getCaseNumber()));
      cases.takeIntoSession(c.getCaseNumber(), session.getId());
    }
    return session;
  }

  static final String LIST_COUNTER = "decision-list";

  /**
   * A list for the Chairman's signature without a Council vote ("TK-{year}-{001}"): every case appraised for an
   * award the Council does not vote on ({@code tdkt.council.award-types}) and waiting, of the given award types and
   * campaign if any (its basis, the plan or launching document, is cited by the decisions). The Chairman then signs
   * one decision per award type, as after a Council session.
   */
  public CouncilSession openDirect(String startedBy, Object awardTypeFilter, Long campaignId, String heading,
      String campaignBasis, String processInstanceId) {
    Set<AwardType> filter = parseAwardTypes(awardTypeFilter);
    List<CommendationCase> waiting = cases.waitingForDecision().stream()
        .filter(c -> filter.isEmpty() || filter.contains(c.getAwardType()))
        .filter(c -> campaignId == null || campaignId.equals(c.getCampaignId()))
        .toList();
    if (waiting.isEmpty()) {
      throw Refusal.invalid(VAR_AWARD_TYPES, "Không có hồ sơ nào đã thẩm định đang chờ trình Chủ tịch"
          + (filter.isEmpty() && campaignId == null ? "." : " với hình thức hoặc đợt đã chọn."));
    }
    int year = LocalDate.now(clock).getYear();
    String number = String.format("TK-%d-%03d", year, counters.next(LIST_COUNTER, year));
    String filterText = filter.isEmpty() ? null
        : filter.stream().map(Enum::name).collect(Collectors.joining(","));
    CouncilSession session = sessions.save(CouncilSession.direct(number, startedBy, clock.instant(), filterText,
        campaignId, heading, campaignBasis, processInstanceId));
    for (CommendationCase c : waiting) {
      SessionCase sc = new SessionCase(session.getId(), c.getCaseNumber(), c.getAwardType());
      sc.direct();
      sessionCases.save(sc);
      cases.takeIntoDecisionList(c.getCaseNumber(), session.getId());
    }
    return session;
  }

  @Transactional(readOnly = true)
  public CouncilSession get(Long sessionId) {
    return sessions.findById(sessionId).orElseThrow(() -> Refusal.notFound("Không có phiên họp " + sessionId + "."));
  }

  /** The session run by a council-session process instance. */
  @Transactional(readOnly = true)
  public Long sessionIdOf(String processInstanceId) {
    return sessions.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("No Council session for process " + processInstanceId))
        .getId();
  }

  /** The voters of the ballot (the model's multi-instance collection): the members when the session opened. */
  @Transactional(readOnly = true)
  public List<String> memberIds(String processInstanceId) {
    return List.copyOf(get(sessionIdOf(processInstanceId)).getMembers());
  }

  @Transactional(readOnly = true)
  public List<SessionCase> casesOf(Long sessionId) {
    return sessionCases.findBySessionIdOrderByCaseNumber(sessionId);
  }

  /** One secret ballot: counts each vote anonymously and notes only that the member has voted. */
  void countBallot(CouncilSession session, String memberId, Map<String, String> votes) {
    int round = session.getRound();
    if (voters.existsBySessionIdAndRoundAndMemberId(session.getId(), round, memberId)) {
      throw Refusal.conflict(null, "Bạn đã bỏ phiếu trong vòng này.");
    }
    Set<String> listed = casesOf(session.getId()).stream().map(SessionCase::getCaseNumber)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    if (votes == null || votes.isEmpty()) {
      throw Refusal.invalid("votes", "Phiếu bầu trống: cần ý kiến cho từng hồ sơ.");
    }
    for (Map.Entry<String, String> vote : votes.entrySet()) {
      if (!listed.contains(vote.getKey())) {
        throw Refusal.invalid("votes", "Hồ sơ " + vote.getKey() + " không có trong danh sách của phiên họp.");
      }
      if (!APPROVE.equals(vote.getValue()) && !REJECT.equals(vote.getValue())) {
        throw Refusal.invalid("votes", "Ý kiến cho hồ sơ " + vote.getKey() + " phải là approve hoặc reject.");
      }
    }
    for (String caseNumber : listed) {
      if (!votes.containsKey(caseNumber)) {
        throw Refusal.invalid("votes", "Phiếu chưa có ý kiến cho hồ sơ " + caseNumber + ".");
      }
    }
    voters.save(new CouncilVoter(session.getId(), round, memberId));
    int counted = 0;
    for (List<String> chunk : chunks(List.copyOf(listed))) { // listed in case-number order
      List<String> approved = chunk.stream().filter(caseNumber -> APPROVE.equals(votes.get(caseNumber))).toList();
      counted += approved.isEmpty() ? tallies.rejectAll(session.getId(), round, chunk)
          : tallies.count(session.getId(), round, chunk, approved);
    }
    if (counted != listed.size()) {
      throw new IllegalStateException("Ballot counted for " + counted + " of " + listed.size() + " cases of session "
          + session.getId() + " round " + round);
    }
  }

  /** Bounded IN lists, well within every database's limit on bind parameters. */
  private static List<List<String>> chunks(List<String> caseNumbers) {
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < caseNumbers.size(); from += TALLY_CHUNK) {
      chunks.add(caseNumbers.subList(from, Math.min(caseNumbers.size(), from + TALLY_CHUNK)));
    }
    return chunks;
  }

  /** Who took part in the session's deciding round, by user id (the minutes name them; no vote is linked to them). */
  @Transactional(readOnly = true)
  public List<String> votersOf(Long sessionId) {
    CouncilSession session = get(sessionId);
    return voters.findBySessionIdAndRoundOrderByMemberId(sessionId, session.getRound()).stream()
        .map(CouncilVoter::getMemberId).toList();
  }

  @Transactional(readOnly = true)
  public List<BallotTally> talliesOf(Long sessionId) {
    return tallies.findBySessionIdAndRoundOrderByCaseNumber(sessionId, get(sessionId).getRound());
  }

  @Transactional(readOnly = true)
  public java.util.Optional<CouncilSession> bySessionNumber(String sessionNumber) {
    return sessions.findBySessionNumber(sessionNumber);
  }

  @Transactional(readOnly = true)
  public boolean hasVoted(Long sessionId, int round, String memberId) {
    return voters.existsBySessionIdAndRoundAndMemberId(sessionId, round, memberId);
  }

  /** Quorum and thresholds; cases that did not pass are rejected now. */
  public TallyResult tally(Long sessionId) {
    CouncilSession session = get(sessionId);
    int members = session.getMembers().size();
    int voted = (int) voters.countBySessionIdAndRound(sessionId, session.getRound());
    if (!settings.quorumReached(voted, members)) {
      return new TallyResult(false, false, voted, members);
    }
    session.deciding();
    Map<String, SessionCase> byCase = casesOf(sessionId).stream()
        .collect(Collectors.toMap(SessionCase::getCaseNumber, Function.identity()));
    boolean anyPassed = false;
    cases.getAll(List.copyOf(byCase.keySet()));
    for (BallotTally t : tallies.findBySessionIdAndRoundOrderByCaseNumber(sessionId, session.getRound())) {
      SessionCase sc = byCase.get(t.getCaseNumber());
      CouncilSettings.Threshold threshold = settings.threshold(sc.getAwardType());
      boolean passed = threshold.passes(t.getApprovals(), members);
      sc.counted(t.getApprovals(), passed);
      String result = String.format("Hội đồng biểu quyết: %d/%d thành viên tán thành (%d%%), yêu cầu %s.",
          t.getApprovals(), members, Math.round(100.0 * t.getApprovals() / members), threshold.describe());
      cases.record(t.getCaseNumber(), "system", passed ? "councilPassed" : "councilNotPassed", result);
      if (passed) {
        anyPassed = true;
      } else {
        passResult(t.getCaseNumber(), NominationProcess.REJECTED, "Không đạt tỷ lệ phiếu. " + result);
      }
    }
    return new TallyResult(true, anyPassed, voted, members);
  }

  public record TallyResult(boolean quorumReached, boolean anyPassed, int voted, int members) {
  }

  public void newRound(Long sessionId) {
    CouncilSession session = get(sessionId);
    session.nextRound();
    List<SessionCase> list = casesOf(sessionId);
    cases.getAll(list.stream().map(SessionCase::getCaseNumber).toList());
    for (SessionCase sc : list) {
      tallies.save(new BallotTally(sessionId, session.getRound(), sc.getCaseNumber()));
      cases.record(sc.getCaseNumber(), "system", "newBallotRound",
          "Vòng " + (session.getRound() - 1) + " không đủ số thành viên biểu quyết; bỏ phiếu lại.");
    }
  }

  /** No quorum after the last ballot round: the cases go back to wait for the next session. */
  public void release(Long sessionId) {
    CouncilSession session = get(sessionId);
    List<SessionCase> list = casesOf(sessionId);
    cases.getAll(list.stream().map(SessionCase::getCaseNumber).toList());
    for (SessionCase sc : list) {
      sc.result(SessionCase.Result.RETURNED, null);
      cases.releaseFromSession(sc.getCaseNumber(),
          "Phiên " + session.getSessionNumber() + " không đủ số thành viên biểu quyết sau " + session.getRound() + " vòng.");
    }
    session.end(CouncilSession.Status.ADJOURNED, clock.instant());
  }

  public void close(Long sessionId) {
    get(sessionId).end(CouncilSession.Status.CLOSED, clock.instant());
  }

  /** Award types among the passed cases, one decision each (the model's multi-instance collection). */
  @Transactional(readOnly = true)
  public List<String> decisionAwardTypes(String processInstanceId) {
    return passedCases(sessionIdOf(processInstanceId), null).stream().map(sc -> sc.getAwardType().name()).distinct().sorted().toList();
  }

  List<SessionCase> passedCases(Long sessionId, String awardType) {
    return casesOf(sessionId).stream()
        .filter(sc -> sc.getResult() == SessionCase.Result.PASSED)
        .filter(sc -> awardType == null || sc.getAwardType().name().equals(awardType))
        .toList();
  }

  /** Continues the case's own process at "awaitCouncil" with the session's result. */
  void passResult(String caseNumber, String outcome, String reason) {
    String processInstanceId = cases.get(caseNumber).getProcessInstanceId();
    system.run(() -> {
      var correlation = runtimeService.createMessageCorrelation(NominationProcess.MSG_COUNCIL_RESULT)
          .processInstanceId(processInstanceId)
          .setVariable(NominationProcess.VAR_COUNCIL_OUTCOME, outcome);
      if (reason != null) {
        correlation.setVariable(NominationProcess.VAR_CLOSING_REASON, Variables.stringValue(reason, true));
      }
      correlation.correlateWithResult();
    });
  }

  /** The award types ticked on the start form (a checklist), or a comma-separated text from older clients. */
  private static Set<AwardType> parseAwardTypes(Object value) {
    Set<AwardType> result = new LinkedHashSet<>();
    for (String name : Inputs.choices(value, VAR_AWARD_TYPES,
        java.util.Arrays.stream(AwardType.values()).map(Enum::name).toList(), "Hình thức khen thưởng không hợp lệ:")) {
      result.add(AwardType.valueOf(name));
    }
    return result;
  }

}
