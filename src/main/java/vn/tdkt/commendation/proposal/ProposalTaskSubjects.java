package vn.tdkt.commendation.proposal;

import static vn.tdkt.commendation.proposal.ProposalProcess.*;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.TaskSubjects;

/** A proposal's task is about its tờ trình: "DN-2026-00001 · Cục Thi hành án dân sự tỉnh · Thường xuyên, hằng năm". */
@Component
class ProposalTaskSubjects implements TaskSubjects {

  @Override
  public String processKey() {
    return KEY;
  }

  @Override
  public String subject(DelegateTask task) {
    return Stream.of(task.getExecution().getProcessBusinessKey(), task.getVariable(VAR_UNIT_NAME),
            task.getVariable(VAR_KIND_LABEL))
        .filter(Objects::nonNull).map(Object::toString).filter(s -> !s.isBlank())
        .collect(Collectors.joining(" · "));
  }
}
