package vn.tdkt.commendation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.tdkt.commendation.casefile.CaseRepository;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.council.BallotService;
import vn.tdkt.commendation.council.CouncilProcess;
import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.security.Throttle;

/**
 * Base of every test that needs the application: one Spring context for the whole suite (same
 * annotations everywhere, so Spring caches it), the demo people, an in-memory database (or, with
 * TDKT_TEST_PROFILES=postgres, the PostgreSQL profile of a real install: see {@link SuiteProfiles}), no job
 * executor. Each test starts from an empty world: no running process, no case record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = SuiteProfiles.class)
public abstract class WorkflowTest {

  protected static final int YEAR = Year.now(java.time.ZoneId.of(CommendationApplication.ZONE)).getValue();
  protected static final List<String> COUNCIL = List.of("council.1", "council.2", "council.3", "council.4",
      "council.5", "council.6", "council.7");

  @Autowired protected ProcessEngine engine;
  @Autowired protected RuntimeService runtime;
  @Autowired protected TaskService tasks;
  @Autowired protected ManagementService management;
  @Autowired protected HistoryService history;
  @Autowired protected IdentityService identity;
  @Autowired protected CaseRepository caseRepository;
  @Autowired protected BallotService ballots;
  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected Throttle throttle;

  @BeforeEach
  void emptyWorld() {
    init(engine);
    identity.clearAuthentication();
    throttle.clear();
    // root instances only: deleting a proposal deletes the nominee cases it called
    List<String> running = runtime.createProcessInstanceQuery().rootProcessInstances().list().stream()
        .map(ProcessInstance::getId).toList();
    if (!running.isEmpty()) {
      runtime.deleteProcessInstances(running, "test reset", true, true);
    }
    for (String table : List.of("case_document", "case_event", "case_record", "complaint", "council_ballot_tally", "council_voter",
        "council_session_case", "council_session_member", "council_session", "award_decision", "year_counter",
        "cluster_minutes", "cluster_nominee", "cluster_vote_count", "cluster_ballot_sheet", "cluster_self_score",
        "cluster_round_member", "cluster_round", "cluster_criterion", "cluster_leadership", "mail_outbox", "central_proposal",
        "proposal", "campaign", "decision_draft", "issued_document",
        // issue 14: the emulation year
        "revocation", "covenant_signature", "covenant_target", "covenant", "registration_line", "registration", "movement", "registry_initiative", "registry_award", "registry_awardee")) {
      jdbc.update("delete from " + table);
    }
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
    ClockUtil.reset();
  }

  /** Runs an engine call as a signed-in person, with the groups the identity store gives them. */
  protected <T> T as(String userId, Supplier<T> call) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      return call.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  protected void as(String userId, Runnable call) {
    as(userId, () -> {
      call.run();
      return null;
    });
  }

  /** A valid nomination of an individual for the Chairman's certificate of merit, eligible on every rule. */
  protected static Map<String, Object> meritNomination(String nomineeName) {
    Map<String, Object> v = new HashMap<>();
    v.put(NominationProcess.VAR_AWARD, "BANG_KHEN_CHU_TICH_TINH");
    v.put(NominationProcess.VAR_NOMINEE_KIND, "INDIVIDUAL");
    v.put(NominationProcess.VAR_NOMINEE_NAME, nomineeName);
    v.put(NominationProcess.VAR_NOMINEE_POSITION, "Chấp hành viên");
    v.put(NominationProcess.VAR_YEAR, YEAR);
    v.put(NominationProcess.VAR_SUMMARY, "Hoàn thành xuất sắc nhiệm vụ thi hành án năm " + YEAR);
    v.put(NominationProcess.VAR_EXCELLENT_YEARS, 2);
    v.put(NominationProcess.VAR_INITIATIVES, 2);
    return v;
  }

  /** A provincial emulation fighter (public notice applies), eligible. */
  protected static Map<String, Object> fighterNomination(String nomineeName) {
    Map<String, Object> v = meritNomination(nomineeName);
    v.put(NominationProcess.VAR_AWARD, "CHIEN_SI_THI_DUA_TINH");
    v.put(NominationProcess.VAR_GRASSROOTS_YEARS, 3);
    v.put(NominationProcess.VAR_INITIATIVES, 1);
    return v;
  }

  /** A cluster's flag nominee (collective, public notice applies). */
  protected static Map<String, Object> flagNomination(String unitName) {
    Map<String, Object> v = meritNomination(unitName);
    v.put(NominationProcess.VAR_AWARD, "CO_THI_DUA_TINH");
    v.put(NominationProcess.VAR_NOMINEE_KIND, "COLLECTIVE");
    v.remove(NominationProcess.VAR_NOMINEE_POSITION);
    return v;
  }

  protected ProcessInstance nominate(String nominator, Map<String, Object> variables) {
    return as(nominator, () -> runtime.startProcessInstanceByKey(NominationProcess.KEY, variables));
  }

  protected Task task(ProcessInstance pi, String taskKey) {
    List<Task> found = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).list();
    if (found.size() != 1) {
      throw new AssertionError("Expected one open task " + taskKey + " in " + pi.getId() + ", found " + found.size());
    }
    return found.get(0);
  }

  /** Completes the open task of that key as the person, with alternating variable names and values. */
  protected void complete(String userId, ProcessInstance pi, String taskKey, Object... keyValues) {
    Task task = task(pi, taskKey);
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      variables.put((String) keyValues[i], keyValues[i + 1]);
    }
    as(userId, () -> tasks.complete(task.getId(), variables));
  }

  protected CommendationCase caseOf(ProcessInstance pi) {
    String caseNumber = runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count() > 0
        ? runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey()
        : history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey();
    return caseRepository.findByCaseNumber(caseNumber).orElseThrow();
  }

  /** History lines of the case, as "outcome" strings in order. */
  protected List<String> outcomes(ProcessInstance pi) {
    return jdbc.queryForList("select e.outcome from case_event e join case_record c on c.id = e.case_id "
        + "where c.case_number = ? order by e.id", String.class, caseOf(pi).getCaseNumber());
  }

  /** Fires the timer waiting at the activity now, as the job executor would when it is due. */
  protected void fireTimer(ProcessInstance pi, String activityId) {
    Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).timers().singleResult();
    if (job == null) {
      throw new AssertionError("No timer at " + activityId);
    }
    management.executeJob(job.getId());
  }

  /** Takes a fresh nomination through endorsement, cluster and appraisal, and the notice if it has one. */
  protected ProcessInstance nominatedAndAppraised(Map<String, Object> variables) {
    ProcessInstance pi = nominate("nominator.thads", variables);
    complete("head.thads", pi, NominationProcess.ENDORSE, NominationProcess.VAR_ENDORSEMENT_OUTCOME, "approve");
    if ("CO_THI_DUA_TINH".equals(variables.get(NominationProcess.VAR_AWARD))) {
      complete("lead.cum9", pi, NominationProcess.REVIEW_IN_CLUSTER, NominationProcess.VAR_CLUSTER_OUTCOME, "approve",
          NominationProcess.VAR_CLUSTER_VOTES_FOR, 6, NominationProcess.VAR_CLUSTER_VOTES_TOTAL, 7);
    } else {
      complete("lead.cum9", pi, NominationProcess.REVIEW_IN_CLUSTER, NominationProcess.VAR_CLUSTER_OUTCOME, "approve");
    }
    complete("officer.ban", pi, NominationProcess.APPRAISE, NominationProcess.VAR_APPRAISAL_OUTCOME, "approve");
    if (management.createJobQuery().processInstanceId(pi.getId()).activityId(NominationProcess.NOTICE_PERIOD).count() > 0) {
      fireTimer(pi, NominationProcess.NOTICE_PERIOD);
    }
    return pi;
  }

  protected ProcessInstance openCouncilSession(String awardTypes) {
    Map<String, Object> variables = new HashMap<>();
    if (awardTypes != null) {
      variables.put(CouncilProcess.VAR_AWARD_TYPES, awardTypes);
    }
    return as("head.ban", () -> runtime.startProcessInstanceByKey(CouncilProcess.KEY, variables));
  }

  /** The member's open ballot task in the session. */
  protected Task ballotTask(ProcessInstance session, String member) {
    return tasks.createTaskQuery().processInstanceId(session.getId()).taskDefinitionKey(CouncilProcess.CAST_BALLOT)
        .taskAssignee(member).singleResult();
  }

  /** The member votes through the ballot service (as the ballot page does), signed in as themselves. */
  protected void vote(ProcessInstance session, String member, Map<String, String> votes) {
    Task task = ballotTask(session, member);
    if (task == null) {
      throw new AssertionError(member + " has no open ballot");
    }
    as(member, () -> ballots.cast(task.getId(), member, votes));
  }

  /**
   * Takes appraised nominations (all of one award type) through a Council session where everyone approves; the
   * Chairman approves the list and the UBND office's clerk gives it the next number of the register; returns that
   * decision number.
   */
  protected String councilDecides(List<ProcessInstance> appraised) {
    ProcessInstance session = openCouncilSession(null);
    Map<String, String> votes = new HashMap<>();
    for (ProcessInstance pi : appraised) {
      votes.put(caseOf(pi).getCaseNumber(), "approve");
    }
    for (String member : COUNCIL) {
      vote(session, member, votes);
    }
    Task sign = tasks.createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(CouncilProcess.APPROVE_DECISION).singleResult();
    as("chairman", () -> tasks.complete(sign.getId(), Map.of(CouncilProcess.VAR_CHAIRMAN_OUTCOME, "approve")));
    recordNextNumber(session);
    return caseOf(appraised.get(0)).getDecisionNumber();
  }

  /** The clerk completes the session's open numbering task with the register's next number of the year, today. */
  protected void recordNextNumber(ProcessInstance session) {
    Task record = tasks.createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(CouncilProcess.RECORD_NUMBER).list().get(0);
    int next = jdbc.queryForObject("select count(*) from award_decision where decision_year = ?", Integer.class,
        java.time.LocalDate.now(java.time.ZoneId.of(CommendationApplication.ZONE)).getYear()) + 1;
    as("vanthu", () -> tasks.complete(record.getId(), Map.of(CouncilProcess.VAR_REGISTER_NUMBER, next,
        CouncilProcess.VAR_REGISTER_DATE, java.time.LocalDate.now(java.time.ZoneId.of(CommendationApplication.ZONE)).toString())));
  }
}
