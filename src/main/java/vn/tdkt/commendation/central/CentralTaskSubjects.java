package vn.tdkt.commendation.central;

import static vn.tdkt.commendation.central.CentralProcess.*;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.TaskSubjects;

/** A central proposal's task is about its case and the state award: "TDKT-2026-00012 · Nguyễn Thị Mai · Bằng khen…". */
@Component
class CentralTaskSubjects implements TaskSubjects {

  @Override
  public String processKey() {
    return KEY;
  }

  @Override
  public String subject(DelegateTask task) {
    return Stream.of(task.getExecution().getProcessBusinessKey(), task.getVariable(VAR_NOMINEE_NAME),
            task.getVariable(VAR_AWARD_LABEL))
        .filter(Objects::nonNull).map(Object::toString).filter(s -> !s.isBlank())
        .collect(Collectors.joining(" · "));
  }
}
