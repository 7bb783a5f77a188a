package vn.tdkt.commendation.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.nomination.ClusterRoundLinks;
import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.proposal.ProposalStarter;

/**
 * The round's nominees become nominations: one "commendation-nomination" per nominee, or the existing case
 * of the same achievement, and the link back that the nomination checks and reads ({@link ClusterRoundLinks}).
 */
@Service
@Transactional
class RoundNominations implements ClusterRoundLinks {

  private final ClusterRoundService rounds;
  private final ClusterNomineeRepository nominees;
  private final OrganisationService organisation;
  private final CaseService caseRecords;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final SystemAction system;
  private final ClusterSettings settings;
  private final ProposalStarter proposals;

  RoundNominations(ClusterRoundService rounds, ClusterNomineeRepository nominees, OrganisationService organisation,
      CaseService caseRecords, RuntimeService runtimeService, IdentityService identityService, SystemAction system,
      ClusterSettings settings, ProposalStarter proposals) {
    this.settings = settings;
    this.proposals = proposals;
    this.rounds = rounds;
    this.nominees = nominees;
    this.organisation = organisation;
    this.caseRecords = caseRecords;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.system = system;
  }

  /**
   * Starts a nomination for each nominee, on the round leader's behalf: without the signed-in caller
   * (whoever cast the last ballot), so the nomination's first step takes the leader from the variable and
   * checks it against the nominee row.
   */
  void start(String processInstanceId) {
    if (settings.getRoundResults() == ClusterSettings.RoundResults.PROPOSALS) {
      startProposals(processInstanceId);
      return;
    }
    ClusterRound round = rounds.roundOf(processInstanceId);
    Map<String, Integer> agreed = new HashMap<>();
    rounds.membersOf(round.getId()).forEach(m -> agreed.put(m.getUnitCode(), m.getAgreedScore()));
    String clusterName = organisation.clusterName(round.getClusterCode());
    for (ClusterNominee n : rounds.nomineesOf(round.getId())) {
      String nomineeName = organisation.unitName(n.getUnitCode());
      String summary = clusterName + " bình xét tại hội nghị " + round.getKind().label().toLowerCase()
          + " " + round.getEmulationYear() + " (biên bản " + round.getRoundNumber() + ", " + minutesPath(round)
          + "): điểm thống nhất " + agreed.get(n.getUnitCode()) + "; bỏ phiếu kín " + n.getVotesFor() + "/"
          + n.getVotesTotal() + " phiếu.";
      // the unit may already have been nominated for the same award this year (one achievement, one award):
      // the round's result joins that case instead of failing the round's last step on a duplicate
      Optional<String> existing = caseRecords.sameAchievement(n.getUnitCode(), nomineeName, n.getAwardType(),
          round.getEmulationYear()).map(CommendationCase::getCaseNumber);
      if (existing.isPresent()) {
        n.linkCase(existing.get());
        caseRecords.record(existing.get(), round.getStartedBy(), "clusterRoundResult", summary);
        continue;
      }
      Map<String, Object> v = new HashMap<>();
      v.put(NominationProcess.VAR_INITIATOR, round.getStartedBy());
      v.put(NominationProcess.VAR_ROUND_NOMINEE, n.getId());
      v.put(NominationProcess.VAR_UNIT, n.getUnitCode());
      v.put(NominationProcess.VAR_AWARD, n.getAwardType().name());
      v.put(NominationProcess.VAR_NOMINEE_KIND, "COLLECTIVE");
      v.put(NominationProcess.VAR_NOMINEE_NAME, nomineeName);
      v.put(NominationProcess.VAR_YEAR, round.getEmulationYear());
      v.put(NominationProcess.VAR_SUMMARY, summary);
      Authentication caller = identityService.getCurrentAuthentication();
      identityService.clearAuthentication();
      try {
        system.run(() -> runtimeService.startProcessInstanceByKey(NominationProcess.KEY, v));
      } finally {
        if (caller != null) {
          identityService.setAuthentication(caller);
        }
      }
    }
  }

