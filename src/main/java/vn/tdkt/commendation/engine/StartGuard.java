package vn.tdkt.commendation.engine;

import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import vn.tdkt.commendation.problem.Refusal;

/**
 * An instance of the product's processes begins at its start event, or not at all. A start "before activity
 * X" (REST {@code startInstructions}, a restart, any Java call of the instantiation builder) would skip the step
 * that registers the case and checks who starts it — a nominator could start a nomination at "caseAwarded". Only
 * the product itself (no signed-in caller: the job executor, a system action) may start elsewhere, e.g. when an
 * administrator's migration script needs it.
 *
 * <p>A built-in listener, so that {@code skipCustomListeners} cannot switch it off; on every process of every
 * deployment, so that a model added later is covered without anyone remembering to.
 */
@Component
class StartGuard extends AbstractProcessEnginePlugin {

  static final String REFUSED = "Quy trình chỉ được bắt đầu từ sự kiện bắt đầu của nó; không được bắt đầu tại một bước "
      + "giữa chừng.";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new java.util.ArrayList<>() : new java.util.ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) StartGuard::check);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  static void check(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
    ExecutionEntity instance = (ExecutionEntity) execution;
    if (!instance.isProcessInstanceExecution()) {
      return;
    }
    ActivityImpl initial = instance.getProcessDefinition().getInitial();
    ActivityImpl at = instance.getActivity();
    if (at != null && initial != null && at.getId().equals(initial.getId())) {
      return;
    }
    if (Callers.isSystem(Context.getCommandContext())) {
      return;
    }
    throw Refusal.forbidden(null, REFUSED);
  }
}
