package vn.tdkt.commendation.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.problem.Refusal;

/** Helpers for the cluster round tests: the seven units of Cụm 9, their heads, sheets and ballots. */
abstract class ClusterRoundTestBase extends WorkflowTest {

  /** The member units of Cụm 9 in the order the round lists them. */
  static final List<String> UNITS = List.of("bdbp", "ca", "pccc", "qs", "tand", "thads", "vks");
  static final String LEADER = "lead.cum9";
  static final String LEADERS = Roles.clusterLeaders("cum9");

  @Autowired CriteriaService criteria;
  @Autowired ClusterRoundService roundService;
  @Autowired ClusterBallotService clusterBallots;
  @Autowired ClusterSettings clusterSettings;

  @BeforeEach
  void cum9Criteria() {
    criteria.ensureDefaults("cum9", YEAR);
  }

  /** A year-end round hands the cluster to another unit: the next test starts with thads leading again. */
  @AfterEach
  void restoreLeader() {
    jdbc.update("update org_cluster set leader_unit_code = 'thads' where code = 'cum9'");
    for (String unit : UNITS) {
      String head = "head." + unit;
      if (identity.createUserQuery().userId(head).memberOfGroup(LEADERS).count() > 0) {
        identity.deleteMembership(head, LEADERS);
      }
    }
  }

  /** The refusal behind what the engine threw (a listener's refusal comes wrapped). */
  static Refusal refused(org.junit.jupiter.api.function.Executable call) {
    Refusal refusal = Refusal.findIn(org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, call));
    org.junit.jupiter.api.Assertions.assertNotNull(refusal, "no refusal");
    return refusal;
  }

  static String head(String unit) {
    return "head." + unit;
  }

  ProcessInstance startRound(String kind) {
    Map<String, Object> v = new HashMap<>();
    v.put(ClusterRoundProcess.VAR_CLUSTER, "cum9");
    v.put(ClusterRoundProcess.VAR_YEAR, YEAR);
    v.put(ClusterRoundProcess.VAR_KIND, kind);
    return as(LEADER, () -> runtime.startProcessInstanceByKey(ClusterRoundProcess.KEY, v));
  }

  ClusterRound round(ProcessInstance pi) {
    return roundService.roundOf(pi.getId());
  }

  /** The unit's open task of that key (found by its candidate group, as the head sees it in Tasklist). */
  Task unitTask(ProcessInstance pi, String taskKey, String unit) {
    List<Task> found = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey)
        .taskCandidateGroup(Roles.unitHeads(unit)).list();
    if (found.size() != 1) {
      throw new AssertionError("Expected one " + taskKey + " for " + unit + ", found " + found.size());
    }
    return found.get(0);
  }

  void submit(ProcessInstance pi, String unit, String points) {
    submitTask(pi, ClusterRoundProcess.SUBMIT, unit, points);
  }

  void submitTask(ProcessInstance pi, String taskKey, String unit, String points) {
    Task task = unitTask(pi, taskKey, unit);
    Map<String, Object> v = new HashMap<>();
    v.put(ClusterRoundProcess.VAR_POINTS, points);
    v.put(ClusterRoundProcess.VAR_REPORT, "Báo cáo kết quả thi đua năm " + YEAR + " của " + unit);
    as(head(unit), () -> tasks.complete(task.getId(), v));
  }

  /** Every unit sends a sheet; the scores differ so the ranking is visible (bdbp lowest, vks highest). */
  void submitAll(ProcessInstance pi, String... except) {
    List<String> skip = Arrays.asList(except);
    int i = 0;
    for (String unit : UNITS) {
      if (!skip.contains(unit)) {
        submit(pi, unit, (30 + i) + "; 15; 12; 13; 8");
      }
      i++;
    }
  }

  void compileAgree(ProcessInstance pi, String nextLeader, Object... more) {
    Object[] kv = new Object[4 + more.length];
    kv[0] = ClusterRoundProcess.VAR_COMPILE_OUTCOME;
    kv[1] = ClusterRoundProcess.AGREE;
    kv[2] = ClusterRoundProcess.VAR_NEXT_LEADER;
    kv[3] = nextLeader;
    System.arraycopy(more, 0, kv, 4, more.length);
    complete(LEADER, pi, ClusterRoundProcess.COMPILE, kv);
  }

  /** The unit's head votes through the ballot service, as the ballot page and API do. */
  void vote(ProcessInstance pi, String unit, String flag, String... merit) {
    Task task = unitTask(pi, ClusterRoundProcess.CAST_BALLOT, unit);
    as(head(unit), () -> clusterBallots.cast(task.getId(), head(unit), flag, List.of(merit)));
  }

  /** Flag votes in unit order: the i-th unit of UNITS votes flags.get(i), and the same merit choices. */
  void voteAll(ProcessInstance pi, List<String> flags, String... merit) {
    assertEquals(UNITS.size(), flags.size());
    for (int i = 0; i < UNITS.size(); i++) {
      vote(pi, UNITS.get(i), flags.get(i), merit);
    }
  }

  List<ClusterNominee> nominees(ProcessInstance pi) {
    return roundService.nomineesOf(round(pi).getId());
  }

  int flagVotes(ProcessInstance pi, int ballotRound, String unit) {
    return roundService.countsOf(round(pi).getId()).stream()
        .filter(v -> v.getBallotRound() == ballotRound && v.getCategory() == VoteCount.Category.FLAG
            && v.getUnitCode().equals(unit))
        .mapToInt(VoteCount::getVotes).sum();
  }
}
