package vn.tdkt.commendation.engine;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractGetFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AddGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AddUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.problem.Refusal;

/**
 * What no door may let a signed-in official do, whatever Camunda's grants say (a task's candidates hold UPDATE on
 * it, which covers far more than their work), checked inside the engine so that REST, the webapps and the Java API
 * are alike:
 * <ul>
 * <li>a task is handed on (assignee, delegate, owner, a user's identity link) only to a member of its candidate
 * groups or a candidate user, and given back (unclaimed) only by its assignee; claiming is for oneself;</li>
 * <li>secret-ballot tasks ({@link ProcessTasks#ballots()}) are never handed on, and keep the people they were
 * created for;</li>
 * <li>adding or removing a candidate group, saving a task (its name, due date, assignee at once — or a new free
 * task), a BPMN error or escalation thrown from a task (it ends the path and carries variables past the input
 * guard), and moving or restarting a running instance are the administrator's.</li>
 * </ul>
 * The product's own calls (no signed-in caller, or a {@link SystemAction}) are not concerned.
 */
@Component
class CommandGuard extends AbstractProcessEnginePlugin {

  static final String ADMIN_ONLY = "Chỉ quản trị hệ thống được thực hiện thao tác này.";
  static final String NOT_A_CANDIDATE = "Chỉ được giao công việc cho người thuộc nhóm xử lý của công việc này.";
  static final String BALLOT = "Phiếu bầu kín chỉ dành cho người được phát phiếu: không được giao, ủy quyền hay thêm "
      + "người khác.";
  static final String CLAIM_FOR_SELF = "Chỉ được nhận xử lý công việc cho chính mình.";
  static final String UNCLAIM_OWN = "Chỉ người đang xử lý công việc mới được trả lại công việc.";
  static final String NOT_YOURS = "Bạn không có quyền với công việc này: chỉ người được giao hoặc thuộc nhóm xử lý "
      + "công việc mới được xem và xử lý.";

  /** Per command class: the field holding the task it acts on, or null (found once by name). */
  private static final Map<Class<?>, Optional<Field>> TASK_ID_FIELDS = new ConcurrentHashMap<>();

  private static final Set<Class<?>> ADMIN_COMMANDS = Set.of(HandleTaskBpmnErrorCmd.class,
      HandleTaskEscalationCmd.class, SaveTaskCmd.class, AddGroupIdentityLinkCmd.class,
      DeleteGroupIdentityLinkCmd.class, ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class,
      ProcessInstanceModificationCmd.class, ProcessInstanceModificationBatchCmd.class,
      RestartProcessInstancesCmd.class);

