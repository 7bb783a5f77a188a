package vn.tdkt.commendation.registration;

import java.util.List;

import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.registry.AwardRegistry;
import vn.tdkt.commendation.registry.EligibilityFacts;

/**
 * What the year's records say about a nominee before an eligibility table reads it: the awards registry's figures win
 * over the unit's declaration where it holds records (the table reads the effective ones), the differences go into
 * the reason the nominator, the head and the Board read, and the initiatives counted are held for the case; a
 * provincial title the unit did not register is refused or warned about (tdkt.registration.provincial-titles). Used by
 * the single nomination's and the proposal's eligibility steps; docs/year-cycle.md.
 */
@org.springframework.stereotype.Component
public class RecordedFacts {


  /**
   * The facts the table reads, the note to add to its reason, other awards of the same year, and the refusal
   * that overrides the table (a title not registered while the rule is "enforce"), or null.
   */
  public record Checked(EligibilityFacts.Counts counts, String note, List<String> sameYearAwards, List<Long> initiatives,
      String refusal) {

    /**
     * The table's verdict with the records': the registration rule may refuse, the differences are added, the
     * reason cut to what the record keeps ({@code max} characters).
     */
    public Verdict apply(boolean eligible, String reason, int max) {
      boolean e = eligible;
      String r = reason;
      if (e && refusal != null) {
        e = false;
        r = refusal;
      }
      if (!note.isEmpty()) {
        r = r + " " + note;
        r = r.length() > max ? r.substring(0, max - 1) + "…" : r;
      }
      return new Verdict(e, r);
    }
  }

  public record Verdict(boolean eligible, String reason) {
  }

  private final AwardRegistry registry;
  private final RegistrationCheck registrations;

  RecordedFacts(AwardRegistry registry, RegistrationCheck registrations) {
    this.registry = registry;
    this.registrations = registrations;
  }

  public Checked of(CommendationCase c) {
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
  public void hold(String caseNumber, Checked checked, boolean eligible) {
    registry.reserveInitiatives(caseNumber, eligible ? checked.initiatives() : List.of());
  }
}
