package vn.tdkt.commendation.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.Session;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import vn.tdkt.commendation.problem.Refusal;

/**
 * Every change to a case record goes through here. Called from delegates and listeners, it runs in the
 * engine's transaction, so the record and the process state commit or roll back together.
 */
@Service("caseRecordService") // "caseService" is the engine's CMMN service bean
@Transactional
public class CaseService {

  static final String CASE_COUNTER = "case";

  private final CaseRepository cases;
  private final YearCounters counters;
  private final Clock clock;
  private final EntityManager entityManager;
  private final ApplicationEventPublisher events;

  CaseService(CaseRepository cases, YearCounters counters, Clock clock, EntityManager entityManager,
      ApplicationEventPublisher events) {
    this.cases = cases;
    this.events = events;
    this.entityManager = entityManager;
    this.counters = counters;
    this.clock = clock;
  }

  /** Registers a validated nomination; refuses a second open or awarded case for the same achievement. */
  public CommendationCase register(NominationData data, String unitCode, String clusterCode, String nominatorId) {
    refuseDuplicate(CommendationCase.activeKeyOf(unitCode, data.nomineeName(), data.awardType(),
        data.emulationYear()));
    int year = LocalDate.now(clock).getYear();
    String caseNumber = String.format("TDKT-%d-%05d", year, counters.next(CASE_COUNTER, year));
    CommendationCase c = new CommendationCase(caseNumber, data, unitCode, clusterCode, nominatorId, now());
    c.addEvent(now(), actorOr(nominatorId), "registered", null);
    try {
      return cases.saveAndFlush(c);
    } catch (DataIntegrityViolationException raced) {
      throw duplicate();
    }
  }

  /** A nominee of a proposal as the unit declared it: the key "one achievement, one award" looks at. */
  public record Achievement(String nomineeName, AwardType awardType) {
  }

