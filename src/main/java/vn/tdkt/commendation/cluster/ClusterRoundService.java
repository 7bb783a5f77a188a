package vn.tdkt.commendation.cluster;

import static vn.tdkt.commendation.cluster.ClusterRoundProcess.*;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.organisation.Cluster;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.organisation.Unit;
import vn.tdkt.commendation.problem.Refusal;

/**
 * A cluster's review round: opening it, what the model asks about it, and the next leader. Bean
 * "clusterRounds": the model reads its multi-instance collections, candidate groups and gateway answers from it, always by process instance, so nothing a task could write into a variable
 * decides who works a task or where the round goes. The sheets and the compilation are {@link RoundScores}',
 * the ballot {@link ClusterBallotService}'s, the nominations {@link RoundNominations}', the minutes
 * {@link ClusterMinutesWriter}'s.
 */
@Service("clusterRounds")
@Transactional
public class ClusterRoundService {

  private final ClusterRoundRepository rounds;
  private final RoundMemberRepository members;
  private final SelfScoreRepository scores;
  private final BallotSheetRepository sheets;
  private final VoteCountRepository counts;
  private final ClusterNomineeRepository nominees;
  private final ClusterMinutesRepository minutes;
  private final CriteriaService criteria;
  private final OrganisationService organisation;
  private final Clock clock;

  ClusterRoundService(ClusterRoundRepository rounds, RoundMemberRepository members, SelfScoreRepository scores,
      BallotSheetRepository sheets, VoteCountRepository counts, ClusterNomineeRepository nominees,
      ClusterMinutesRepository minutes, CriteriaService criteria, OrganisationService organisation,
      Clock clock) {
    this.rounds = rounds;
    this.members = members;
    this.scores = scores;
    this.sheets = sheets;
    this.counts = counts;
    this.nominees = nominees;
    this.minutes = minutes;
    this.criteria = criteria;
    this.organisation = organisation;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ opening

  /** Opens a round for the cluster leader; refused before anything is created. */
  public ClusterRound open(String startedBy, Object clusterValue, Object yearValue, Object kindValue,
      String processInstanceId) {
    String clusterCode = Inputs.text(clusterValue, VAR_CLUSTER, "mã cụm thi đua", 32, true);
    Cluster cluster = organisation.cluster(clusterCode)
        .orElseThrow(() -> Refusal.invalid(VAR_CLUSTER, "Không có cụm thi đua mã \"" + clusterCode + "\"."));
    if (startedBy == null || !organisation.isMember(startedBy, Roles.clusterLeaders(cluster.getCode()))) {
      throw Refusal.forbidden(VAR_CLUSTER, "Chỉ trưởng cụm " + cluster.getName() + " được tổ chức bình xét.");
    }
    int year = Inputs.year(yearValue, VAR_YEAR, clock);
    RoundKind kind = kind(kindValue);
    if (rounds.existsByClusterCodeAndEmulationYearAndKind(cluster.getCode(), year, kind)) {
      throw Refusal.conflict(VAR_KIND, cluster.getName() + " đã tổ chức " + kind.label().toLowerCase() + " " + year + ".");
    }
    if (criteria.of(cluster.getCode(), year).isEmpty()) {
      throw Refusal.invalid(VAR_YEAR, cluster.getName() + " chưa có bộ tiêu chí chấm điểm năm " + year
          + " (trang /clusters/" + cluster.getCode() + "/criteria).");
    }
    List<Unit> units = organisation.unitsOf(cluster.getCode());
    if (units.isEmpty()) {
      throw Refusal.invalid(VAR_CLUSTER, cluster.getName() + " chưa có đơn vị thành viên.");
    }
    ClusterRound round = rounds.save(new ClusterRound(cluster.getCode(), year, kind, cluster.getLeaderUnitCode(),
        startedBy, clock.instant(), processInstanceId));
    units.forEach(u -> members.save(new RoundMember(round.getId(), u.getCode())));
    return round;
  }

  private static RoundKind kind(Object value) {
    RoundKind kind = Inputs.choice(value, RoundKind.class);
    if (kind == null) {
      throw Refusal.invalid(VAR_KIND, "Loại bình xét phải là MID_YEAR (sơ kết 6 tháng) hoặc YEAR_END (tổng kết năm).");
    }
    return kind;
  }

  // ------------------------------------------------------------------ what the model asks

  @Transactional(readOnly = true)
  public ClusterRound roundOf(String processInstanceId) {
    return rounds.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("No cluster round for process " + processInstanceId));
  }

