package vn.tdkt.commendation.engine;

import java.util.Map;
import java.util.Set;

/**
 * What one process of the product tells the engine guards about its user tasks. Each feature publishes one
 * bean per process it owns (a subclass annotated {@code @Component}); the guards collect them, so this generic
 * layer knows no feature.
 */
public abstract class ProcessTasks {

  private final String processKey;
  private final Map<String, Set<String>> inputs;
  private final Set<String> ballots;

  /**
   * @param processKey the process definition key
   * @param inputs the variables each user task accepts: the fields of its form, nothing else (an empty set: none)
   * @param ballots secret-ballot tasks: bound to the person (or unit) they were created for; nobody may hand them
   *     on, add or remove people, raise a BPMN error on them or write variables to them; claiming an open one for
   *     oneself is the only assignment change
   */
  protected ProcessTasks(String processKey, Map<String, Set<String>> inputs, Set<String> ballots) {
    this.processKey = processKey;
    this.inputs = Map.copyOf(inputs);
    this.ballots = Set.copyOf(ballots);
  }

  public String processKey() {
    return processKey;
  }

  public Map<String, Set<String>> inputs() {
    return inputs;
  }

  public Set<String> ballots() {
    return ballots;
  }
}