  private static Optional<Field> taskIdField(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField("taskId");
        if (f.getType() == String.class) {
          f.setAccessible(true);
          return Optional.of(f);
        }
      } catch (NoSuchFieldException e) {
        // look further up
      }
    }
    return Optional.empty();
  }

  private final TaskRules rules;

  CommandGuard(TaskRules rules) {
    this.rules = rules;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Interceptors.append(configuration, () -> new Interceptor(rules));
  }

  static class Interceptor extends CommandInterceptor {

    private final TaskRules rules;

    Interceptor(TaskRules rules) {
      this.rules = rules;
    }

    @Override
    public <T> T execute(Command<T> command) {
      CommandContext context = Context.getCommandContext();
      if (context != null && !Callers.isSystem(context)) {
        check(command, context);
      }
      return next.execute(command);
    }

    private void check(Command<?> command, CommandContext context) {
      boolean admin = Callers.isAdmin(context);
      if (!admin) {
        // whatever the command does with a task — its form, variables, comments, claiming, completing — the
        // caller must be its assignee or one of its candidates (Camunda's grants are per process definition)
        onlyItsPeople(context, taskOf(command));
      }
      if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd
          || command instanceof AddGroupIdentityLinkCmd || command instanceof DeleteGroupIdentityLinkCmd) {
        // never on a ballot, not even by the administrator: it would end or widen a member's secret vote
        refuseOnBallot(context, taskIdOf(command));
      }
      if (ADMIN_COMMANDS.contains(command.getClass())) {
        if (!admin) {
          throw Refusal.forbidden(null, ADMIN_ONLY);
        }
        return;
      }
      String user = Callers.userId(context);
      if (command instanceof ClaimTaskCmd) {
        String target = InputGuard.field(command, ClaimTaskCmd.class, "userId");
        if (target != null && !target.equals(user) && !admin) {
          throw Refusal.forbidden(null, CLAIM_FOR_SELF);
        }
        if (target == null) {
          unclaim(context, InputGuard.field(command, ClaimTaskCmd.class, "taskId"), user, admin);
        }
        return;
      }
      if (command instanceof AssignTaskCmd) {
        String taskId = InputGuard.field(command, AbstractSetTaskPropertyCmd.class, "taskId");
        String target = InputGuard.field(command, AbstractAddIdentityLinkCmd.class, "userId");
        if (target == null) {
          unclaim(context, taskId, user, admin);
        } else {
          handOn(context, taskId, target);
        }
        return;
      }
      if (command instanceof SetTaskOwnerCmd || command instanceof AddUserIdentityLinkCmd) {
        String target = InputGuard.field(command, AbstractAddIdentityLinkCmd.class, "userId");
        handOn(context, InputGuard.field(command, AbstractSetTaskPropertyCmd.class, "taskId"), target);
        return;
      }
      if (command instanceof DelegateTaskCmd) {
        handOn(context, InputGuard.field(command, DelegateTaskCmd.class, "taskId"),
            InputGuard.field(command, DelegateTaskCmd.class, "userId"));
        return;
      }
      if (command instanceof DeleteUserIdentityLinkCmd) {
        handOn(context, InputGuard.field(command, DeleteIdentityLinkCmd.class, "taskId"),
            InputGuard.field(command, DeleteIdentityLinkCmd.class, "userId"));
      }
    }

    private static void onlyItsPeople(CommandContext context, String taskId) {
      TaskEntity task = task(context, taskId);
      if (task != null && !TaskVisibility.isCandidate(context, task, Callers.userId(context))) {
        throw Refusal.forbidden(null, NOT_YOURS).about("Task:" + taskId);
      }
    }

    /** The task a command acts on: a field "taskId" of its class or a superclass, or a task variable command's entity. */
    private static String taskOf(Command<?> command) {
      if (command instanceof org.camunda.bpm.engine.impl.AbstractQuery<?, ?>) {
        return null; // a query is narrowed to the caller's tasks instead (TaskVisibility): not found, not refused
      }
      InputGuard.Submitted variables = InputGuard.submitted(command);
      if (variables != null) {
        return variables.taskId();
      }
      if (command instanceof GetTaskFormVariablesCmd) {
        return InputGuard.field(command, AbstractGetFormVariablesCmd.class, "resourceId");
      }
      Optional<Field> field = TASK_ID_FIELDS.computeIfAbsent(command.getClass(), CommandGuard::taskIdField);
      if (field.isEmpty()) {
        return null;
      }
      try {
        return (String) field.get().get(command);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    private static String taskIdOf(Command<?> command) {
      if (command instanceof HandleTaskBpmnErrorCmd) {
        return InputGuard.field(command, HandleTaskBpmnErrorCmd.class, "taskId");
      }
      if (command instanceof HandleTaskEscalationCmd) {
        return InputGuard.field(command, HandleTaskEscalationCmd.class, "taskId");
      }
      if (command instanceof DeleteIdentityLinkCmd) {
        return InputGuard.field(command, DeleteIdentityLinkCmd.class, "taskId");
      }
      return InputGuard.field(command, AbstractSetTaskPropertyCmd.class, "taskId");
    }

    private void refuseOnBallot(CommandContext context, String taskId) {
      TaskEntity task = task(context, taskId);
      if (task != null && rules.isBallot(task)) {
        throw Refusal.forbidden(null, BALLOT);
      }
    }

    /** Giving a task back: its assignee may, the administrator may; never a ballot. */
    private void unclaim(CommandContext context, String taskId, String user, boolean admin) {
      TaskEntity task = task(context, taskId);
      if (task == null) {
        return; // the command itself answers "not found"
      }
      if (rules.isBallot(task)) {
        throw Refusal.forbidden(null, BALLOT);
      }
      if (!admin && task.getAssignee() != null && !task.getAssignee().equals(user)) {
        throw Refusal.forbidden(null, UNCLAIM_OWN);
      }
    }

    /** Handing a task to someone (or taking someone off it): only a candidate of the task; never a ballot. */
    private void handOn(CommandContext context, String taskId, String target) {
      TaskEntity task = task(context, taskId);
      if (task == null) {
        return;
      }
      if (rules.isBallot(task)) {
        throw Refusal.forbidden(null, BALLOT);
      }
      if (target != null && !TaskVisibility.isCandidate(context, task, target)) {
        throw Refusal.forbidden(null, NOT_A_CANDIDATE);
      }
    }

    private static TaskEntity task(CommandContext context, String taskId) {
      return taskId == null ? null : context.runWithoutAuthorization(() -> context.getTaskManager().findTaskById(taskId));
    }

  }
}
