package vn.tdkt.commendation.nomination;

import static vn.tdkt.commendation.nomination.NominationProcess.*;

import java.util.Date;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CaseStage;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.organisation.Roles;

/** The small steps of the nomination model, each a bean named as the model calls it. */
@Configuration(proxyBeanMethods = false)
class NominationStepDelegates {

  /** The appraisal deadline passed: the Board's heads see the task too, and the case records the breach. */
  @Bean
  JavaDelegate escalateAppraisalDelegate(CaseService cases, TaskService tasks, SystemAction system) {
    return execution -> system.run(() -> {
      Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey(APPRAISE).singleResult();
      if (task != null) {
        tasks.addCandidateGroup(task.getId(), Roles.BOARD_HEADS);
      }
      cases.markAppraisalOverdue(execution.getProcessBusinessKey());
    });
  }

  /**
   * After the unit head's endorsement: a case a cluster round nominated has had its cluster step at the
   * round (minutes and secret-ballot tally), so it goes straight to the Board. The answer comes from the
   * round's JPA link to this case only; whatever the endorsement wrote into the variable is overwritten.
   */
  @Bean
  JavaDelegate clusterRoundCheckDelegate(CaseService cases, ClusterRoundLinks links) {
    return execution -> {
      String caseNumber = execution.getProcessBusinessKey();
      var result = links.resultFor(caseNumber);
      execution.setVariable(VAR_FROM_CLUSTER_ROUND, result.isPresent());
      if (result.isEmpty()) {
        return;
      }
      ClusterRoundLinks.RoundResult r = result.get();
      cases.moveTo(caseNumber, CaseStage.CLUSTER_REVIEW, null);
      execution.setVariable(VAR_CLUSTER_VOTES_FOR, r.votesFor());
      execution.setVariable(VAR_CLUSTER_VOTES_TOTAL, r.votesTotal());
      cases.record(caseNumber, "system", "clusterRoundApproved", r.clusterName() + " đã bình xét, bỏ phiếu kín tại hội nghị: "
          + r.votesFor() + "/" + r.votesTotal() + " phiếu. Biên bản " + r.roundNumber() + ": " + r.minutesPath());
    };
  }

  /** The supplement deadline passed: the case is withdrawn for want of the missing papers. */
  @Bean
  ExecutionListener supplementOverdueListener(CaseService cases, NominationSettings settings) {
    return execution -> {
      String reason = "Quá hạn bổ sung hồ sơ (" + settings.getSupplementDeadline() + ").";
      cases.record(execution.getProcessBusinessKey(), "system", "supplementOverdue", reason);
      execution.getProcessInstance().setVariable(VAR_CLOSING_REASON, Variables.stringValue(reason, true));
    };
  }

  /** The case goes on the public page until the notice period ends. */
  @Bean
  JavaDelegate openPublicNoticeDelegate(CaseService cases, NominationSettings settings) {
    return execution -> {
      Date now = ClockUtil.getCurrentTime();
      Date ends = new Date(now.getTime());
      try {
        DatatypeFactory.newInstance().newDuration(settings.getNoticePeriod()).addTo(ends);
      } catch (DatatypeConfigurationException e) {
        throw new IllegalStateException(e);
      }
      cases.openNotice(execution.getProcessBusinessKey(), ends.toInstant());
    };
  }

  /** The notice period is over: no more complaints, even while earlier ones are still being handled. */
  @Bean
  ExecutionListener noticeEndedListener(CaseService cases) {
    return execution -> cases.endNotice(execution.getProcessBusinessKey());
  }

  @Bean
  ExecutionListener awaitCouncilListener(CaseService cases) {
    return execution -> cases.moveTo(execution.getProcessBusinessKey(), CaseStage.COUNCIL,
        CaseStatus.AWAITING_COUNCIL);
  }

  @Bean
  JavaDelegate announceAwardDelegate(CaseService cases) {
    return execution -> cases.moveTo(execution.getProcessBusinessKey(), CaseStage.ANNOUNCEMENT, null);
  }

  /** Every end event of the nomination closes the case record with the matching final status. */
  @Bean
  ExecutionListener closeCaseListener(CaseService cases) {
    return execution -> cases.close(execution.getProcessBusinessKey(), finalStatus(execution),
        (String) execution.getVariable(VAR_CLOSING_REASON));
  }

  static CaseStatus finalStatus(DelegateExecution execution) {
    return switch (execution.getCurrentActivityId()) {
      case END_AWARDED -> CaseStatus.AWARDED;
      case END_REJECTED -> CaseStatus.REJECTED;
      case END_WITHDRAWN -> CaseStatus.WITHDRAWN;
      default -> throw new IllegalStateException("Not an end of a case: " + execution.getCurrentActivityId());
    };
  }
}
