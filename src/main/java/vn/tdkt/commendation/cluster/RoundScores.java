package vn.tdkt.commendation.cluster;

import static vn.tdkt.commendation.cluster.ClusterRoundProcess.*;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.problem.Refusal;

/**
 * The scores of a round: each unit's self-assessment sheet (one number per criterion of the cluster's
 * criteria and a report), reminders and the deadline, and the leader's compilation (return one sheet for
 * correction, or agree the scores and, at year end, name next year's leader unit).
 */
@Service
@Transactional
public class RoundScores {

  static final int REPORT_MAX = 4000;
  static final int COMMENT_MAX = 2000;
  static final int MAX_SCORE = 1000;

  private final ClusterRoundService rounds;
  private final RoundMemberRepository members;
  private final SelfScoreRepository scores;
  private final CriteriaService criteria;
  private final OrganisationService organisation;
  private final TaskService taskService;
  private final SystemAction system;
  private final Clock clock;

  RoundScores(ClusterRoundService rounds, RoundMemberRepository members, SelfScoreRepository scores,
      CriteriaService criteria, OrganisationService organisation, TaskService taskService, SystemAction system,
      Clock clock) {
    this.rounds = rounds;
    this.members = members;
    this.scores = scores;
    this.criteria = criteria;
    this.organisation = organisation;
    this.taskService = taskService;
    this.system = system;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ self-assessment

  /** A sheet task was created for the unit (first time or for correction): the task is the unit's. */
  public Map<String, Object> sheetOpened(String processInstanceId, String unitCode, String taskId) {
    ClusterRound round = rounds.roundOf(processInstanceId);
    RoundMember member = member(round.getId(), unitCode);
    member.sheetTask(taskId);
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(VAR_ROUND_TITLE, rounds.title(round));
    form.put(VAR_UNIT_NAME, organisation.unitName(unitCode));
    StringBuilder text = new StringBuilder();
    int i = 1;
    for (Criterion c : criteria.of(round.getClusterCode(), round.getEmulationYear())) {
      text.append(i++).append(". ").append(c.getName()).append(" (tối đa ").append(c.getMaxPoints()).append(" điểm)\n");
    }
    form.put(VAR_CRITERIA_TEXT, text.toString());
    // one row per criterion for the form's dynamic list: the unit enters a score next to each criterion's name
    Map<Long, Integer> previous = member.getStatus() == RoundMember.Status.RETURNED ? pointsOf(round, unitCode) : Map.of();
    List<Map<String, Object>> rows = new ArrayList<>();
    int n = 1;
    for (Criterion c : criteria.of(round.getClusterCode(), round.getEmulationYear())) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("criterion", (n++) + ". " + c.getName());
      row.put("maxPoints", c.getMaxPoints());
      row.put("points", previous.get(c.getId()));
      rows.add(row);
    }
    form.put(VAR_POINTS, Inputs.json(rows));
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
    ClusterRound round = rounds.get(member.getRoundId());
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
    if (!(value instanceof String) && !Inputs.missing(value)) {
      return pointsFromRows(Inputs.rows(value, VAR_POINTS, "điểm tự chấm"), list);
    }
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
      result.add(Inputs.wholeNumber(parts[i], VAR_POINTS, 0, c.getMaxPoints(), "Điểm tiêu chí " + (i + 1) + " ("
          + c.getName() + ") phải là số nguyên từ 0 đến " + c.getMaxPoints() + ", đã nhập " + parts[i] + "."));
    }
    return result;
  }

  /** The form's dynamic list: one row per criterion, in the order the sheet gave them, each with its points. */
  private static List<Integer> pointsFromRows(List<Map<String, Object>> rows, List<Criterion> list) {
    if (rows.size() != list.size()) {
      throw Refusal.invalid(VAR_POINTS, "Cần điểm tự chấm cho đúng " + list.size() + " tiêu chí, đã có " + rows.size() + ".");
    }
    List<Integer> result = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Criterion c = list.get(i);
      Object points = rows.get(i).get("points");
      result.add(Inputs.wholeNumber(points, VAR_POINTS, 0, c.getMaxPoints(), "Điểm tiêu chí " + (i + 1) + " ("
          + c.getName() + ") phải là số nguyên từ 0 đến " + c.getMaxPoints() + (Inputs.missing(points) ? "." : ", đã nhập "
          + points + ".")));
    }
    return result;
  }

  /** Reminder before the deadline: the open sheets are marked and raised in Tasklist. */
  public void remind(String processInstanceId) {
    ClusterRound round = rounds.roundOf(processInstanceId);
    for (RoundMember m : rounds.membersOf(round.getId())) {
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
    ClusterRound round = rounds.roundOf(processInstanceId);
    for (RoundMember m : rounds.membersOf(round.getId())) {
      if (m.getStatus() == RoundMember.Status.PENDING) {
        m.notSubmitted();
      }
    }
  }

  // ------------------------------------------------------------------ compilation

  /** The compile task opens: all sheets side by side, as text for its form. */
  public Map<String, Object> compileOpened(String processInstanceId) {
    ClusterRound round = rounds.roundOf(processInstanceId);
    round.compiling();
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(VAR_ROUND_TITLE, rounds.title(round));
    form.put(VAR_SCORE_TABLE, scoreTable(round));
    // the agreed score of each unit that sent its sheet, prefilled with its own total; units chosen by name
    List<Map<String, Object>> agreed = new ArrayList<>();
    List<Map<String, String>> submitted = new ArrayList<>();
    List<Map<String, String>> everyMember = new ArrayList<>();
    for (RoundMember m : rounds.membersOf(round.getId())) {
      String name = organisation.unitName(m.getUnitCode());
      everyMember.add(Inputs.option(name, m.getUnitCode()));
      if (m.getStatus() == RoundMember.Status.SUBMITTED) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("unit", name);
        row.put("selfTotal", m.getSelfTotal());
        row.put("agreed", m.getSelfTotal());
        agreed.add(row);
        submitted.add(Inputs.option(name, m.getUnitCode()));
      }
    }
    form.put(VAR_AGREED_SCORES, Inputs.json(agreed));
    form.put(VAR_SUBMITTED_UNITS, Inputs.json(submitted));
    form.put(VAR_MEMBER_UNITS, Inputs.json(everyMember));
    return form;
  }

  String scoreTable(ClusterRound round) {
    List<Criterion> list = criteria.of(round.getClusterCode(), round.getEmulationYear());
    Map<String, Map<Long, Integer>> byUnit = new HashMap<>();
    for (SelfScore s : rounds.scoresOf(round.getId())) {
      byUnit.computeIfAbsent(s.getUnitCode(), k -> new HashMap<>()).put(s.getCriterionId(), s.getPoints());
    }
    StringBuilder t = new StringBuilder("Tiêu chí: ");
    for (int i = 0; i < list.size(); i++) {
      t.append(i == 0 ? "" : " | ").append(i + 1).append(". ").append(list.get(i).getName())
          .append(" (").append(list.get(i).getMaxPoints()).append(")");
    }
    t.append("\n\n");
    for (RoundMember m : rounds.membersOf(round.getId())) {
      t.append(organisation.unitName(m.getUnitCode())).append(": ");
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
        t.append(m.getStatus() == RoundMember.Status.RETURNED ? "đang sửa phiếu" : "đang chờ");
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
    ClusterRound round = rounds.roundOf(processInstanceId);
    Object outcome = input.get(VAR_COMPILE_OUTCOME);
    String comment = Inputs.text(input.get(VAR_COMMENT), VAR_COMMENT, "ý kiến", COMMENT_MAX, false);
    Map<String, RoundMember> byUnit = rounds.membersOf(round.getId()).stream()
        .collect(Collectors.toMap(RoundMember::getUnitCode, Function.identity()));
    if (RETURN.equals(Inputs.choice(outcome, VAR_COMPILE_OUTCOME, List.of(AGREE, RETURN),
        "Chọn agree (thống nhất điểm) hoặc return (trả lại một đơn vị)."))) {
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
    if (!(value instanceof String) && !Inputs.missing(value)) {
      return agreedFromRows(Inputs.rows(value, VAR_AGREED_SCORES, "điểm thống nhất"), byUnit);
    }
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
      result.put(m.getUnitCode(), Inputs.wholeNumber(kv[1], VAR_AGREED_SCORES, 0, MAX_SCORE,
          "Điểm thống nhất không hợp lệ: " + part));
    }
    return result;
  }

  /** The form's rows: one per unit that sent its sheet, in unit order, as the task gave them. */
  private Map<String, Integer> agreedFromRows(List<Map<String, Object>> rows, Map<String, RoundMember> byUnit) {
    List<RoundMember> submitted = byUnit.values().stream().filter(m -> m.getStatus() == RoundMember.Status.SUBMITTED)
        .sorted(java.util.Comparator.comparing(RoundMember::getUnitCode)).toList();
    if (rows.size() != submitted.size()) {
      throw Refusal.invalid(VAR_AGREED_SCORES, "Cần điểm thống nhất cho đúng " + submitted.size()
          + " đơn vị đã nộp phiếu, đã có " + rows.size() + ".");
    }
    Map<String, Integer> result = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      RoundMember m = submitted.get(i);
      Object value = rows.get(i).get("agreed");
      if (!Inputs.missing(value)) {
        result.put(m.getUnitCode(), Inputs.wholeNumber(value, VAR_AGREED_SCORES, 0, MAX_SCORE, "Điểm thống nhất của "
            + organisation.unitName(m.getUnitCode()) + " phải là số nguyên từ 0 đến " + MAX_SCORE + ", đã nhập " + value + "."));
      }
    }
    return result;
  }

  // ------------------------------------------------------------------ helpers

  private Map<Long, Integer> pointsOf(ClusterRound round, String unitCode) {
    Map<Long, Integer> pts = new HashMap<>();
    rounds.scoresOf(round.getId()).stream().filter(s -> s.getUnitCode().equals(unitCode))
        .forEach(s -> pts.put(s.getCriterionId(), s.getPoints()));
    return pts;
  }

  private String pointsText(ClusterRound round, String unitCode) {
    Map<Long, Integer> pts = new HashMap<>();
    rounds.scoresOf(round.getId()).stream().filter(s -> s.getUnitCode().equals(unitCode))
        .forEach(s -> pts.put(s.getCriterionId(), s.getPoints()));
    return criteria.of(round.getClusterCode(), round.getEmulationYear()).stream()
        .map(c -> String.valueOf(pts.getOrDefault(c.getId(), 0))).collect(Collectors.joining("; "));
  }

  private RoundMember member(Long roundId, String unitCode) {
    return members.findByRoundIdAndUnitCode(roundId, unitCode)
        .orElseThrow(() -> new IllegalStateException("No member " + unitCode + " in round " + roundId));
  }
}