  /**
   * The open or awarded cases among these achievements of a unit and year, by their index in the list: what an
   * import or a proposal's registration refuses as duplicates. A few queries, however long the list.
   */
  @Transactional(readOnly = true)
  public Map<Integer, String> sameAchievements(String unitCode, int year, List<Achievement> achievements) {
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < achievements.size(); i++) {
      Achievement a = achievements.get(i);
      byKey.putIfAbsent(CommendationCase.activeKeyOf(unitCode, a.nomineeName(), a.awardType(), year), i);
    }
    Map<Integer, String> found = new HashMap<>();
    List<String> keys = List.copyOf(byKey.keySet());
    for (int from = 0; from < keys.size(); from += KEY_CHUNK) {
      for (CommendationCase c : cases.findByActiveKeyIn(keys.subList(from, Math.min(keys.size(), from + KEY_CHUNK)))) {
        found.put(byKey.get(c.getActiveKey()), c.getCaseNumber());
      }
    }
    return found;
  }

  static final int KEY_CHUNK = 500;

  /**
   * Registers the nominees of a proposal, each with the next case number of the year, all in the caller's
   * transaction; refuses the whole list when one of them is already open or awarded (one achievement, one award).
   */
  public List<CommendationCase> registerProposal(String proposalNumber, CommendationKind kind, Long campaignId,
      List<ProposalEntry> entries, String unitCode, String clusterCode, String nominatorId) {
    if (entries.isEmpty()) {
      throw Refusal.invalid("nominees", "Tờ trình cần ít nhất một đối tượng được đề nghị.");
    }
    int emulationYear = entries.get(0).data().emulationYear();
    if (!sameAchievements(unitCode, emulationYear, entries.stream()
        .map(e -> new Achievement(e.data().nomineeName(), e.data().awardType())).toList()).isEmpty()) {
      throw duplicate();
    }
    int year = LocalDate.now(clock).getYear();
    List<CommendationCase> registered = new ArrayList<>(entries.size());
    for (ProposalEntry entry : entries) {
      String caseNumber = String.format("TDKT-%d-%05d", year, counters.next(CASE_COUNTER, year));
      CommendationCase c = new CommendationCase(caseNumber, entry, proposalNumber, kind, campaignId, unitCode,
          clusterCode, nominatorId, now());
      c.addEvent(now(), actorOr(nominatorId), "registered", "Tờ trình " + proposalNumber);
      registered.add(c);
    }
    try {
      List<CommendationCase> saved = cases.saveAll(registered);
      cases.flush();
      return saved;
    } catch (DataIntegrityViolationException raced) {
      throw duplicate();
    }
  }

  /** Nominees of a campaign that count against its quota (open or awarded). */
  @Transactional(readOnly = true)
  public long countInCampaign(Long campaignId) {
    return cases.countByCampaignIdAndActiveKeyIsNotNull(campaignId);
  }

  /** The nominees of a proposal, in case-number order. */
  @Transactional(readOnly = true)
  public List<CommendationCase> ofProposal(String proposalNumber) {
    return cases.findByProposalNumberOrderByCaseNumber(proposalNumber);
  }

  /** The eligibility table's answer for the nominee, kept on the record and written to its history. */
  public void assess(String caseNumber, boolean eligible, String reason) {
    CommendationCase c = get(caseNumber);
    if (Boolean.valueOf(eligible).equals(c.getEligible()) && java.util.Objects.equals(reason, c.getEligibilityReason())) {
      return;
    }
    c.assess(eligible, reason);
    c.addEvent(now(), "system", eligible ? "eligible" : "notEligible", reason);
  }

  /** A cluster voted the nominee forward: the flag's condition of Law Art. 26. */
  public void markClusterVoted(String caseNumber, String tally, String actor) {
    CommendationCase c = get(caseNumber);
    c.clusterVoted();
    c.addEvent(now(), actorOr(actor), "clusterVoted", tally);
  }

  /** The Board's appraisal of one nominee of a proposal. */
  public void appraise(String caseNumber, NomineeDecision decision, String note, String actor) {
    CommendationCase c = get(caseNumber);
    c.appraise(decision, note, now());
    c.addEvent(now(), actorOr(actor), "appraisal" + decision.name().charAt(0) + decision.name().substring(1).toLowerCase(),
        note);
  }

  /** Appraised for an award without a Council vote: waits for the Chairman's decision list. */
  public void awaitDecision(String caseNumber) {
    moveTo(caseNumber, CaseStage.DECISION, CaseStatus.AWAITING_DECISION);
  }

  /** Taken into a list for the Chairman to sign, without a Council vote. */
  public void takeIntoDecisionList(String caseNumber, Long listId) {
    CommendationCase c = get(caseNumber);
    c.takeIntoDecisionList(listId, now());
    c.addEvent(now(), "system", "takenIntoDecisionList", null);
  }

  public void linkProcess(String caseNumber, String processInstanceId) {
    get(caseNumber).setProcessInstanceId(processInstanceId);
  }

  /** The nominating unit corrects its nomination after a return or a failed eligibility check. */
  public void revise(String caseNumber, NominationData data, String actor) {
    CommendationCase c = get(caseNumber);
    String key = CommendationCase.activeKeyOf(c.getUnitCode(), data.nomineeName(), c.getAwardType(),
        c.getEmulationYear());
    if (!key.equals(c.activeKeyOrEmpty())) {
      refuseDuplicate(key);
    }
    c.apply(data);
    c.addEvent(now(), actor, "revised", null);
  }

  /** The open or awarded case of the same achievement (unit, nominee, award, year), if there is one. */
  @Transactional(readOnly = true)
  public Optional<CommendationCase> sameAchievement(String unitCode, String nomineeName, AwardType award, int year) {
    return cases.findByActiveKey(CommendationCase.activeKeyOf(unitCode, nomineeName, award, year));
  }

  /**
   * By natural id: a case already read in this transaction (every step reads its case several times, from
   * listeners and delegates) comes from the persistence context, without a query or the flush before it.
   */
  @Transactional(readOnly = true)
  public Optional<CommendationCase> find(String caseNumber) {
    return entityManager.unwrap(Session.class).bySimpleNaturalId(CommendationCase.class).loadOptional(caseNumber);
  }

  @Transactional(readOnly = true)
  public CommendationCase get(String caseNumber) {
    return find(caseNumber).orElseThrow(() -> new IllegalStateException("No case record " + caseNumber));
  }

  /**
   * Reads the cases in a few queries, so that the steps that go through a whole list (a Council session)
   * find each of them in the persistence context instead of querying once per case.
   */
  @Transactional(readOnly = true)
  public List<CommendationCase> getAll(List<String> caseNumbers) {
    if (caseNumbers.isEmpty()) {
      return List.of();
    }
    Map<String, CommendationCase> found = new HashMap<>();
    for (CommendationCase c : entityManager.unwrap(Session.class).byMultipleNaturalId(CommendationCase.class)
        .enableOrderedReturn(false).multiLoad(caseNumbers.toArray())) {
      if (c != null) {
        found.put(c.getCaseNumber(), c);
      }
    }
    List<CommendationCase> list = new ArrayList<>(caseNumbers.size());
    for (String caseNumber : caseNumbers) {
      CommendationCase c = found.get(caseNumber);
      if (c == null) {
        throw new IllegalStateException("No case record " + caseNumber);
      }
      list.add(c);
    }
    return list;
  }

  /** Appends a history line at the case's current stage. */
  public void record(String caseNumber, String actor, String outcome, String comment) {
    get(caseNumber).addEvent(now(), actorOr(actor), outcome, comment);
  }

  public void moveTo(String caseNumber, CaseStage stage, CaseStatus status) {
    CommendationCase c = get(caseNumber);
    if (c.getStage() != stage || (status != null && c.getStatus() != status)) {
      c.moveTo(stage, status, now());
    }
  }

  public void openNotice(String caseNumber, Instant endsAt) {
    CommendationCase c = get(caseNumber);
    c.moveTo(CaseStage.PUBLIC_NOTICE, CaseStatus.UNDER_NOTICE, now());
    c.setNoticeEndsAt(endsAt);
    c.addEvent(now(), "system", "noticeOpened", null);
  }

  /** Ends the notice now if it was planned later (the timer is the authority on when it ended). */
  public void endNotice(String caseNumber) {
    CommendationCase c = get(caseNumber);
    if (c.getNoticeEndsAt() == null || c.getNoticeEndsAt().isAfter(now())) {
      c.setNoticeEndsAt(now());
    }
    c.addEvent(now(), "system", "noticeEnded", null);
  }

  public void setAppraisalDue(String caseNumber, Instant dueAt) {
    get(caseNumber).setAppraisalDueAt(dueAt);
  }

  public void setSupplementDue(String caseNumber, Instant dueAt) {
    get(caseNumber).setSupplementDueAt(dueAt);
  }

  public void markAppraisalOverdue(String caseNumber) {
    CommendationCase c = get(caseNumber);
    c.markAppraisalOverdue();
    c.addEvent(now(), "system", "appraisalOverdue", null);
  }

  public void clearAppraisalOverdue(String caseNumber) {
    get(caseNumber).clearAppraisalOverdue();
  }

  public void takeIntoSession(String caseNumber, Long sessionId) {
    CommendationCase c = get(caseNumber);
    c.takeIntoSession(sessionId, now());
    c.addEvent(now(), "system", "takenIntoSession", null);
  }

  public void releaseFromSession(String caseNumber, String reason) {
    CommendationCase c = get(caseNumber);
    c.releaseFromSession(now());
    c.addEvent(now(), "system", "returnedToAwaitCouncil", reason);
  }

  public void decide(String caseNumber, String decisionNumber, LocalDate decisionDate, String actor) {
    CommendationCase c = get(caseNumber);
    c.moveTo(CaseStage.DECISION, null, now());
    c.decide(decisionNumber, decisionDate, now());
    c.addEvent(now(), actorOr(actor), "decided", decisionNumber);
  }

  /** Ends a case; the stage stays where the case ended, for the record. */
  public void close(String caseNumber, CaseStatus finalStatus, String reason) {
    CommendationCase c = get(caseNumber);
    if (finalStatus == CaseStatus.AWARDED) {
      c.moveTo(CaseStage.ANNOUNCEMENT, null, now());
    }
    c.close(finalStatus, reason, now());
    c.addEvent(now(), "system", finalStatus.name().toLowerCase(), reason);
    // in this transaction: the awards registry records an awarded case with it, or frees what it held for it
    events.publishEvent(new CaseClosed(caseNumber, finalStatus));
  }

  /**
   * An awarded case whose award a revocation decision cancelled (Law Art. 93(2)): REVOKED on the record, the
   * API and every page; its "one achievement, one award" key stays, so the same achievement is not awarded again.
   */
  public void revoke(String caseNumber, String revocationNumber, LocalDate revokedOn, String reason, String actor) {
    CommendationCase c = get(caseNumber);
    if (c.getStatus() != CaseStatus.AWARDED) {
      throw Refusal.conflict(null, "Hồ sơ " + caseNumber + " không ở trạng thái đã khen thưởng.");
    }
    c.revoke(reason, now());
    c.addEvent(now(), actorOr(actor), "revoked", revocationNumber + " (" + revokedOn + "): " + reason);
  }

  @Transactional(readOnly = true)
  public List<CommendationCase> waitingForCouncil() {
    return cases.findByStatusAndCouncilSessionIdIsNullOrderByCaseNumber(CaseStatus.AWAITING_COUNCIL);
  }

  /** Cases appraised for an award the Council does not vote on, not yet on a list for the Chairman. */
  @Transactional(readOnly = true)
  public List<CommendationCase> waitingForDecision() {
    return cases.findByStatusAndCouncilSessionIdIsNullOrderByCaseNumber(CaseStatus.AWAITING_DECISION);
  }

  /** The recipients of a decision, in case-number order. */
  @Transactional(readOnly = true)
  public List<CommendationCase> decidedBy(String decisionNumber) {
    return cases.findByDecisionNumberOrderByCaseNumber(decisionNumber);
  }

  /** Every case of an emulation year. */
  @Transactional(readOnly = true)
  public List<CommendationCase> ofYear(int year) {
    return cases.findByEmulationYear(year);
  }

  @Transactional(readOnly = true)
  public Page<CommendationCase> search(CaseScope scope, CaseFilter filter, Pageable pageable) {
    return cases.search(scope.all(), scope.unitsForQuery(), scope.clustersForQuery(), filter.year(), filter.status(),
        filter.award(), filter.unit(), filter.cluster(), filter.overdue(), pageable);
  }

  private void refuseDuplicate(String activeKey) {
    if (cases.existsByActiveKey(activeKey)) {
      throw duplicate();
    }
  }

  private static Refusal duplicate() {
    return Refusal.conflict("nomineeName",
        "Đối tượng này đã có hồ sơ đang xét hoặc đã được tặng cùng hình thức trong năm thi đua này "
            + "(mỗi thành tích chỉ được khen một lần).");
  }

  private Instant now() {
    return clock.instant();
  }

  private static String actorOr(String actor) {
    return actor == null ? "system" : actor;
  }
}
