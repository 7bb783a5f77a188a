package vn.tdkt.commendation.proposal;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.casefile.CaseScope;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.CommendationKind;
import vn.tdkt.commendation.problem.Refusal;

/**
 * A proposal's record and the answers its model asks for (bean "proposals": gateways, the campaign's deadline,
 * the multi-instance collection of nominee cases), always found by the process instance, never from a variable
 * a task could write.
 */
@Service("proposals")
@Transactional
public class ProposalService {

  private final ProposalRepository proposals;
  private final CaseService cases;
  private final CampaignService campaigns;
  private final ProposalSettings settings;
  private final Clock clock;

  ProposalService(ProposalRepository proposals, CaseService cases, CampaignService campaigns,
      ProposalSettings settings, Clock clock) {
    this.proposals = proposals;
    this.cases = cases;
    this.campaigns = campaigns;
    this.settings = settings;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- for the model

  /** A yearly proposal not voted by a cluster round, with a nominee whose award the cluster reviews. */
  @Transactional(readOnly = true)
  public boolean needsClusterReview(String processInstanceId) {
    return !forClusterReview(ofProcess(processInstanceId)).isEmpty();
  }

  /** Nominees still open (not struck, not refused by the cluster). */
  @Transactional(readOnly = true)
  public boolean hasOpenNominees(String processInstanceId) {
    return !open(ofProcess(processInstanceId)).isEmpty();
  }

  /** A thematic proposal received before its campaign's deadline waits for it: the campaign is appraised together. */
  @Transactional(readOnly = true)
  public boolean waitsForCampaign(String processInstanceId) {
    Proposal p = ofProcess(processInstanceId);
    return p.getKind() == CommendationKind.THEMATIC && campaigns.get(p.getCampaignId()).isOpen(clock.instant());
  }

  /** When the campaign stops taking proposals (the timer of "campaignDeadline"). */
  @Transactional(readOnly = true)
  public Date campaignDeadline(String processInstanceId) {
    return Date.from(campaigns.get(ofProcess(processInstanceId).getCampaignId()).getDeadlineAt());
  }

  /** The appraised nominees, one "commendation-case" each (the call activity's collection). */
  @Transactional(readOnly = true)
  public List<String> casesToFollow(String processInstanceId) {
    return open(ofProcess(processInstanceId)).stream().filter(c -> c.getAppraisalDecision() != null)
        .map(CommendationCase::getCaseNumber).toList();
  }

  // ---------------------------------------------------------------- reading

  @Transactional(readOnly = true)
  public Proposal ofProcess(String processInstanceId) {
    return proposals.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("No proposal for process " + processInstanceId));
  }

  @Transactional(readOnly = true)
  public Optional<Proposal> find(String proposalNumber) {
    return proposals.findByProposalNumber(proposalNumber);
  }

  /** A proposal for a person: outside their scope it is "not found", like a case. */
  @Transactional(readOnly = true)
  public Proposal readable(String proposalNumber, CaseScope scope) {
    Proposal p = proposals.findByProposalNumber(proposalNumber).orElse(null);
    if (p == null || !(scope.all() || scope.units().contains(p.getUnitCode())
        || scope.clusters().contains(p.getClusterCode()))) {
      throw Refusal.notFound("Không tìm thấy tờ trình " + proposalNumber + ".");
    }
    return p;
  }

  /** The latest proposals a person may read. */
  @Transactional(readOnly = true)
  public List<Proposal> visible(CaseScope scope, int limit) {
    return proposals.visible(scope.all(), scope.units().isEmpty() ? List.of("-") : scope.units(),
        scope.clusters().isEmpty() ? List.of("-") : scope.clusters(), PageRequest.of(0, limit));
  }

  @Transactional(readOnly = true)
  public List<CommendationCase> nominees(Proposal p) {
    return cases.ofProposal(p.getProposalNumber());
  }

  @Transactional(readOnly = true)
  public List<Proposal> ofCampaign(Long campaignId) {
    return proposals.findByCampaignId(campaignId);
  }

  List<CommendationCase> open(Proposal p) {
    return cases.ofProposal(p.getProposalNumber()).stream().filter(c -> !c.getStatus().isFinal()).toList();
  }

  List<CommendationCase> forClusterReview(Proposal p) {
    if (p.getKind() != CommendationKind.ANNUAL || p.getClusterRoundNumber() != null) {
      return List.of();
    }
    return open(p).stream().filter(c -> settings.getClusterReviewAwardTypes().contains(c.getAwardType())).toList();
  }

  // ---------------------------------------------------------------- changes

  void moveTo(Proposal p, ProposalStatus status) {
    p.moveTo(status, clock.instant());
  }

  void returnIncomplete(Proposal p, String missing) {
    p.returnIncomplete(missing, clock.instant());
  }

  Instant receive(Proposal p, String officer) {
    Instant now = clock.instant();
    p.receive(officer, now);
    return now;
  }

  void setAppraisalDue(Proposal p, Instant due) {
    p.setAppraisalDueAt(due);
  }

  /** Closes what is still open of a withdrawn proposal (not sent by the head, or withdrawn by the unit). */
  void withdraw(Proposal p, String reason) {
    for (CommendationCase c : open(p)) {
      cases.close(c.getCaseNumber(), CaseStatus.WITHDRAWN, reason);
    }
    moveTo(p, ProposalStatus.WITHDRAWN);
  }
}
