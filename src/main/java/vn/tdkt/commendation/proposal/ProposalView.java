package vn.tdkt.commendation.proposal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import vn.tdkt.commendation.CommendationApplication;
import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CaseStage;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.CommendationKind;
import vn.tdkt.commendation.casefile.NomineeDecision;

/** The JSON shape of a proposal for GET /api/proposals/{number}: the tờ trình, its receipt, each nominee's case. */
public record ProposalView(String proposalNumber, CommendationKind kind, String unitCode, int emulationYear,
    String submissionNumber, LocalDate submissionDate, String signerName, Long campaignId, ProposalStatus status,
    String missingItems, int returnedCount, OffsetDateTime receivedAt, String receivedBy, OffsetDateTime appraisalDueAt,
    List<Nominee> nominees) {

  private static final ZoneId ZONE = ZoneId.of(CommendationApplication.ZONE);

  public record Nominee(String caseNumber, String nomineeName, String nomineeKind, AwardType awardType,
      CaseStatus status, CaseStage stage, Boolean eligible, String eligibilityReason, NomineeDecision appraisalDecision,
      String appraisalNote, String outcomeReason, String decisionNumber) {
  }

  static ProposalView of(Proposal p, List<CommendationCase> nominees) {
    return new ProposalView(p.getProposalNumber(), p.getKind(), p.getUnitCode(), p.getEmulationYear(),
        p.getSubmissionNumber(), p.getSubmissionDate(), p.getSignerName(), p.getCampaignId(), p.getStatus(),
        p.getMissingItems(), p.getReturnedCount(), local(p.getReceivedAt()), p.getReceivedBy(),
        local(p.getAppraisalDueAt()), nominees.stream().map(c -> new Nominee(c.getCaseNumber(), c.getNomineeName(),
            c.getNomineeKind().name(), c.getAwardType(), c.getStatus(), c.getStage(), c.getEligible(),
            c.getEligibilityReason(), c.getAppraisalDecision(), c.getAppraisalNote(), c.getOutcomeReason(),
            c.getDecisionNumber())).toList());
  }

  private static OffsetDateTime local(java.time.Instant instant) {
    return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
  }
}
