package vn.tdkt.commendation.nomination;

import java.util.List;

import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.registration.RegistrationCheck;
import vn.tdkt.commendation.registry.AwardRegistry;
import vn.tdkt.commendation.registry.EligibilityFacts;

/**
 * What the year's records say about a nomination before the eligibility table reads it: the awards registry's
 * figures win over the unit's declaration where it holds records (the table reads the effective ones), the
 * differences go into the reason the nominator and the Board read, and the initiatives counted are held for the
 * case; a provincial title the unit did not register is refused or warned about (tdkt.registration.provincial-titles).
 * Issue 14's hook into the nomination; docs/year-cycle.md.
 */
class RecordedFacts {

  /**
   * The facts the table reads, the note to add to its reason, other awards of the same year, and the refusal
   * that overrides the table (a title not registered while the rule is "enforce"), or null.
   */
  record Checked(EligibilityFacts.Counts counts, String note, List<String> sameYearAwards, List<Long> initiatives,
      String refusal) {
  }

  private final AwardRegistry registry;
  private final RegistrationCheck registrations;

  RecordedFacts(AwardRegistry registry, RegistrationCheck registrations) {
    this.registry = registry;
    this.registrations = registrations;
  }

  Checked of(CommendationCase c) {
    EligibilityFacts facts = registry.facts(
        new AwardRegistry.Nominee(c.getUnitCode(), c.getNomineeKind(), c.getNomineeName(), null), c.getAwardType(),
        c.getEmulationYear(), new EligibilityFacts.Counts(c.getConsecutiveGrassrootsFighterYears(),
            c.getConsecutiveExcellentYears(), c.getRecognisedInitiatives()), c.getCaseNumber());
    RegistrationCheck.Verdict registered = registrations.check(c.getUnitCode(), c.getEmulationYear(), c.getAwardType(),
        c.getNomineeKind(), c.getNomineeName());
    String note = (facts.summary() + (registered.blocks() ? "" : " " + registered.note())).strip();
    return new Checked(facts.effective(), note, facts.sameYearAwards(), facts.initiativeIds(),
        registered.blocks() ? registered.note() : null);
  }

  /** The initiatives an eligible case will use are held for it; a case that is not eligible holds none. */
  void hold(String caseNumber, Checked checked, boolean eligible) {
    registry.reserveInitiatives(caseNumber, eligible ? checked.initiatives() : List.of());
  }
}
