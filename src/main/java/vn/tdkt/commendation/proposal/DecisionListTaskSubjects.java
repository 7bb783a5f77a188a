package vn.tdkt.commendation.proposal;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.council.CouncilProcess;
import vn.tdkt.commendation.engine.TaskSubjects;

/** A decision list's task is about the award it decides: "Danh sách trình trực tiếp · Tập thể lao động xuất sắc". */
@Component
class DecisionListTaskSubjects implements TaskSubjects {

  @Override
  public String processKey() {
    return DecisionListProcess.KEY;
  }

  @Override
  public String subject(DelegateTask task) {
    Object award = task.getVariable(CouncilProcess.VAR_DECISION_AWARD);
    return Stream.of(task.getExecution().getProcessBusinessKey(),
            award instanceof String a ? AwardType.valueOf(a).label() : null)
        .filter(Objects::nonNull).map(Object::toString).filter(s -> !s.isBlank())
        .collect(Collectors.joining(" · "));
  }
}
