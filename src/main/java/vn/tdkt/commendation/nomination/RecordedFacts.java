package vn.tdkt.commendation.nomination;

import java.util.List;

import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.registry.AwardRegistry;
import vn.tdkt.commendation.registry.EligibilityFacts;

/**
 * What the year's records say about a nomination before the eligibility table reads it: the awards registry's
 * figures win over the unit's declaration where it holds records (the table reads the effective ones), the
 * differences go into the reason the nominator and the Board read, and the initiatives counted are held for the
 * case. Issue 14's hook into the nomination; docs/year-cycle.md.
 */
class RecordedFacts {

  /** The facts the table reads, the note to add to its reason, other awards of the same year. */
  record Checked(EligibilityFacts.Counts counts, String note, List<String> sameYearAwards, List<Long> initiatives) {
  }

  private final AwardRegistry registry;

  RecordedFacts(AwardRegistry registry) {
    this.registry = registry;
  }

  Checked of(CommendationCase c) {
    EligibilityFacts facts = registry.facts(
        new AwardRegistry.Nominee(c.getUnitCode(), c.getNomineeKind(), c.getNomineeName(), null), c.getAwardType(),
        c.getEmulationYear(), new EligibilityFacts.Counts(c.getConsecutiveGrassrootsFighterYears(),
            c.getConsecutiveExcellentYears(), c.getRecognisedInitiatives()), c.getCaseNumber());
    return new Checked(facts.effective(), facts.summary(), facts.sameYearAwards(), facts.initiativeIds());
  }

  /** The initiatives an eligible case will use are held for it; a case that is not eligible holds none. */
  void hold(String caseNumber, Checked checked, boolean eligible) {
    registry.reserveInitiatives(caseNumber, eligible ? checked.initiatives() : List.of());
  }
}