  @Transactional(readOnly = true)
  public ClusterRound get(Long roundId) {
    return rounds.findById(roundId).orElseThrow(() -> Refusal.notFound("Không có phiên bình xét " + roundId + "."));
  }

  /** The units that fill a self-assessment sheet: every member unit when the round opened. */
  @Transactional(readOnly = true)
  public List<String> memberUnits(String processInstanceId) {
    return membersOf(roundOf(processInstanceId).getId()).stream().map(RoundMember::getUnitCode).toList();
  }

  /** Every member unit's head votes, whether or not the unit sent its sheet in time. */
  @Transactional(readOnly = true)
  public List<String> voterUnits(String processInstanceId) {
    return memberUnits(processInstanceId);
  }

  @Transactional(readOnly = true)
  public String leaderGroup(String processInstanceId) {
    return Roles.clusterLeaders(roundOf(processInstanceId).getClusterCode());
  }

  @Transactional(readOnly = true)
  public boolean correctionPending(String processInstanceId) {
    return roundOf(processInstanceId).getCorrectionUnitCode() != null;
  }

  @Transactional(readOnly = true)
  public String correctionGroup(String processInstanceId) {
    return Roles.unitHeads(roundOf(processInstanceId).getCorrectionUnitCode());
  }

  @Transactional(readOnly = true)
  public boolean yearEnd(String processInstanceId) {
    return roundOf(processInstanceId).getKind() == RoundKind.YEAR_END;
  }

  @Transactional(readOnly = true)
  public boolean ballotDecided(String processInstanceId) {
    return roundOf(processInstanceId).isBallotDecided();
  }

  @Transactional(readOnly = true)
  public List<RoundMember> membersOf(Long roundId) {
    return members.findByRoundIdOrderByUnitCode(roundId);
  }

  @Transactional(readOnly = true)
  public List<SelfScore> scoresOf(Long roundId) {
    return scores.findByRoundId(roundId);
  }

  @Transactional(readOnly = true)
  public List<VoteCount> countsOf(Long roundId) {
    return counts.findByRoundIdOrderByBallotRoundAscCategoryAscUnitCodeAsc(roundId);
  }

  @Transactional(readOnly = true)
  public List<BallotSheet> sheetsOf(Long roundId) {
    return sheets.findByRoundIdOrderByBallotRoundAscUnitCodeAsc(roundId);
  }

  @Transactional(readOnly = true)
  public List<ClusterNominee> nomineesOf(Long roundId) {
    return nominees.findByRoundIdOrderById(roundId);
  }

  @Transactional(readOnly = true)
  public Optional<ClusterMinutes> minutesOf(Long roundId) {
    return minutes.findByRoundId(roundId);
  }

  @Transactional(readOnly = true)
  public List<ClusterRound> roundsOf(String clusterCode) {
    return rounds.findByClusterCodeOrderByIdDesc(clusterCode);
  }

  /** Next year's leader unit, as the compile task named it; the leaders' group follows at once. */
  public void recordNextLeader(String processInstanceId) {
    ClusterRound round = roundOf(processInstanceId);
    if (round.getNextLeaderUnitCode() != null) {
      organisation.changeLeader(round.getClusterCode(), round.getEmulationYear() + 1, round.getNextLeaderUnitCode(),
          round.getRoundNumber(), clock.instant());
    }
  }

  // ------------------------------------------------------------------ helpers

  String title(ClusterRound round) {
    return round.getKind().label() + " " + round.getEmulationYear() + " — " + organisation.clusterName(round.getClusterCode());
  }

}
