package vn.tdkt.commendation.covenant;

import static vn.tdkt.commendation.covenant.CovenantProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.TaskSubjects;
import vn.tdkt.commendation.organisation.OrganisationService;

/** A covenant's task is about its cluster and year, and a signature about its unit: "Cụm thi đua số 9 · năm 2026 · Công an tỉnh". */
@Component
class CovenantTaskSubjects implements TaskSubjects {

  private final OrganisationService organisation;

  CovenantTaskSubjects(OrganisationService organisation) {
    this.organisation = organisation;
  }

  @Override
  public String processKey() {
    return KEY;
  }

  @Override
  public String subject(DelegateTask task) {
    Object unit = task.getVariable(VAR_MEMBER_UNIT);
    return task.getVariable(VAR_CLUSTER_NAME) + " · năm " + task.getVariable(VAR_YEAR)
        + (unit == null ? "" : " · " + organisation.unitName(unit.toString()));
  }
}
