package vn.tdkt.commendation.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.engine.SystemAction;

/**
 * The case's process diagram and where the case stands in it. The caller's right to the case was checked
 * against the case record, so the engine is read without the caller's Camunda authorizations (a unit's
 * nominator may read its case but holds no history permission on the process definition).
 */
@Component
class CaseDiagrams {

  record State(List<String> active, List<String> done) {
  }

  private final RepositoryService repository;
  private final HistoryService history;
  private final SystemAction system;

  CaseDiagrams(RepositoryService repository, HistoryService history, SystemAction system) {
    this.repository = repository;
    this.history = history;
    this.system = system;
  }

  Optional<String> xml(CommendationCase c) {
    return system.call(() -> definitionId(c).map(id -> {
      try (InputStream in = repository.getProcessModel(id)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }));
  }

  State state(CommendationCase c) {
    if (c.getProcessInstanceId() == null) {
      return new State(List.of(), List.of());
    }
    return system.call(() -> {
      List<HistoricActivityInstance> all = history.createHistoricActivityInstanceQuery()
          .processInstanceId(c.getProcessInstanceId()).orderPartiallyByOccurrence().asc().list();
      List<String> active = all.stream().filter(a -> a.getEndTime() == null).map(HistoricActivityInstance::getActivityId)
          .distinct().toList();
      List<String> done = all.stream().filter(a -> a.getEndTime() != null).map(HistoricActivityInstance::getActivityId)
          .filter(id -> !active.contains(id)).distinct().toList();
      return new State(active, done);
    });
  }

  private Optional<String> definitionId(CommendationCase c) {
    if (c.getProcessInstanceId() == null) {
      return Optional.empty();
    }
    HistoricProcessInstance pi = history.createHistoricProcessInstanceQuery()
        .processInstanceId(c.getProcessInstanceId()).singleResult();
    return Optional.ofNullable(pi).map(HistoricProcessInstance::getProcessDefinitionId);
  }
}
