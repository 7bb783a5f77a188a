package vn.tdkt.commendation.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** Where the engine guards place their command interceptors: inside the command context, after Camunda's own. */
final class Interceptors {

  private Interceptors() {
  }

  /**
   * One interceptor in each of the engine's two command chains (commands that join a transaction and those that
   * start their own): an interceptor is a link of one chain, hence a new one for each.
   */
  static void append(ProcessEngineConfigurationImpl configuration, Supplier<CommandInterceptor> interceptor) {
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(configuration.getCustomPostCommandInterceptorsTxRequired(), interceptor.get()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), interceptor.get()));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(added);
    return interceptors;
  }
}
