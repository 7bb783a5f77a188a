package vn.tdkt.commendation.cluster;

import static vn.tdkt.commendation.cluster.ClusterRoundProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.nomination.ClusterRoundLinks;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.organisation.Cluster;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.organisation.Unit;
import vn.tdkt.commendation.problem.Refusal;

/**
 * A cluster's review round: self-assessment, compilation, the secret ballot and its tally, the
 * nominations it starts and the minutes. Bean "clusterRounds": the model reads its multi-instance
 * collections, candidate groups and gateway answers from it, always by process instance, so nothing a
 * task could write into a variable decides who works a task or where the round goes.
 */
@Service("clusterRounds")
@Transactional
public class ClusterRoundService implements ClusterRoundLinks {

  static final int REPORT_MAX = 4000;
  static final int COMMENT_MAX = 2000;

  private final ClusterRoundRepository rounds;
  private final RoundMemberRepository members;
  private final SelfScoreRepository scores;
  private final BallotSheetRepository sheets;
  private final VoteCountRepository counts;
  private final ClusterNomineeRepository nominees;
  private final ClusterMinutesRepository minutes;
  private final CriteriaService criteria;
  private final OrganisationService organisation;
  private final ClusterSettings settings;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final SystemAction system;
  private final CaseService caseRecords;
  private final Clock clock;

