package vn.tdkt.commendation.nomination;

import java.util.Objects;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Writes a process variable only when its value changes. With history level full every write is a
 * history row (and a runtime update), even when it stores the value the variable already has.
 */
final class ChangedValues {

  private ChangedValues() {
  }

  /** Sets the variable unless it already holds an equal value of the same Java type. */
  static void set(VariableScope scope, String name, Object value) {
    Object current = scope.getVariable(name);
    if (current != null && value != null && current.getClass() == value.getClass() && Objects.equals(current, value)) {
      return;
    }
    scope.setVariable(name, value);
  }
}
