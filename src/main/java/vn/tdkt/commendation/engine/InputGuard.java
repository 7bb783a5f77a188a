package vn.tdkt.commendation.engine;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Whatever door a task's variables come through (REST complete/submit-form/resolve, PUT or POST
 * .../variables, the Tasklist, the Java API), a task of our processes accepts only the variables its form
 * has (the {@link ProcessTasks#inputs()} its feature published). The command runs first, so the engine's own
 * authorization and the task's listener answer first (403, or the listener's more precise 400); an unknown
 * variable then fails the command inside its transaction, so nothing it did is stored.
 *
 * <p>The engine offers no hook that sees which variables a caller submitted (a completion listener sees the
 * merged process variables), so the variables are read from the command objects of the engine version in
 * use; {@code SecurityHardeningTest} drives every such door, so it fails if a Camunda upgrade renames those fields.
 */
@Component
class InputGuard extends AbstractProcessEnginePlugin {

  private final TaskRules rules;

  InputGuard(TaskRules rules) {
    this.rules = rules;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Interceptors.append(configuration, () -> new Interceptor(rules));
  }

  /** The task and the variable names a command writes or removes, or null when it writes no task variables. */
  record Submitted(String taskId, Collection<String> names) {
  }

  static Submitted submitted(Command<?> command) {
    if (command instanceof CompleteTaskCmd) {
      return new Submitted(field(command, CompleteTaskCmd.class, "taskId"),
          keys(field(command, CompleteTaskCmd.class, "variables")));
    }
    if (command instanceof SubmitTaskFormCmd) {
      return new Submitted(field(command, SubmitTaskFormCmd.class, "taskId"),
          keys(field(command, SubmitTaskFormCmd.class, "properties")));
    }
    if (command instanceof SetTaskVariablesCmd) {
      return new Submitted(field(command, org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd.class, "entityId"),
          keys(field(command, AbstractSetVariableCmd.class, "variables")));
    }
    if (command instanceof RemoveTaskVariablesCmd) {
      Collection<String> names = field(command, AbstractRemoveVariableCmd.class, "variableNames");
      return new Submitted(field(command, org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd.class, "entityId"),
          names == null ? List.of() : names);
    }
    if (command instanceof PatchTaskVariablesCmd) {
      List<String> names = new ArrayList<>(keys(field(command, AbstractPatchVariablesCmd.class, "variables")));
      Collection<String> deletions = field(command, AbstractPatchVariablesCmd.class, "deletions");
      if (deletions != null) {
        names.addAll(deletions);
      }
      return new Submitted(field(command, AbstractPatchVariablesCmd.class, "entityId"), names);
    }
    return null;
  }

  private static Collection<String> keys(Map<String, ?> variables) {
    return variables == null ? List.of() : variables.keySet();
  }

  /** Sets a field of a command object of the engine version in use (see {@link #field}). */
  static void set(Object target, Class<?> owner, String name, Object value) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      f.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Camunda changed " + owner.getName() + "." + name + ": an engine guard needs an update", e);
    }
  }

  @SuppressWarnings("unchecked")
  static <T> T field(Object target, Class<?> owner, String name) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return (T) f.get(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Camunda changed " + owner.getName() + "." + name + ": InputGuard needs an update", e);
    }
  }

  static class Interceptor extends CommandInterceptor {

    private final TaskRules rules;

    Interceptor(TaskRules rules) {
      this.rules = rules;
    }

    @Override
    public <T> T execute(Command<T> command) {
      Submitted submitted = submitted(command);
      if (submitted == null || submitted.names().isEmpty() || submitted.taskId() == null) {
        return next.execute(command);
      }
      CommandContext context = Context.getCommandContext();
      Set<String> allowed = rules.inputsOf(context.getTaskManager().findTaskById(submitted.taskId()));
      T result = next.execute(command);
      if (allowed != null) {
        Inputs.onlyKnown(submitted.names(), allowed);
      }
      return result;
    }
  }
}
