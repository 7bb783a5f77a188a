package vn.tdkt.commendation.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who sees and works a task is decided by the task's own candidates, not by one authorization row per task.
 *
 * <p>Camunda writes, for every new task, an authorization row per candidate group and assignee, and its task
 * query joins every open task with those rows: the count of a task list grows with all open tasks of the province
 * (seconds at 10,000 on PostgreSQL, docs/benchmarks.md). Here:
 * <ul>
 * <li>no per-task authorization rows are written ({@link NoTaskRows}); each role holds READ_TASK, TASK_WORK and
 * TASK_ASSIGN on the process definitions it works on (tdkt.security.grants);</li>
 * <li>every task query of a signed-in official (not the administrator, not the product itself) is narrowed to the
 * tasks the caller is a candidate of — as a person or through a group — claimed or not ({@link Interceptor}):
 * the Tasklist's lists (saved filters, their lists and counts), {@code GET /task}, a task read by its id;</li>
 * <li>a task created for one person (a Council ballot) gets that person as a candidate too, so that rule needs no
 * exception;</li>
 * <li>CommandGuard refuses every other command on a task (its form, variables, comments, completion) to anyone who
 * is neither its assignee nor a candidate.</li>
 * </ul>
 * The query then starts from the caller's identity links (indexed by group and user), not from every task.
 */
@Component
class TaskVisibility extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new NoTaskRows());
    Interceptors.append(configuration, Interceptor::new);
    List<BpmnParseListener> parse = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    parse.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskVisibility::assigneeIsCandidate);
      }
    });
    configuration.setCustomPostBPMNParseListeners(parse);
  }

  /** A task created with an assignee (a ballot for one member) lists that person among its candidates. */
  static void assigneeIsCandidate(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee != null && task.getCandidates().stream().noneMatch(link -> assignee.equals(link.getUserId()))) {
      task.addCandidateUser(assignee);
    }
  }

  /** Camunda's default grants for new processes and users, but none per task. */
  static class NoTaskRows extends DefaultAuthorizationProvider {

    private static final AuthorizationEntity[] NONE = new AuthorizationEntity[0];

    @Override
    public AuthorizationEntity[] newTask(Task task) {
      return NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
      return NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
      return NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
      return NONE;
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
      return NONE;
    }

    @Override
    public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
      return NONE;
    }

    @Override
    public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
      return NONE;
    }
  }

  /** Narrows every task query of a signed-in official to the tasks the caller is a candidate of. */
  static class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof TaskQueryImpl query) {
        CommandContext context = Context.getCommandContext();
        if (context != null && !Callers.isSystem(context) && !Callers.isAdmin(context)
            && !isNarrowed(query, Callers.userId(context))) {
          query.or().taskCandidateUser(Callers.userId(context)).includeAssignedTasks().endOr();
        }
      } else if (command instanceof AbstractExecuteFilterCmd filterCommand) {
        narrowFilter(filterCommand);
      }
      return next.execute(command);
    }

    /**
     * A saved filter (Tasklist's lists and their counts) runs its stored query inside its own command, never
     * through this interceptor: the narrowing goes into the query the filter is extended with.
     */
    private static void narrowFilter(AbstractExecuteFilterCmd command) {
      CommandContext context = Context.getCommandContext();
      if (context == null || Callers.isSystem(context) || Callers.isAdmin(context)) {
        return;
      }
      String filterId = InputGuard.field(command, AbstractExecuteFilterCmd.class, "filterId");
      FilterEntity filter = filterId == null ? null
          : context.runWithoutAuthorization(() -> context.getFilterManager().findFilterById(filterId));
      if (filter == null || !EntityTypes.TASK.equals(filter.getResourceType())) {
        return; // the command itself answers "not found"; other filters list no tasks
      }
      Object extending = InputGuard.field(command, AbstractExecuteFilterCmd.class, "extendingQuery");
      TaskQueryImpl query = extending instanceof TaskQueryImpl q ? q : new TaskQueryImpl();
      if (!isNarrowed(query, Callers.userId(context))) {
        query.or().taskCandidateUser(Callers.userId(context)).includeAssignedTasks().endOr();
      }
      InputGuard.set(command, AbstractExecuteFilterCmd.class, "extendingQuery", query);
    }

    /** A REST list asks the same query object for its count and its page: narrowed once. */
    private static boolean isNarrowed(TaskQueryImpl query, String userId) {
      return query.getQueries().stream().anyMatch(q -> q != query && userId.equals(q.getCandidateUser())
          && Boolean.TRUE.equals(q.isIncludeAssignedTasksInternal()));
    }
  }

  /** Whether the person may see and work the task: its assignee, a candidate person, or in a candidate group. */
  static boolean isCandidate(CommandContext context, TaskEntity task, String userId) {
    if (userId == null) {
      return false;
    }
    if (userId.equals(task.getAssignee())) {
      return true;
    }
    return context.runWithoutAuthorization(() -> {
      List<String> groups = new ArrayList<>();
      for (IdentityLinkEntity link : task.getIdentityLinks()) {
        if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
          continue;
        }
        if (userId.equals(link.getUserId())) {
          return true;
        }
        if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
      List<String> callerGroups = context.getAuthentication() != null
          && userId.equals(context.getAuthentication().getUserId()) ? context.getAuthentication().getGroupIds() : null;
      if (callerGroups != null) {
        return groups.stream().anyMatch(callerGroups::contains);
      }
      return groups.stream().anyMatch(g -> context.getReadOnlyIdentityProvider().createUserQuery()
          .userId(userId).memberOfGroup(g).count() > 0);
    });
  }
}
