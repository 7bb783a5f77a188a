package vn.tdkt.commendation.registry;

import java.util.List;

/**
 * What eligibility should count for one nominee, declared by the unit and recorded in the registry: where the
 * registry holds records of a kind (a person's grassroots fighter titles, yearly ratings, initiatives), it wins
 * over the declaration, and each difference is listed for the official.
 *
 * @param match whether the registry knows the nominee (AMBIGUOUS: namesakes in the unit, told apart only by a
 *     date of birth the nomination does not give; then nothing of the registry is used)
 * @param declared the unit's figures
 * @param effective the figures eligibility uses (the DMN's inputs)
 * @param differences what the registry says otherwise, in Vietnamese, one line each
 * @param sameYearAwards other provincial or central awards of the nominee in the same year ("one achievement,
 *     one award": a second one needs the Board's explicit reason)
 * @param initiativeIds the free initiatives of the registry the award would use (reserved for the case)
 */
public record EligibilityFacts(Match match, Counts declared, Counts effective, List<String> differences,
    List<String> sameYearAwards, List<Long> initiativeIds) {

  public enum Match { NONE, FOUND, AMBIGUOUS }

  /** The three figures the provincial eligibility table reads. */
  public record Counts(int grassrootsFighterYears, int excellentYears, int initiatives) {
  }

  /** One line for the case history and the eligibility reason; empty when nothing differs. */
  public String summary() {
    StringBuilder s = new StringBuilder();
    if (!differences.isEmpty()) {
      s.append("Theo sổ theo dõi khen thưởng: ").append(String.join("; ", differences)).append('.');
    }
    if (!sameYearAwards.isEmpty()) {
      s.append(s.isEmpty() ? "" : " ").append("Trong năm đã được: ").append(String.join("; ", sameYearAwards))
          .append(" (mỗi thành tích chỉ khen một lần: Ban TĐKT cần ghi rõ lý do nếu vẫn đề nghị).");
    }
    return s.toString();
  }
}