  ClusterRoundService(ClusterRoundRepository rounds, RoundMemberRepository members, SelfScoreRepository scores,
      BallotSheetRepository sheets, VoteCountRepository counts, ClusterNomineeRepository nominees,
      ClusterMinutesRepository minutes, CriteriaService criteria, OrganisationService organisation,
      ClusterSettings settings, RuntimeService runtimeService, TaskService taskService,
      IdentityService identityService, SystemAction system, CaseService caseRecords, Clock clock) {
    this.rounds = rounds;
    this.members = members;
    this.scores = scores;
    this.sheets = sheets;
    this.counts = counts;
    this.nominees = nominees;
    this.minutes = minutes;
    this.criteria = criteria;
    this.organisation = organisation;
    this.settings = settings;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.system = system;
    this.caseRecords = caseRecords;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ opening

  /** Opens a round for the cluster leader; refused before anything is created. */
  public ClusterRound open(String startedBy, Object clusterValue, Object yearValue, Object kindValue,
      String processInstanceId) {
    if (!(clusterValue instanceof String clusterCode) || clusterCode.isBlank()) {
      throw Refusal.invalid(VAR_CLUSTER, "Thiếu mã cụm thi đua.");
    }
    Cluster cluster = organisation.cluster(clusterCode.strip())
        .orElseThrow(() -> Refusal.invalid(VAR_CLUSTER, "Không có cụm thi đua mã \"" + clusterCode + "\"."));
    if (startedBy == null || !organisation.isMember(startedBy, Roles.clusterLeaders(cluster.getCode()))) {
      throw Refusal.forbidden(VAR_CLUSTER, "Chỉ trưởng cụm " + cluster.getName() + " được tổ chức bình xét.");
    }
    int year = year(yearValue);
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

  private int year(Object value) {
    int thisYear = LocalDate.now(clock).getYear();
    Integer year = value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) ? n.intValue()
        : value instanceof String s && s.strip().matches("\\d{4}") ? Integer.valueOf(s.strip()) : null;
    if (year == null || year < 2000 || year > thisYear) {
      throw Refusal.invalid(VAR_YEAR, "Năm thi đua phải từ 2000 đến " + thisYear + ".");
    }
    return year;
  }

  private static RoundKind kind(Object value) {
    try {
      return RoundKind.valueOf(String.valueOf(value).strip());
    } catch (IllegalArgumentException e) {
      throw Refusal.invalid(VAR_KIND, "Loại bình xét phải là MID_YEAR (sơ kết 6 tháng) hoặc YEAR_END (tổng kết năm).");
    }
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

  // ------------------------------------------------------------------ self-assessment

  /** A sheet task was created for the unit (first time or for correction): the task is the unit's. */
  public Map<String, Object> sheetOpened(String processInstanceId, String unitCode, String taskId) {
    ClusterRound round = roundOf(processInstanceId);
    RoundMember member = member(round.getId(), unitCode);
    member.sheetTask(taskId);
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(VAR_ROUND_TITLE, title(round));
    form.put(VAR_UNIT_NAME, unitName(unitCode));
    StringBuilder text = new StringBuilder();
    int i = 1;
    for (Criterion c : criteria.of(round.getClusterCode(), round.getEmulationYear())) {
      text.append(i++).append(". ").append(c.getName()).append(" (tối đa ").append(c.getMaxPoints()).append(" điểm)\n");
    }
    form.put(VAR_CRITERIA_TEXT, text.toString());
    if (member.getStatus() == RoundMember.Status.RETURNED) {
      // shown, not prefilled: Tasklist writes the answer to the process, where a task-local value would shadow it
      form.put(VAR_PREVIOUS_SHEET, "Phiếu đã nộp: " + pointsText(round, unitCode) + ". Báo cáo: "
          + (member.getReport() == null ? "" : member.getReport()));
    }
    return form;
  }

  /** The unit head's sheet: one number per criterion, each within its maximum, and a short report. */
  public void submitSheet(String taskId, Object pointsValue, Object reportValue, String actor) {
    RoundMember member = members.findBySheetTaskId(taskId)
        .orElseThrow(() -> Refusal.invalid(null, "Phiếu tự chấm điểm này không còn mở."));
    ClusterRound round = get(member.getRoundId());
    List<Criterion> list = criteria.of(round.getClusterCode(), round.getEmulationYear());
    List<Integer> points = parsePoints(pointsValue, list);
    String report = Inputs.text(reportValue, VAR_REPORT, "báo cáo tóm tắt", REPORT_MAX, true);
    int total = 0;
    for (int i = 0; i < list.size(); i++) {
      Criterion c = list.get(i);
      int p = points.get(i);
      total += p;
      scores.findByRoundIdAndUnitCodeAndCriterionId(round.getId(), member.getUnitCode(), c.getId()).ifPresentOrElse(
          s -> s.points(p), () -> scores.save(new SelfScore(round.getId(), member.getUnitCode(), c.getId(), p)));
    }
    member.submitted(report, total, actor, clock.instant());
  }

  static List<Integer> parsePoints(Object value, List<Criterion> list) {
    if (!(value instanceof String s) || s.isBlank()) {
      throw Refusal.invalid(VAR_POINTS, "Cần nhập điểm tự chấm cho " + list.size() + " tiêu chí, cách nhau bởi dấu chấm phẩy.");
    }
    String[] parts = s.strip().split("\\s*[;,\\n]\\s*");
    if (parts.length != list.size()) {
      throw Refusal.invalid(VAR_POINTS, "Cần đúng " + list.size() + " số điểm (mỗi tiêu chí một số), đã nhập "
          + parts.length + ".");
    }
    List<Integer> result = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      Criterion c = list.get(i);
      int p;
      try {
        p = Integer.parseInt(parts[i].strip());
      } catch (NumberFormatException e) {
        throw Refusal.invalid(VAR_POINTS, "Điểm tiêu chí " + (i + 1) + " phải là số nguyên: " + parts[i]);
      }
      if (p < 0 || p > c.getMaxPoints()) {
        throw Refusal.invalid(VAR_POINTS, "Điểm tiêu chí " + (i + 1) + " (" + c.getName() + ") phải từ 0 đến "
            + c.getMaxPoints() + ", đã nhập " + p + ".");
      }
      result.add(p);
    }
    return result;
  }

  /** Reminder before the deadline: the open sheets are marked and raised in Tasklist. */
  public void remind(String processInstanceId) {
    ClusterRound round = roundOf(processInstanceId);
    for (RoundMember m : membersOf(round.getId())) {
      if (m.getStatus() == RoundMember.Status.PENDING) {
        m.reminded(clock.instant());
        if (m.getSheetTaskId() != null) {
          String taskId = m.getSheetTaskId();
          system.run(() -> taskService.setPriority(taskId, 90));
        }
      }
    }
  }

  /** The deadline passed: the round goes on without the units that have not sent their sheet. */
  public void closeSelfAssessment(String processInstanceId) {
    ClusterRound round = roundOf(processInstanceId);
    for (RoundMember m : membersOf(round.getId())) {
      if (m.getStatus() == RoundMember.Status.PENDING) {
        m.notSubmitted();
      }
    }
  }

  // ------------------------------------------------------------------ compilation

  /** The compile task opens: all sheets side by side, as text for its form. */
  public Map<String, Object> compileOpened(String processInstanceId) {
    ClusterRound round = roundOf(processInstanceId);
    round.compiling();
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(VAR_ROUND_TITLE, title(round));
    form.put(VAR_SCORE_TABLE, scoreTable(round));
    return form;
  }

  String scoreTable(ClusterRound round) {
    List<Criterion> list = criteria.of(round.getClusterCode(), round.getEmulationYear());
    Map<String, Map<Long, Integer>> byUnit = new HashMap<>();
    for (SelfScore s : scoresOf(round.getId())) {
      byUnit.computeIfAbsent(s.getUnitCode(), k -> new HashMap<>()).put(s.getCriterionId(), s.getPoints());
    }
    StringBuilder t = new StringBuilder("Tiêu chí: ");
    for (int i = 0; i < list.size(); i++) {
      t.append(i == 0 ? "" : " | ").append(i + 1).append(". ").append(list.get(i).getName())
          .append(" (").append(list.get(i).getMaxPoints()).append(")");
    }
    t.append("\n\n");
    for (RoundMember m : membersOf(round.getId())) {
      t.append(m.getUnitCode()).append(" — ").append(unitName(m.getUnitCode())).append(": ");
      if (m.getStatus() == RoundMember.Status.SUBMITTED) {
        Map<Long, Integer> pts = byUnit.getOrDefault(m.getUnitCode(), Map.of());
        t.append(list.stream().map(c -> String.valueOf(pts.getOrDefault(c.getId(), 0)))
            .collect(Collectors.joining(" | "))).append(" = ").append(m.getSelfTotal()).append(" điểm");
        if (m.getReport() != null) {
          t.append("\n   Báo cáo: ").append(m.getReport());
        }
      } else if (m.getStatus() == RoundMember.Status.NOT_SUBMITTED) {
        t.append("KHÔNG NỘP (quá hạn)");
      } else {
        t.append("đang chờ (").append(m.getStatus()).append(")");
      }
      t.append('\n');
    }
    return t.toString();
  }

  /**
   * The leader's decision: return one unit's sheet for correction, or agree the scores (the self totals
   * unless overridden as "qs=95; ca=92") and, at year end, name next year's leader unit.
   */
  public void compile(String processInstanceId, Map<String, Object> input, String actor) {
    ClusterRound round = roundOf(processInstanceId);
    Object outcome = input.get(VAR_COMPILE_OUTCOME);
    String comment = Inputs.text(input.get(VAR_COMMENT), VAR_COMMENT, "ý kiến", COMMENT_MAX, false);
    Map<String, RoundMember> byUnit = membersOf(round.getId()).stream()
        .collect(Collectors.toMap(RoundMember::getUnitCode, Function.identity()));
    if (RETURN.equals(outcome)) {
      String unit = Inputs.text(input.get(VAR_RETURN_UNIT), VAR_RETURN_UNIT, "đơn vị trả lại", 32, true);
      RoundMember m = byUnit.get(unit);
      if (m == null || m.getStatus() != RoundMember.Status.SUBMITTED) {
        throw Refusal.invalid(VAR_RETURN_UNIT, "Chỉ trả lại được phiếu đã nộp của một đơn vị thành viên: " + unit);
      }
      if (comment == null) {
        throw Refusal.invalid(VAR_COMMENT, "Cần ghi rõ nội dung cần sửa khi trả lại phiếu.");
      }
      m.returned();
      round.returnFor(unit);
      return;
    }
    if (!AGREE.equals(outcome)) {
      throw Refusal.invalid(VAR_COMPILE_OUTCOME, "Chọn agree (thống nhất điểm) hoặc return (trả lại một đơn vị).");
    }
    Map<String, Integer> agreed = parseAgreed(input.get(VAR_AGREED_SCORES), byUnit);
    String nextLeader = null;
    if (round.getKind() == RoundKind.YEAR_END) {
      nextLeader = Inputs.text(input.get(VAR_NEXT_LEADER), VAR_NEXT_LEADER, "đơn vị trưởng cụm năm sau", 32, true);
      if (!byUnit.containsKey(nextLeader)) {
        throw Refusal.invalid(VAR_NEXT_LEADER, "Đơn vị trưởng cụm năm sau phải là thành viên của cụm: " + nextLeader);
      }
    }
    for (RoundMember m : byUnit.values()) {
      m.agree(m.getStatus() == RoundMember.Status.SUBMITTED
          ? agreed.getOrDefault(m.getUnitCode(), m.getSelfTotal()) : null);
    }
    round.compiled(comment, nextLeader);
  }

  private Map<String, Integer> parseAgreed(Object value, Map<String, RoundMember> byUnit) {
    Map<String, Integer> result = new HashMap<>();
    String text = Inputs.text(value, VAR_AGREED_SCORES, "điểm thống nhất", 2000, false);
    if (text == null) {
      return result;
    }
    for (String part : text.split("\\s*[;,\\n]\\s*")) {
      if (part.isBlank()) {
        continue;
      }
      String[] kv = part.split("\\s*=\\s*");
      RoundMember m = kv.length == 2 ? byUnit.get(kv[0].strip()) : null;
      if (m == null || m.getStatus() != RoundMember.Status.SUBMITTED) {
        throw Refusal.invalid(VAR_AGREED_SCORES, "Điểm thống nhất ghi dạng \"mã đơn vị=điểm\" cho đơn vị đã nộp phiếu: " + part);
      }
      try {
        int score = Integer.parseInt(kv[1].strip());
        if (score < 0 || score > 1000) {
          throw new NumberFormatException();
        }
        result.put(m.getUnitCode(), score);
      } catch (NumberFormatException e) {
        throw Refusal.invalid(VAR_AGREED_SCORES, "Điểm thống nhất không hợp lệ: " + part);
      }
    }
    return result;
  }

  // ------------------------------------------------------------------ secret ballot

  /** Opens ballot round 1 (flag and merit) or a run-off limited to the units the last tally names. */
  public void openBallotRound(String processInstanceId) {
    ClusterRound round = roundOf(processInstanceId);
    List<String> flagCandidates;
    if (round.getBallotRound() == 0) {
      flagCandidates = membersOf(round.getId()).stream().filter(m -> m.getStatus() == RoundMember.Status.SUBMITTED)
          .map(RoundMember::getUnitCode).toList();
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
  public void ballotOpened(String processInstanceId, String unitCode, String taskId) {
    ClusterRound round = roundOf(processInstanceId);
    sheets.save(new BallotSheet(round.getId(), round.getBallotRound(), unitCode, taskId));
  }

  /** The ballot's sheet for the unit head: the candidates of this ballot round. */
  @Transactional(readOnly = true)
  public BallotForm ballotForm(String taskId, String userId) {
    BallotSheet sheet = ownSheet(taskId, userId);
    ClusterRound round = get(sheet.getRoundId());
    List<String> flag = candidates(round, VoteCount.Category.FLAG);
    List<String> merit = candidates(round, VoteCount.Category.MERIT);
    return new BallotForm(taskId, round, sheet.getUnitCode(), flag, merit, settings.getMeritChoices(),
        organisation.unitNames());
  }

  public record BallotForm(String taskId, ClusterRound round, String unitCode, List<String> flagCandidates,
      List<String> meritCandidates, int meritChoices, Map<String, String> unitNames) {
  }

  private List<String> candidates(ClusterRound round, VoteCount.Category category) {
    return counts.findByRoundIdAndBallotRoundAndCategoryOrderByUnitCode(round.getId(), round.getBallotRound(), category)
        .stream().map(VoteCount::getUnitCode).toList();
  }

  /** Counts one secret ballot: the choices go into anonymous counters, the sheet only notes "voted". */
  void countBallot(String taskId, String userId, String flagChoice, List<String> meritChoices) {
    BallotSheet sheet = ownSheet(taskId, userId);
    ClusterRound round = get(sheet.getRoundId());
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
      throw Refusal.forbidden(null, "Phiếu bầu này dành cho thủ trưởng " + unitName(sheet.getUnitCode()) + ".");
    }
    return sheet;
  }

  /** The guard on completing a ballot task: only after its ballot went through the ballot page or API. */
  @Transactional(readOnly = true)
  public boolean ballotCast(String taskId) {
    return sheets.findByTaskId(taskId).map(BallotSheet::isVoted).orElse(false);
  }

  /** Counts the ballot round; the model reads {@link #ballotDecided} next. */
  public void tally(String processInstanceId) {
    ClusterRound round = roundOf(processInstanceId);
    FlagOutcome outcome = flagOutcome(round, round.getBallotRound());
    if (outcome.decided() || round.getBallotRound() >= settings.getMaxBallotRounds()) {
      round.ballotDecided();
      for (String winner : outcome.winners()) {
        nominees.save(new ClusterNominee(round.getId(), winner, AwardType.CO_THI_DUA_TINH,
            votes(round, round.getBallotRound(), VoteCount.Category.FLAG).get(winner), ballots(round, round.getBallotRound())));
      }
      List<String> flagWinners = outcome.winners();
      for (Map.Entry<String, Integer> merit : meritWinners(round, flagWinners).entrySet()) {
        nominees.save(new ClusterNominee(round.getId(), merit.getKey(), AwardType.BANG_KHEN_CHU_TICH_TINH,
            merit.getValue(), ballots(round, 1)));
      }
    }
  }

  /**
   * The flag rule. B = ballots cast in the ballot round. The unit with the most votes is the nominee if
   * it alone has the most and more than the configured share of B (default > 50%); at most the flag quota
   * (default 1) of units are nominated. Several units tied for the most votes: a run-off among them. One
   * unit ahead but without the share ("no majority"): a run-off between it and the unit(s) tied for the
   * second-most votes (the top two). After the last allowed ballot round (default 3) the cluster
   * proposes no flag. When the ballot deadline passes, B counts only the ballots cast by then.
   */
  FlagOutcome flagOutcome(ClusterRound round, int ballotRound) {
    Map<String, Integer> votes = votes(round, ballotRound, VoteCount.Category.FLAG);
    int b = ballots(round, ballotRound);
    if (votes.isEmpty() || settings.getFlagQuota() == 0) {
      return new FlagOutcome(true, List.of(), List.of());
    }
    List<Integer> levels = votes.values().stream().distinct().sorted(Comparator.reverseOrder()).toList();
    int top = levels.get(0);
    List<String> atTop = votes.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
    if (atTop.size() == 1 && settings.passes(top, b, settings.getFlagShare())) {
      return new FlagOutcome(true, atTop.subList(0, Math.min(1, settings.getFlagQuota())), List.of());
    }
    if (atTop.size() > 1) {
      return new FlagOutcome(false, List.of(), atTop);
    }
    List<String> runOff = new ArrayList<>(atTop);
    if (levels.size() > 1) {
      int second = levels.get(1);
      votes.forEach((unit, v) -> {
        if (v == second) {
          runOff.add(unit);
        }
      });
    }
    return new FlagOutcome(false, List.of(), runOff);
  }

  record FlagOutcome(boolean decided, List<String> winners, List<String> runOff) {
  }

  /**
   * Merit rule, on ballot round 1: units with more than the configured share of the ballots (default
   * > 50%), most votes first, without the flag nominee (the higher award), at most the merit quota. If
   * units tied on votes straddle the quota, none of the tied units is nominated (the minutes say so):
   * the cluster cannot tell them apart and the quota cannot be exceeded.
   */
  Map<String, Integer> meritWinners(ClusterRound round, List<String> flagWinners) {
    Map<String, Integer> votes = votes(round, 1, VoteCount.Category.MERIT);
    int b = ballots(round, 1);
    List<Map.Entry<String, Integer>> passing = votes.entrySet().stream()
        .filter(e -> !flagWinners.contains(e.getKey()))
        .filter(e -> settings.passes(e.getValue(), b, settings.getMeritShare()))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .toList();
    Map<String, Integer> result = new LinkedHashMap<>();
    int quota = settings.getMeritQuota();
    if (passing.size() <= quota) {
      passing.forEach(e -> result.put(e.getKey(), e.getValue()));
      return result;
    }
    int cut = passing.get(quota).getValue();
    passing.stream().filter(e -> e.getValue() > cut).limit(quota).forEach(e -> result.put(e.getKey(), e.getValue()));
    return result;
  }

  private Map<String, Integer> votes(ClusterRound round, int ballotRound, VoteCount.Category category) {
    Map<String, Integer> result = new LinkedHashMap<>();
    counts.tallyOf(round.getId(), ballotRound, category).forEach(v -> result.put(v.getUnitCode(), v.getVotes()));
    return result;
  }

  private int ballots(ClusterRound round, int ballotRound) {
    return (int) sheets.countByRoundIdAndBallotRoundAndVotedTrue(round.getId(), ballotRound);
  }

  // ------------------------------------------------------------------ after the ballot

  /**
   * Starts a nomination for each nominee, on the round leader's behalf: without the signed-in caller
   * (whoever cast the last ballot), so the nomination's first step takes the leader from the variable and
   * checks it against the nominee row.
   */
  public void startNominations(String processInstanceId) {
    ClusterRound round = roundOf(processInstanceId);
    Map<String, Integer> agreed = new HashMap<>();
    membersOf(round.getId()).forEach(m -> agreed.put(m.getUnitCode(), m.getAgreedScore()));
    String clusterName = organisation.cluster(round.getClusterCode()).map(Cluster::getName).orElse(round.getClusterCode());
    for (ClusterNominee n : nomineesOf(round.getId())) {
      String nomineeName = unitName(n.getUnitCode());
      String summary = clusterName + " bình xét tại hội nghị " + round.getKind().label().toLowerCase()
          + " " + round.getEmulationYear() + " (biên bản " + round.getRoundNumber() + ", /clusters/" + round.getClusterCode()
          + "/rounds/" + round.getId() + "): điểm thống nhất "
          + agreed.get(n.getUnitCode()) + "; bỏ phiếu kín " + n.getVotesFor() + "/" + n.getVotesTotal() + " phiếu.";
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

  /** Next year's leader unit, as the compile task named it; the leaders' group follows at once. */
  public void recordNextLeader(String processInstanceId) {
    ClusterRound round = roundOf(processInstanceId);
    if (round.getNextLeaderUnitCode() != null) {
      organisation.changeLeader(round.getClusterCode(), round.getEmulationYear() + 1, round.getNextLeaderUnitCode(),
          round.getRoundNumber(), clock.instant());
    }
  }

  /** Writes the minutes and closes the round. */
  public ClusterMinutes writeMinutes(String processInstanceId) {
    ClusterRound round = roundOf(processInstanceId);
    List<RoundMember> list = membersOf(round.getId());
    int present = (int) list.stream().filter(m -> m.getStatus() == RoundMember.Status.SUBMITTED).count();
    StringBuilder t = new StringBuilder();
    t.append(title(round)).append(". Trưởng cụm: ").append(unitName(round.getLeaderUnitCode()))
        .append(". Đơn vị nộp phiếu tự chấm: ").append(present).append('/').append(list.size()).append(".\n");
    for (RoundMember m : list) {
      t.append("- ").append(unitName(m.getUnitCode())).append(": ")
          .append(m.getStatus() == RoundMember.Status.SUBMITTED
              ? "tự chấm " + m.getSelfTotal() + ", thống nhất " + m.getAgreedScore() + " điểm"
              : "không nộp phiếu tự chấm đúng hạn").append('\n');
    }
    if (round.getKind() == RoundKind.YEAR_END) {
      for (int r = 1; r <= round.getBallotRound(); r++) {
        t.append("Bỏ phiếu kín vòng ").append(r).append(" (").append(ballots(round, r)).append(" phiếu) — Cờ thi đua: ");
        t.append(votes(round, r, VoteCount.Category.FLAG).entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        if (r == 1 && !votes(round, 1, VoteCount.Category.MERIT).isEmpty()) {
          t.append("; Bằng khen: ").append(votes(round, 1, VoteCount.Category.MERIT).entrySet().stream()
              .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        t.append('\n');
      }
      List<ClusterNominee> result = nomineesOf(round.getId());
      t.append("Kết quả: ").append(result.isEmpty() ? "không có đơn vị đủ số phiếu." : result.stream()
          .map(n -> unitName(n.getUnitCode()) + " — " + n.getAwardType().label() + " (" + n.getVotesFor() + "/"
              + n.getVotesTotal() + " phiếu" + (n.getCaseNumber() == null ? "" : ", hồ sơ " + n.getCaseNumber()) + ")")
          .collect(Collectors.joining("; "))).append(".\n");
      if (round.getNextLeaderUnitCode() != null) {
        t.append("Trưởng cụm năm ").append(round.getEmulationYear() + 1).append(": ")
            .append(unitName(round.getNextLeaderUnitCode())).append(".\n");
      }
    }
    if (round.getCompileComment() != null) {
      t.append("Ý kiến trưởng cụm: ").append(round.getCompileComment()).append('\n');
    }
    round.close(clock.instant());
    return minutes.save(new ClusterMinutes(round.getId(), clock.instant(), present, list.size(), t.toString()));
  }

  // ------------------------------------------------------------------ the link to nominations

  @Override
  public void check(long nomineeId, String unitCode, AwardType award, String initiator) {
    ClusterNominee n = nominees.findById(nomineeId)
        .orElseThrow(() -> Refusal.invalid(null, "Không có kết quả bình xét " + nomineeId + "."));
    ClusterRound round = get(n.getRoundId());
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
      ClusterRound round = get(n.getRoundId());
      String clusterName = organisation.cluster(round.getClusterCode()).map(Cluster::getName).orElse(round.getClusterCode());
      return new RoundResult(round.getRoundNumber(), "/clusters/" + round.getClusterCode() + "/rounds/" + round.getId(),
          n.getVotesFor(), n.getVotesTotal(), clusterName);
    });
  }

  // ------------------------------------------------------------------ helpers

  String title(ClusterRound round) {
    String clusterName = organisation.cluster(round.getClusterCode()).map(Cluster::getName).orElse(round.getClusterCode());
    return round.getKind().label() + " " + round.getEmulationYear() + " — " + clusterName;
  }

  String unitName(String code) {
    return code == null ? "" : organisation.unit(code).map(Unit::getName).orElse(code);
  }

  private String pointsText(ClusterRound round, String unitCode) {
    Map<Long, Integer> pts = new HashMap<>();
    scoresOf(round.getId()).stream().filter(s -> s.getUnitCode().equals(unitCode))
        .forEach(s -> pts.put(s.getCriterionId(), s.getPoints()));
    return criteria.of(round.getClusterCode(), round.getEmulationYear()).stream()
        .map(c -> String.valueOf(pts.getOrDefault(c.getId(), 0))).collect(Collectors.joining("; "));
  }

  private RoundMember member(Long roundId, String unitCode) {
    return members.findByRoundIdAndUnitCode(roundId, unitCode)
        .orElseThrow(() -> new IllegalStateException("No member " + unitCode + " in round " + roundId));
  }

}
