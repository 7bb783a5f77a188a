package vn.tdkt.commendation.cluster;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.problem.Refusal;

/**
 * A round's secret ballot, the same way as the Council's: the list of each ballot round, the unit heads'
 * ballots and their count. The choices go straight into anonymous counters and the ballot task is completed
 * without any variable, so neither process variables nor history can tell how a unit voted; the ballot sheet
 * only records that it has. Not transactional as a whole: {@link #cast} runs its own, retried, transactions.
 */
@Service
public class ClusterBallotService {

  private static final int ATTEMPTS = 3;

  private final TaskService taskService;
  private final ClusterRoundService rounds;
  private final BallotSheetRepository sheets;
  private final VoteCountRepository counts;
  private final ClusterNomineeRepository nominees;
  private final OrganisationService organisation;
  private final ClusterSettings settings;
  private final TransactionTemplate transaction;

  ClusterBallotService(TaskService taskService, ClusterRoundService rounds, BallotSheetRepository sheets,
      VoteCountRepository counts, ClusterNomineeRepository nominees, OrganisationService organisation,
      ClusterSettings settings, PlatformTransactionManager transactionManager) {
    this.taskService = taskService;
    this.rounds = rounds;
    this.sheets = sheets;
    this.counts = counts;
    this.nominees = nominees;
    this.organisation = organisation;
    this.settings = settings;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  // ------------------------------------------------------------------ the model's steps

  /** Opens ballot round 1 (flag and merit) or a run-off limited to the units the last tally names. */
  @Transactional
  public void openBallotRound(String processInstanceId) {
    ClusterRound round = rounds.roundOf(processInstanceId);
    List<String> flagCandidates;
    if (round.getBallotRound() == 0) {
      flagCandidates = rounds.membersOf(round.getId()).stream()
          .filter(m -> m.getStatus() == RoundMember.Status.SUBMITTED).map(RoundMember::getUnitCode).toList();
    } else {
      flagCandidates = flagOutcome(round, round.getBallotRound()).runOff();
    }
    round.nextBallotRound();
    for (String unit : flagCandidates) {
      counts.save(new VoteCount(round.getId(), round.getBallotRound(), VoteCount.Category.FLAG, unit));
    }
    if (round.getBallotRound() == 1 && settings.getMeritChoices() > 0) {
      for (String unit : flagCandidates) {
        counts.save(new VoteCount(round.getId(), 1, VoteCount.Category.MERIT, unit));
      }
    }
  }

  /** A ballot task was created: it belongs to the unit the engine gave it, kept in JPA. */
  @Transactional
  public void ballotOpened(String processInstanceId, String unitCode, String taskId) {
    ClusterRound round = rounds.roundOf(processInstanceId);
    sheets.save(new BallotSheet(round.getId(), round.getBallotRound(), unitCode, taskId));
  }

  /** The guard on completing a ballot task: only after its ballot went through the ballot page or API. */
  @Transactional(readOnly = true)
  public boolean ballotCast(String taskId) {
    return sheets.findByTaskId(taskId).map(BallotSheet::isVoted).orElse(false);
  }

  /** Counts the ballot round with {@link ClusterTally}; the model reads {@code ballotDecided} next. */
  @Transactional
  public void tally(String processInstanceId) {
    ClusterRound round = rounds.roundOf(processInstanceId);
    ClusterTally.FlagOutcome outcome = flagOutcome(round, round.getBallotRound());
    if (!outcome.decided() && round.getBallotRound() < settings.getMaxBallotRounds()) {
      return;
    }
    round.ballotDecided();
    Map<String, Integer> flagVotes = votes(round, round.getBallotRound(), VoteCount.Category.FLAG);
    for (String winner : outcome.winners()) {
      nominees.save(new ClusterNominee(round.getId(), winner, AwardType.CO_THI_DUA_TINH, flagVotes.get(winner),
          ballots(round, round.getBallotRound())));
    }
    Map<String, Integer> merit = ClusterTally.of(settings).merit(votes(round, 1, VoteCount.Category.MERIT),
        ballots(round, 1), outcome.winners());
    merit.forEach((unit, votes) -> nominees.save(new ClusterNominee(round.getId(), unit,
        AwardType.BANG_KHEN_CHU_TICH_TINH, votes, ballots(round, 1))));
  }

  private ClusterTally.FlagOutcome flagOutcome(ClusterRound round, int ballotRound) {
    return ClusterTally.of(settings).flag(votes(round, ballotRound, VoteCount.Category.FLAG), ballots(round, ballotRound));
  }

  /** The counts of a ballot round as they are in the database now, in unit order. */
  Map<String, Integer> votes(ClusterRound round, int ballotRound, VoteCount.Category category) {
    Map<String, Integer> result = new LinkedHashMap<>();
    counts.tallyOf(round.getId(), ballotRound, category).forEach(v -> result.put(v.getUnitCode(), v.getVotes()));
    return result;
  }

  /** The ballots cast in a ballot round. */
  int ballots(ClusterRound round, int ballotRound) {
    return (int) sheets.countByRoundIdAndBallotRoundAndVotedTrue(round.getId(), ballotRound);
  }

  // ------------------------------------------------------------------ the unit heads' ballots

  /** The open ballot tasks of the units the user heads (their groups as the session knows them). */
  public List<Task> openBallots(List<String> userGroups) {
    List<String> groups = userGroups.stream().filter(g -> g.equals(Roles.unitHeads(
        String.valueOf(Roles.unitOf(g))))).toList();
    if (groups.isEmpty()) {
      return List.of();
    }
    return taskService.createTaskQuery().taskDefinitionKey(ClusterRoundProcess.CAST_BALLOT)
        .taskCandidateGroupIn(groups).orderByTaskCreateTime().asc().list();
  }

  /** The ballot's sheet for the unit head: the candidates of this ballot round. */
  public record BallotForm(String taskId, ClusterRound round, String unitCode, List<String> flagCandidates,
      List<String> meritCandidates, int meritChoices, Map<String, String> unitNames) {
  }

  @Transactional(readOnly = true)
  public BallotForm form(String taskId, String userId) {
    BallotSheet sheet = ownSheet(taskId, userId);
    ClusterRound round = rounds.get(sheet.getRoundId());
    return new BallotForm(taskId, round, sheet.getUnitCode(), candidates(round, VoteCount.Category.FLAG),
        candidates(round, VoteCount.Category.MERIT), settings.getMeritChoices(), organisation.unitNames());
  }

  /** Counts the ballot and completes the task in one transaction; retried when two ballots collide. */
  public void cast(String taskId, String userId, String flagChoice, List<String> meritChoices) {
    for (int attempt = 1; ; attempt++) {
      try {
        transaction.executeWithoutResult(status -> {
          Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
          if (task == null || !ClusterRoundProcess.CAST_BALLOT.equals(task.getTaskDefinitionKey())) {
            throw Refusal.notFound("Không có phiếu bầu " + taskId + " đang mở.");
          }
          count(taskId, userId, flagChoice, meritChoices);
          if (task.getAssignee() == null) {
            taskService.claim(taskId, userId);
          }
          taskService.complete(taskId);
        });
        return;
      } catch (OptimisticLockingException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /** Counts one secret ballot: the choices go into anonymous counters, the sheet only notes "voted". */
  private void count(String taskId, String userId, String flagChoice, List<String> meritChoices) {
    BallotSheet sheet = ownSheet(taskId, userId);
    ClusterRound round = rounds.get(sheet.getRoundId());
    if (sheet.isVoted() || round.getBallotRound() != sheet.getBallotRound()) {
      throw Refusal.conflict(null, "Phiếu này đã được bỏ.");
    }
    List<String> flag = candidates(round, VoteCount.Category.FLAG);
    if (flagChoice == null || !flag.contains(flagChoice.strip())) {
      throw Refusal.invalid("flag", "Chọn một đơn vị đề nghị Cờ thi đua trong danh sách: " + String.join(", ", flag) + ".");
    }
    List<String> merit = candidates(round, VoteCount.Category.MERIT);
    Set<String> chosen = new LinkedHashSet<>();
    for (String m : meritChoices == null ? List.<String>of() : meritChoices) {
      if (m == null || m.isBlank()) {
        continue;
      }
      if (!merit.contains(m.strip())) {
        throw Refusal.invalid("merit", "Đơn vị " + m + " không có trong danh sách đề nghị Bằng khen của vòng này.");
      }
      chosen.add(m.strip());
    }
    if (chosen.size() > settings.getMeritChoices()) {
      throw Refusal.invalid("merit", "Chọn tối đa " + settings.getMeritChoices() + " đơn vị đề nghị Bằng khen.");
    }
    sheet.cast();
    counts.count(round.getId(), round.getBallotRound(), VoteCount.Category.FLAG, flagChoice.strip());
    for (String m : chosen) {
      counts.count(round.getId(), round.getBallotRound(), VoteCount.Category.MERIT, m);
    }
  }

  private BallotSheet ownSheet(String taskId, String userId) {
    BallotSheet sheet = sheets.findByTaskId(taskId)
        .orElseThrow(() -> Refusal.notFound("Không có phiếu bầu " + taskId + "."));
    if (userId == null || !organisation.isMember(userId, Roles.unitHeads(sheet.getUnitCode()))) {
      throw Refusal.forbidden(null, "Phiếu bầu này dành cho thủ trưởng " + organisation.unitName(sheet.getUnitCode()) + ".");
    }
    return sheet;
  }

  private List<String> candidates(ClusterRound round, VoteCount.Category category) {
    return counts.findByRoundIdAndBallotRoundAndCategoryOrderByUnitCode(round.getId(), round.getBallotRound(), category)
        .stream().map(VoteCount::getUnitCode).toList();
  }
}
