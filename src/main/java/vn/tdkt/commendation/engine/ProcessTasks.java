package vn.tdkt.commendation.engine;

import java.util.Map;
import java.util.Set;

/**
 * What one process of the product tells the engine guards about its user tasks. Each feature publishes one
 * bean per process it owns; the guards collect them, so this generic layer knows no feature.
 */
public interface ProcessTasks {

  /** The process definition key. */
  String processKey();

  /** The variables each user task accepts: the fields of its form, nothing else (an empty set: none). */
  Map<String, Set<String>> inputs();

  /**
   * Secret-ballot tasks: bound to the person (or unit) they were created for. Nobody may hand them on, add or
   * remove people, raise a BPMN error on them, or write variables to them; claiming an open one for oneself is
   * the only assignment change.
   */
  default Set<String> ballots() {
    return Set.of();
  }
}
