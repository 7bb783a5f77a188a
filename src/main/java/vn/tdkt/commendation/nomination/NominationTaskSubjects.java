package vn.tdkt.commendation.nomination;

import static vn.tdkt.commendation.nomination.NominationProcess.*;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.TaskSubjects;

/** A nomination's task is about its case: "TDKT-2026-00012 · Nguyễn Thị Mai · Cục Thi hành án dân sự tỉnh". */
@Component
class NominationTaskSubjects implements TaskSubjects {

  static final String DOT = " · ";

  @Override
  public String processKey() {
    return KEY;
  }

  @Override
  public String subject(DelegateTask task) {
    return Stream.of(task.getExecution().getProcessBusinessKey(), task.getVariable(VAR_NOMINEE_NAME),
            task.getVariable(VAR_UNIT_NAME))
        .filter(Objects::nonNull).map(Object::toString).filter(s -> !s.isBlank())
        .collect(Collectors.joining(DOT));
  }
}
