package vn.tdkt.commendation.cluster;

import static vn.tdkt.commendation.cluster.ClusterRoundProcess.*;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.TaskSubjects;
import vn.tdkt.commendation.organisation.OrganisationService;

/**
 * A round's task is about the round and, for a unit's sheet or ballot, the unit: "Tổng kết năm 2026 — Cụm thi
 * đua số 9 · Công an tỉnh".
 */
@Component
class ClusterTaskSubjects implements TaskSubjects {

  private final OrganisationService organisation;

  ClusterTaskSubjects(OrganisationService organisation) {
    this.organisation = organisation;
  }

  @Override
  public String processKey() {
    return KEY;
  }

  @Override
  public String subject(DelegateTask task) {
    Object unitName = task.getVariableLocal(VAR_UNIT_NAME);
    if (unitName == null && task.getExecution().getVariableLocal(VAR_BALLOT_UNIT) instanceof String unit) {
      unitName = organisation.unitName(unit);
    }
    return Stream.of(task.getVariable(VAR_ROUND_TITLE), unitName)
        .filter(Objects::nonNull).map(Object::toString).filter(s -> !s.isBlank())
        .collect(Collectors.joining(" · "));
  }
}
