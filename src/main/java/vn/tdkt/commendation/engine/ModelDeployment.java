package vn.tdkt.commendation.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN, DMN and Camunda Form under {@code processes/} as one deployment.
 *
 * <p>The starter's auto-deployment names a resource after its absolute file path when it runs from
 * a folder and after its bare file name inside a jar, so the same models get new versions whenever
 * the app moves between {@code spring-boot:run}, the fat jar and tests, and it skips {@code .form}
 * files. Here a resource is always named by its path below {@code processes/}, and duplicate
 * filtering makes a restart with unchanged models a no-op.
 */
@Component
class ModelDeployment extends AbstractProcessEnginePlugin {

  static final String DEPLOYMENT_NAME = "commendation-workflow";
  private static final String ROOT = "processes/";
  private static final List<String> KINDS = List.of(".bpmn", ".dmn", ".form");
  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    Resource[] resources = findModels();
    DeploymentBuilder builder = engine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(false);
    for (Resource resource : resources) {
      try (InputStream in = resource.getInputStream()) {
        builder.addInputStream(nameOf(resource), new java.io.ByteArrayInputStream(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read model " + resource, e);
      }
    }
    var deployment = builder.deployWithResult();
    var newProcesses = deployment.getDeployedProcessDefinitions();
    // with duplicate filtering, unchanged models give back the previous deployment and no new definitions
    LOG.info("Models: {} resources, deployment {}, {} new process definitions", resources.length,
        deployment.getId(), newProcesses == null ? 0 : newProcesses.size());
  }

  static Resource[] findModels() {
    try {
      Resource[] all = new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*");
      return Arrays.stream(all)
          .filter(r -> r.getFilename() != null && KINDS.stream().anyMatch(r.getFilename()::endsWith))
          .sorted(Comparator.comparing(ModelDeployment::nameOf))
          .toArray(Resource[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the models under " + ROOT, e);
    }
  }

  /** "forms/nomination-start.form": the path below processes/, the same in a jar and in a folder. */
  static String nameOf(Resource resource) {
    try {
      String url = resource.getURL().toString();
      return url.substring(url.lastIndexOf("/" + ROOT) + ROOT.length() + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