  /**
   * One yearly proposal per unit with the round's nominees of that unit, started on the leader's behalf: the
   * proposal skips the cluster's review (the round voted) and its flag nominee carries the tally. A unit already
   * nominated for the same award this year keeps that case, which notes the round's result.
   */
  private void startProposals(String processInstanceId) {
    ClusterRound round = rounds.roundOf(processInstanceId);
    Map<String, Integer> agreed = new HashMap<>();
    rounds.membersOf(round.getId()).forEach(m -> agreed.put(m.getUnitCode(), m.getAgreedScore()));
    String clusterName = organisation.clusterName(round.getClusterCode());
    Map<String, List<ClusterNominee>> byUnit = new java.util.LinkedHashMap<>();
    for (ClusterNominee n : rounds.nomineesOf(round.getId())) {
      String summary = summary(round, clusterName, agreed.get(n.getUnitCode()), n);
      Optional<String> existing = caseRecords.sameAchievement(n.getUnitCode(), organisation.unitName(n.getUnitCode()),
          n.getAwardType(), round.getEmulationYear()).map(CommendationCase::getCaseNumber);
      if (existing.isPresent()) {
        n.linkCase(existing.get());
        caseRecords.record(existing.get(), round.getStartedBy(), "clusterRoundResult", summary);
      } else {
        byUnit.computeIfAbsent(n.getUnitCode(), u -> new ArrayList<>()).add(n);
      }
    }
    byUnit.forEach((unit, nominees) -> {
      List<ProposalStarter.RoundNominee> rows = nominees.stream().map(n -> new ProposalStarter.RoundNominee(
          organisation.unitName(unit), n.getAwardType(), summary(round, clusterName, agreed.get(unit), n),
          "Bỏ phiếu kín tại hội nghị cụm: " + n.getVotesFor() + "/" + n.getVotesTotal() + " phiếu. Biên bản "
              + round.getRoundNumber() + ": " + minutesPath(round))).toList();
      ProposalStarter.Started started = proposals.startForClusterRound(round.getRoundNumber(), round.getStartedBy(),
          unit, round.getEmulationYear(), rows);
      for (int i = 0; i < nominees.size(); i++) {
        nominees.get(i).linkCase(started.cases().get(i));
      }
    });
  }

  private static String summary(ClusterRound round, String clusterName, Integer agreed, ClusterNominee n) {
    return clusterName + " bình xét tại hội nghị " + round.getKind().label().toLowerCase() + " "
        + round.getEmulationYear() + " (biên bản " + round.getRoundNumber() + ", " + minutesPath(round)
        + "): điểm thống nhất " + agreed + "; bỏ phiếu kín " + n.getVotesFor() + "/" + n.getVotesTotal() + " phiếu.";
  }

  @Override
  public void check(long nomineeId, String unitCode, AwardType award, String initiator) {
    ClusterNominee n = nominees.findById(nomineeId)
        .orElseThrow(() -> Refusal.invalid(null, "Không có kết quả bình xét " + nomineeId + "."));
    ClusterRound round = rounds.get(n.getRoundId());
    if (!n.getUnitCode().equals(unitCode) || n.getAwardType() != award || n.getCaseNumber() != null
        || initiator == null || !initiator.equals(round.getStartedBy())) {
      throw Refusal.forbidden(null, "Hồ sơ không khớp với kết quả bình xét của cụm.");
    }
  }

  @Override
  public void link(long nomineeId, String caseNumber) {
    nominees.findById(nomineeId).orElseThrow().linkCase(caseNumber);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<RoundResult> resultFor(String caseNumber) {
    return nominees.findByCaseNumber(caseNumber).map(n -> {
      ClusterRound round = rounds.get(n.getRoundId());
      return new RoundResult(round.getRoundNumber(), minutesPath(round), n.getVotesFor(), n.getVotesTotal(),
          organisation.clusterName(round.getClusterCode()));
    });
  }

  private static String minutesPath(ClusterRound round) {
    return "/clusters/" + round.getClusterCode() + "/rounds/" + round.getId();
  }
}
