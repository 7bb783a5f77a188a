package vn.tdkt.commendation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.council.CouncilProcess;
import vn.tdkt.commendation.nomination.NominationProcess;

/**
 * Tasklist lists tasks through saved filters ("Việc của tôi", "Việc của đơn vị", "Quá hạn"), whose queries run
 * inside the filter's own command: they are narrowed like every other task query, so a Council member sees only
 * their own ballot and a unit only its own cases' tasks.
 */
class TaskVisibilityFilterTest extends WorkflowTest {

  @Autowired FilterService filters;

  @Test
  void aFilterListsOnlyTheTasksTheCallerIsACandidateOf() {
    var thads = nominate("nominator.thads", meritNomination("Lọc Văn Một"));
    nominatedAndAppraised(fighterNomination("Lọc Thị Hai"));
    var session = openCouncilSession(null);
    Task own = ballotTask(session, "council.1");

    for (Filter filter : filters.createFilterQuery().list()) {
      List<Task> ofMember = as("council.1", () -> filters.<Task>list(filter.getId()));
      assertThat(ofMember).as(filter.getName()).allMatch(t -> t.getId().equals(own.getId()));
      assertThat(as("council.1", () -> filters.count(filter.getId()))).as(filter.getName())
          .isEqualTo(ofMember.size());
      List<Task> extended = as("council.1", () -> filters.<Task, org.camunda.bpm.engine.task.TaskQuery>list(
          filter.getId(), tasks.createTaskQuery().processDefinitionKey(CouncilProcess.KEY)));
      assertThat(extended).as(filter.getName()).allMatch(t -> t.getId().equals(own.getId()));
      // another unit sees nothing of thads's nomination
      assertThat(as("head.ca", () -> filters.<Task>list(filter.getId()))).as(filter.getName())
          .noneMatch(t -> t.getProcessInstanceId().equals(thads.getId()));
    }
    Filter mine = filters.createFilterQuery().filterName("Việc của tôi").singleResult();
    assertThat(as("council.1", () -> filters.<Task>list(mine.getId()))).extracting(Task::getId).containsExactly(own.getId());
    assertThat(as("head.thads", () -> filters.<Task>list(mine.getId()))).extracting(Task::getTaskDefinitionKey)
        .containsExactly(NominationProcess.ENDORSE);
  }
}
