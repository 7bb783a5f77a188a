package vn.tdkt.commendation.proposal;

import static vn.tdkt.commendation.proposal.ProposalProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.commendation.CommendationApplication;
import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.nomination.CaseProcess;
import vn.tdkt.commendation.problem.Refusal;

/** Proposals as the forms send them: rows of nominees, the tờ trình's fields, the per-nominee decisions as JSON. */
abstract class ProposalTestBase extends WorkflowTest {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of(CommendationApplication.ZONE));

  @Autowired ProposalService proposalService;
  @Autowired ProposalSettings proposalSettings;

  /** An individual for the Chairman's certificate of merit, eligible by 2 excellent years and 2 initiatives. */
  static Map<String, Object> merit(String name) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("nomineeName", name);
    row.put("nomineeKind", "INDIVIDUAL");
    row.put("nomineePosition", "Chấp hành viên");
    row.put("awardType", "BANG_KHEN_CHU_TICH_TINH");
    row.put("achievementSummary", "Hoàn thành xuất sắc nhiệm vụ năm " + YEAR);
    row.put("consecutiveExcellentYears", 2);
    row.put("recognisedInitiatives", 2);
    return row;
  }

  /** A provincial emulation fighter (the Council votes; public notice). */
  static Map<String, Object> fighter(String name) {
    Map<String, Object> row = merit(name);
    row.put("awardType", "CHIEN_SI_THI_DUA_TINH");
    row.put("consecutiveGrassrootsFighterYears", 3);
    row.put("recognisedInitiatives", 1);
    return row;
  }

  /** "Tập thể lao động xuất sắc" meeting Art. 27 (no Council vote: the Chairman's list). */
  static Map<String, Object> excellentCollective(String name) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("nomineeName", name);
    row.put("nomineeKind", "COLLECTIVE");
    row.put("awardType", "TAP_THE_LAO_DONG_XUAT_SAC");
    row.put("achievementSummary", "Tập thể hoàn thành xuất sắc nhiệm vụ năm " + YEAR);
    row.put("allMembersCompleteTasks", true);
    row.put("advancedWorkerShare", 80);
    row.put("grassrootsFighterCount", 2);
    return row;
  }

  static Map<String, Object> header(String kind) {
    Map<String, Object> v = new HashMap<>();
    v.put(VAR_KIND, kind);
    v.put(VAR_YEAR, YEAR);
    v.put(VAR_SUBMISSION_NUMBER, "15/TTr-CTHADS");
    v.put(VAR_SUBMISSION_DATE, TODAY.toString());
    v.put(VAR_SIGNER, "Lê Văn Thủ");
    return v;
  }

  /** Starts a proposal as the nominator, with the rows as Tasklist sends a dynamic list (a JSON variable). */
  ProcessInstance propose(String nominator, Map<String, Object> header, List<Map<String, Object>> rows) {
    VariableMap v = Variables.fromMap(header);
    v.putValueTyped(VAR_NOMINEES, Inputs.json(rows));
    return as(nominator, () -> runtime.startProcessInstanceByKey(KEY, v));
  }

  ProcessInstance propose(String kind, List<Map<String, Object>> rows) {
    return propose("nominator.thads", header(kind), rows);
  }

  Proposal proposalOf(ProcessInstance pi) {
    return proposalService.ofProcess(pi.getId());
  }

  List<CommendationCase> nominees(ProcessInstance pi) {
    return proposalService.nominees(proposalOf(pi));
  }

  CommendationCase nominee(ProcessInstance pi, String name) {
    return nominees(pi).stream().filter(c -> c.getNomineeName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no nominee " + name));
  }

  CommendationCase caseRecord(String caseNumber) {
    return caseRepository.findByCaseNumber(caseNumber).orElseThrow();
  }

  /** A checklist's value as Tasklist sends it: a JSON list of the chosen case numbers. */
  static Object checked(List<String> caseNumbers) {
    return Inputs.json(caseNumbers);
  }

  /** The head signs; strikes the named nominees with the reason, if any. */
  void endorse(ProcessInstance pi, List<String> struck, String reason) {
    complete("head.thads", pi, ENDORSE, VAR_ENDORSEMENT_OUTCOME, APPROVE, VAR_STRUCK, checked(struck),
        VAR_STRIKE_REASON, reason);
  }

  void endorse(ProcessInstance pi) {
    complete("head.thads", pi, ENDORSE, VAR_ENDORSEMENT_OUTCOME, APPROVE);
  }

  void receive(ProcessInstance pi) {
    complete("officer.ban", pi, RECEIVE, VAR_RECEPTION_OUTCOME, COMPLETE_DOSSIER);
  }

  /** The Board's appraisal: every open nominee approved but those excluded or sent back for a supplement. */
  void appraise(ProcessInstance pi, List<String> excludedNames, String reason, List<String> supplementNames,
      String note) {
    complete("officer.ban", pi, APPRAISE, VAR_EXCLUDED, checked(numbers(pi, excludedNames)), VAR_EXCLUSION_REASON,
        reason, VAR_SUPPLEMENTED, checked(numbers(pi, supplementNames)), VAR_SUPPLEMENT_NOTE, note);
  }

  void appraiseAll(ProcessInstance pi) {
    complete("officer.ban", pi, APPRAISE);
  }

  List<String> numbers(ProcessInstance pi, List<String> names) {
    return names.stream().map(n -> nominee(pi, n).getCaseNumber()).toList();
  }

  /** The cluster proposes every nominee it reviews (a flag with 6 of 7 votes). */
  void clusterApprovesAll(ProcessInstance pi) {
    complete("lead.cum9", pi, REVIEW_IN_CLUSTER, VAR_CLUSTER_VOTES_FOR, 6, VAR_CLUSTER_VOTES_TOTAL, 7);
  }

  /** The "commendation-case" instance of a nominee (running or ended). */
  ProcessInstance caseProcess(String caseNumber) {
    ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(CaseProcess.KEY)
        .processInstanceBusinessKey(caseNumber).singleResult();
    if (pi != null) {
      return pi;
    }
    var ended = history.createHistoricProcessInstanceQuery().processDefinitionKey(CaseProcess.KEY)
        .processInstanceBusinessKey(caseNumber).singleResult();
    if (ended == null) {
      throw new AssertionError("no case process for " + caseNumber);
    }
    return new EndedInstance(ended.getId(), caseNumber);
  }

  /** The refusal a call ends with, whether the engine wrapped it (a task listener's) or not. */
  static Refusal refused(org.junit.jupiter.api.function.Executable call) {
    RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, call);
    Refusal r = Refusal.findIn(e);
    if (r == null) {
      throw new AssertionError("not a refusal", e);
    }
    return r;
  }

  /**
   * The signer of each award type's list answers (the Chairman, or the Vice-Chairman the settings give the award
   * type); approved lists are numbered by the clerk from the register, as after a Council session.
   */
  void decideList(ProcessInstance list, String outcome, String comment) {
    for (org.camunda.bpm.engine.task.Task t : tasks.createTaskQuery().processInstanceId(list.getId())
        .taskDefinitionKey(DecisionListProcess.APPROVE_DECISION).list()) {
      String signer = t.getAssignee() != null ? t.getAssignee() : "chairman";
      Map<String, Object> v = new java.util.HashMap<>();
      v.put(vn.tdkt.commendation.council.CouncilProcess.VAR_CHAIRMAN_OUTCOME, outcome);
      if (comment != null) {
        v.put(vn.tdkt.commendation.council.CouncilProcess.VAR_COMMENT, comment);
      }
      as(signer, () -> tasks.complete(t.getId(), v));
    }
    while (tasks.createTaskQuery().processInstanceId(list.getId()).taskDefinitionKey(DecisionListProcess.RECORD_NUMBER)
        .count() > 0) {
      recordNextNumber(list);
    }
  }

  /** Tasks open now, by task key, in the whole engine. */
  long openTasks(String taskKey) {
    return tasks.createTaskQuery().taskDefinitionKey(taskKey).count();
  }

  /** A historic instance seen as a ProcessInstance, for assertions on ended cases. */
  record EndedInstance(String id, String businessKey) implements ProcessInstance {
    @Override public String getProcessDefinitionId() { return null; }
    @Override public String getProcessDefinitionKey() { return CaseProcess.KEY; }
    @Override public String getBusinessKey() { return businessKey; }
    @Override public String getRootProcessInstanceId() { return id; }
    @Override public String getCaseInstanceId() { return null; }
    @Override public boolean isSuspended() { return false; }
    @Override public String getId() { return id; }
    @Override public boolean isEnded() { return true; }
    @Override public String getProcessInstanceId() { return id; }
    @Override public String getTenantId() { return null; }
  }
}
