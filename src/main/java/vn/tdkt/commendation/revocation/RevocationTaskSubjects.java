package vn.tdkt.commendation.revocation;

import static vn.tdkt.commendation.revocation.RevocationProcess.*;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.TaskSubjects;

/** A revocation's task is about the case and its award: "TDKT-2026-00012 · Nguyễn Thị Mai · Bằng khen …". */
@Component
class RevocationTaskSubjects implements TaskSubjects {

  @Override
  public String processKey() {
    return KEY;
  }

  @Override
  public String subject(DelegateTask task) {
    return Stream.of(task.getVariable(VAR_CASE_NUMBER), task.getVariable(VAR_NOMINEE_NAME), task.getVariable(VAR_AWARD_LABEL))
        .filter(Objects::nonNull).map(Object::toString).filter(s -> !s.isBlank())
        .collect(Collectors.joining(" · "));
  }
}
