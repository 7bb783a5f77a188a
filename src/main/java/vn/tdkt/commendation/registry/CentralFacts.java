package vn.tdkt.commendation.registry;

import java.util.List;

/**
 * The registry's view of the central routes' facts (provincial fighter streak, a provincial certificate of merit
 * and the good years after it, grassroots fighter titles since): where it holds records, they win over the
 * declaration, each difference listed.
 */
public record CentralFacts(EligibilityFacts.Match match, Counts declared, Counts effective, List<String> differences) {

  public record Counts(int provincialFighterTimes, boolean provincialMerit, int goodYears, int grassrootsTimes) {
  }

  public String summary() {
    return differences.isEmpty() ? "" : "Theo sổ theo dõi khen thưởng: " + String.join("; ", differences) + ".";
  }
}
