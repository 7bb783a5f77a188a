package vn.tdkt.commendation.registry;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.casefile.CasePageSection;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CommendationCase;

/**
 * The case page's "Đối chiếu sổ khen thưởng": what the unit declared, what the registry records and what
 * eligibility counts, the differences, other awards of the year, and the case's own entry once awarded.
 */
@Component
class RegistryCaseSection implements CasePageSection {

  /** What the section shows. */
  record Content(EligibilityFacts facts, AwardEntry entry) {
  }

  private final AwardRegistry registry;
  private final CaseService cases;

  RegistryCaseSection(AwardRegistry registry, CaseService cases) {
    this.registry = registry;
    this.cases = cases;
  }

  @Override
  public String name() {
    return "registryFacts";
  }

  @Override
  public Object contentOf(String caseNumber) {
    CommendationCase c = cases.get(caseNumber);
    EligibilityFacts facts = registry.facts(
        new AwardRegistry.Nominee(c.getUnitCode(), c.getNomineeKind(), c.getNomineeName(), null), c.getAwardType(),
        c.getEmulationYear(), new EligibilityFacts.Counts(c.getConsecutiveGrassrootsFighterYears(),
            c.getConsecutiveExcellentYears(), c.getRecognisedInitiatives()), caseNumber);
    return new Content(facts, registry.entryOf(caseNumber).orElse(null));
  }
}
