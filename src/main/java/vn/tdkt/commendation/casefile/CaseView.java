package vn.tdkt.commendation.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import vn.tdkt.commendation.CommendationApplication;

/** The JSON shape of a case record for GET /api/cases/{caseNumber}; times in Vietnam's offset. */
public record CaseView(String caseNumber, CaseStatus status, CaseStage stage, String nomineeName, String nomineeKind,
    String unitCode, String clusterCode, AwardType awardType, int emulationYear, String outcomeReason,
    String decisionNumber, LocalDate decisionDate, OffsetDateTime noticeEndsAt, boolean appraisalOverdue,
    OffsetDateTime appraisalDueAt, OffsetDateTime supplementDueAt, OffsetDateTime createdAt, OffsetDateTime closedAt,
    String proposalNumber, CommendationKind commendationKind, Boolean eligible, String eligibilityReason,
    NomineeDecision appraisalDecision, List<EventView> events) {

  private static final ZoneId ZONE = ZoneId.of(CommendationApplication.ZONE);

  public record EventView(OffsetDateTime at, String actor, CaseStage stage, String outcome, String comment) {
  }

  static CaseView of(CommendationCase c) {
    return new CaseView(c.getCaseNumber(), c.getStatus(), c.getStage(), c.getNomineeName(), c.getNomineeKind().name(),
        c.getUnitCode(), c.getClusterCode(), c.getAwardType(), c.getEmulationYear(), c.getOutcomeReason(),
        c.getDecisionNumber(), c.getDecisionDate(), local(c.getNoticeEndsAt()), c.isAppraisalOverdue(),
        local(c.getAppraisalDueAt()), local(c.getSupplementDueAt()), local(c.getCreatedAt()), local(c.getClosedAt()),
        c.getProposalNumber(), c.getCommendationKind(), c.getEligible(), c.getEligibilityReason(),
        c.getAppraisalDecision(),
        c.getEvents().stream()
            .map(e -> new EventView(local(e.getAt()), e.getActor(), e.getStage(), e.getOutcome(), e.getComment()))
            .toList());
  }

  private static OffsetDateTime local(java.time.Instant instant) {
    return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
  }
}
