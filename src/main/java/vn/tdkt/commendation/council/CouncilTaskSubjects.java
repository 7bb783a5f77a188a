package vn.tdkt.commendation.council;

import static vn.tdkt.commendation.council.CouncilProcess.*;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.engine.TaskSubjects;
import vn.tdkt.commendation.engine.Timers;

/**
 * A Council task is about its session: a ballot "Phiên họp HD-2026-001 · 3 hồ sơ", due when the vote closes (the
 * voting deadline's timer, so Tasklist shows the date and the "Quá hạn" filter finds it); the Chairman's
 * approval (or signature) "HD-2026-001 · Chiến sĩ thi đua cấp tỉnh · 2 hồ sơ", the clerk's register entry "HD-2026-001 ·
 * Chiến sĩ thi đua cấp tỉnh".
 */
@Component
class CouncilTaskSubjects implements TaskSubjects {

  private final CouncilService council;

  CouncilTaskSubjects(CouncilService council) {
    this.council = council;
  }

  @Override
  public String processKey() {
    return KEY;
  }

  @Override
  public String subject(DelegateTask task) {
    CouncilSession session = council.get(council.sessionIdOf(task.getProcessInstanceId()));
    if (CAST_BALLOT.equals(task.getTaskDefinitionKey())) {
      int cases = council.casesOf(session.getId()).size();
      return "Phiên họp " + session.getSessionNumber() + " · " + cases + " hồ sơ"
          + (session.getRound() > 1 ? " · vòng " + session.getRound() : "");
    }
    if ((SIGN_DECISION.equals(task.getTaskDefinitionKey()) || APPROVE_DECISION.equals(task.getTaskDefinitionKey()))
        && task.getVariable(VAR_DECISION_AWARD) instanceof String award) {
      long cases = council.casesOf(session.getId()).stream().filter(sc -> task.getId().equals(sc.getSigningTaskId()))
          .count();
      return session.getSessionNumber() + " · " + AwardType.valueOf(award).label() + " · " + cases + " hồ sơ";
    }
    if (RECORD_NUMBER.equals(task.getTaskDefinitionKey()) && task.getVariable(VAR_DECISION_AWARD) instanceof String award) {
      return session.getSessionNumber() + " · " + AwardType.valueOf(award).label();
    }
    return session.getSessionNumber();
  }

  @Override
  public Date dueDate(DelegateTask task) {
    return CAST_BALLOT.equals(task.getTaskDefinitionKey())
        ? Timers.boundaryDue(task, VOTING_DEADLINE).orElse(null)
        : null;
  }
}
