package vn.tdkt.commendation.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The flag and merit rules on vote maps, as the minutes of a round would show them (defaults: > 50%, 1 flag, 3 merits). */
class ClusterTallyTest {

  private final ClusterTally tally = new ClusterTally(0.5, 1, 0.5, 3);

  private static Map<String, Integer> votes(Object... unitThenVotes) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    for (int i = 0; i < unitThenVotes.length; i += 2) {
      votes.put((String) unitThenVotes[i], (Integer) unitThenVotes[i + 1]);
    }
    return votes;
  }

  @Test
  void aUnitAloneAtTheTopWithMoreThanHalfOfTheBallotsGetsTheFlag() {
    ClusterTally.FlagOutcome outcome = tally.flag(votes("ca", 4, "qs", 2, "vks", 1), 7);
    assertTrue(outcome.decided());
    assertEquals(List.of("ca"), outcome.winners());
  }

  @Test
  void exactlyHalfOfTheBallotsIsNotAMajority() {
    ClusterTally.FlagOutcome outcome = tally.flag(votes("ca", 3, "qs", 2, "vks", 1), 6);
    assertFalse(outcome.decided());
    assertEquals(List.of("ca", "qs"), outcome.runOff());
  }

  @Test
  void unitsTiedForTheMostVotesGoToARunOffAmongThemselves() {
    ClusterTally.FlagOutcome outcome = tally.flag(votes("ca", 3, "qs", 1, "vks", 3), 7);
    assertFalse(outcome.decided());
    assertEquals(List.of("ca", "vks"), outcome.runOff());
  }

  @Test
  void aLeaderWithoutMajorityMeetsEveryUnitTiedSecondInTheRunOff() {
    ClusterTally.FlagOutcome outcome = tally.flag(votes("ca", 3, "qs", 2, "thads", 1, "vks", 2), 8);
    assertEquals(List.of("ca", "qs", "vks"), outcome.runOff());
  }

  @Test
  void noVotesOrNoFlagQuotaDecidesWithoutAWinner() {
    assertEquals(new ClusterTally.FlagOutcome(true, List.of(), List.of()), tally.flag(votes(), 0));
    assertEquals(new ClusterTally.FlagOutcome(true, List.of(), List.of()),
        new ClusterTally(0.5, 0, 0.5, 3).flag(votes("ca", 7), 7));
  }

  @Test
  void meritGoesToUnitsOverHalfMostVotesFirstWithoutTheFlagWinner() {
    Map<String, Integer> merit = tally.merit(votes("ca", 7, "qs", 4, "thads", 5, "vks", 3), 7, List.of("ca"));
    assertEquals(List.of("thads", "qs"), List.copyOf(merit.keySet()));
    assertEquals(5, merit.get("thads"));
  }

  @Test
  void unitsTiedAcrossTheMeritQuotaAreAllLeftOut() {
    ClusterTally twoMerits = new ClusterTally(0.5, 1, 0.5, 2);
    Map<String, Integer> merit = twoMerits.merit(votes("a", 6, "b", 5, "c", 5, "d", 1), 7, List.of());
    assertEquals(Map.of("a", 6), merit);
  }
}
