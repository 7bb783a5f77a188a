package vn.tdkt.commendation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.springframework.data.repository.Repository;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The package structure (docs/architecture.md): feature packages under vn.tdkt.commendation with no
 * cycles between them, generic layers that know no feature, and a feature's repositories used only inside
 * it, so that one feature talks to another through its services or events.
 */
@AnalyzeClasses(packages = "vn.tdkt.commendation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String[] GENERIC = {"..commendation.engine..", "..commendation.problem..", "..commendation.audit..",
      "..commendation.calendar.."};

  @ArchTest
  static final ArchRule noCyclesBetweenPackages = slices().matching("vn.tdkt.commendation.(*)..")
      .should().beFreeOfCycles();

  @ArchTest
  static final ArchRule genericLayersImportNoFeature = noClasses().that().resideInAnyPackage(GENERIC)
      .should().dependOnClassesThat(DescribedPredicate.describe("belong to a feature package",
          (JavaClass c) -> c.getPackageName().startsWith("vn.tdkt.commendation.")
              && !c.getPackageName().matches("vn\\.tdkt\\.commendation\\.(engine|problem|audit|calendar)(\\..*)?")));

  @ArchTest
  static final ArchRule repositoriesStayInTheirFeature = classes().that().areAssignableTo(Repository.class)
      .and().resideInAPackage("vn.tdkt.commendation..")
      .should(new ArchCondition<JavaClass>("be used only inside their own package") {
        @Override
        public void check(JavaClass repository, ConditionEvents events) {
          repository.getDirectDependenciesToSelf().stream()
              .filter(d -> !d.getOriginClass().getPackageName().equals(repository.getPackageName()))
              .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
        }
      });
}
