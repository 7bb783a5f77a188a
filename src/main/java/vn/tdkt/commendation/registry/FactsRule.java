package vn.tdkt.commendation.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import vn.tdkt.commendation.registry.EligibilityFacts.Counts;
import vn.tdkt.commendation.registry.EligibilityFacts.Match;

/**
 * The pure rule behind {@link EligibilityFacts}: from what the unit declared and what the registry holds of
 * one person, the figures to count and the differences. A streak of yearly titles ends in the nomination's year
 * when that year is recorded, else in the year before (the year's grassroots titles may not be decided yet).
 * Initiatives count when recognised in the last {@code initiativeYears} years up to the nomination's year and
 * not used or held by another case; the award takes the oldest it needs.
 */
final class FactsRule {

  /** An award of the registry as the rule sees it. */
  record Entry(Title title, int year, boolean revoked, String decisionNumber) {
  }

  /** An initiative as the rule sees it; {@code heldBy} the case that used or reserved it, if another one. */
  record Idea(long id, String title, int year, String heldBy, String usedFor) {
  }

  private FactsRule() {
  }

  static EligibilityFacts evaluate(Match match, Counts declared, Title award, int year, String caseNumber,
      List<Entry> entries, List<Idea> ideas, int initiativeYears, int initiativesNeeded) {
    if (match != Match.FOUND) {
      List<String> note = match == Match.AMBIGUOUS
          ? List.of("có nhiều người cùng tên trong đơn vị, cần ngày sinh để đối chiếu; dùng số liệu đơn vị kê khai")
          : List.of();
      return new EligibilityFacts(match, declared, declared, note, List.of(), List.of());
    }
    List<Entry> valid = entries.stream().filter(e -> !e.revoked()).toList();
    List<String> differences = new ArrayList<>();

    int grassroots = declared.grassrootsFighterYears();
    Set<Integer> fighterYears = years(valid, Title.CSTD_CO_SO);
    if (!fighterYears.isEmpty()) {
      int recorded = streak(fighterYears, year);
      if (recorded != grassroots) {
        differences.add("số năm liên tục Chiến sĩ thi đua cơ sở: kê khai " + grassroots + ", sổ ghi " + recorded
            + describe(fighterYears));
      }
      grassroots = recorded;
    }

    int excellent = declared.excellentYears();
    Set<Integer> excellentYears = years(valid, Title.HOAN_THANH_XUAT_SAC);
    if (!excellentYears.isEmpty()) {
      int recorded = streak(excellentYears, year);
      if (recorded != excellent) {
        differences.add("số năm liên tục hoàn thành xuất sắc nhiệm vụ: kê khai " + excellent + ", sổ ghi " + recorded
            + describe(excellentYears));
      }
      excellent = recorded;
    }

    int initiatives = declared.initiatives();
    List<Long> chosen = List.of();
    if (!ideas.isEmpty()) {
      List<Idea> inWindow = ideas.stream().filter(i -> i.year() <= year && i.year() > year - initiativeYears)
          .sorted(Comparator.comparingInt(Idea::year).thenComparingLong(Idea::id)).toList();
      List<Idea> free = inWindow.stream().filter(i -> i.heldBy() == null || i.heldBy().equals(caseNumber)).toList();
      if (free.size() != initiatives) {
        StringBuilder d = new StringBuilder("số sáng kiến được công nhận chưa dùng (" + (year - initiativeYears + 1)
            + "–" + year + "): kê khai " + initiatives + ", sổ ghi " + free.size());
        List<String> used = inWindow.stream().filter(i -> i.heldBy() != null && !i.heldBy().equals(caseNumber))
            .map(i -> "\"" + i.title() + "\" đã dùng cho " + (i.usedFor() != null ? i.usedFor() : "hồ sơ " + i.heldBy()))
            .toList();
        if (!used.isEmpty()) {
          d.append(" (").append(String.join(", ", used)).append(')');
        }
        differences.add(d.toString());
      }
      initiatives = free.size();
      chosen = free.stream().limit(initiativesNeeded).map(Idea::id).toList();
    }

    List<String> sameYear = valid.stream()
        .filter(e -> e.year() == year && e.title() != award
            && (e.title().level() == Title.Level.PROVINCIAL || e.title().level() == Title.Level.CENTRAL))
        .map(e -> e.title().label() + (e.decisionNumber() == null ? "" : " (" + e.decisionNumber() + ")"))
        .toList();
    return new EligibilityFacts(match, declared, new Counts(grassroots, excellent, initiatives), differences,
        sameYear, chosen);
  }

  /**
   * The central routes: consecutive provincial fighter titles, the latest provincial certificate of merit (the
   * good years are counted after its year, so a certificate decided this year leaves none) and the grassroots
   * fighter titles since then.
   */
  static CentralFacts central(Match match, CentralFacts.Counts declared, int year, List<Entry> entries) {
    if (match != Match.FOUND) {
      return new CentralFacts(match, declared, declared, match == Match.AMBIGUOUS
          ? List.of("có nhiều người cùng tên trong đơn vị, cần ngày sinh để đối chiếu; dùng số liệu kê khai") : List.of());
    }
    List<Entry> valid = entries.stream().filter(e -> !e.revoked()).toList();
    List<String> differences = new ArrayList<>();
    int fighter = declared.provincialFighterTimes();
    Set<Integer> fighterYears = years(valid, Title.CSTD_TINH);
    if (!fighterYears.isEmpty()) {
      int recorded = streak(fighterYears, year);
      if (recorded != fighter) {
        differences.add("số lần liên tục Chiến sĩ thi đua cấp tỉnh: kê khai " + fighter + ", sổ ghi " + recorded
            + describe(fighterYears));
      }
      fighter = recorded;
    }
    boolean merit = declared.provincialMerit();
    int good = declared.goodYears();
    int grassroots = declared.grassrootsTimes();
    boolean meritRecords = entries.stream().anyMatch(e -> e.title() == Title.BANG_KHEN_CHU_TICH_TINH);
    Integer meritYear = valid.stream().filter(e -> e.title() == Title.BANG_KHEN_CHU_TICH_TINH && e.year() <= year)
        .map(Entry::year).max(Integer::compare).orElse(null);
    if (meritRecords) {
      boolean recorded = meritYear != null;
      if (recorded != merit) {
        differences.add("Bằng khen cấp tỉnh: kê khai " + (merit ? "có" : "không") + ", sổ ghi "
            + (recorded ? "có (năm " + meritYear + ")" : "không (đã bị hủy bỏ)"));
      }
      merit = recorded;
      if (meritYear != null && good > year - meritYear) {
        differences.add("số năm hoàn thành tốt nhiệm vụ sau Bằng khen cấp tỉnh năm " + meritYear + ": kê khai " + good
            + ", tối đa " + (year - meritYear) + " (" + (meritYear + 1) + "–" + year + ")");
        good = year - meritYear;
      }
    }
    Set<Integer> grassrootsYears = years(valid, Title.CSTD_CO_SO);
    if (!grassrootsYears.isEmpty()) {
      int from = meritYear != null ? meritYear + 1 : year - good + 1;
      int recorded = (int) grassrootsYears.stream().filter(y -> y >= from && y <= year).count();
      if (recorded != grassroots) {
        differences.add("số lần Chiến sĩ thi đua cơ sở từ năm " + from + ": kê khai " + grassroots + ", sổ ghi " + recorded);
      }
      grassroots = recorded;
    }
    return new CentralFacts(match, declared, new CentralFacts.Counts(fighter, merit, good, grassroots), differences);
  }

  /** Consecutive years up to {@code year} (or the year before when {@code year} has none). */
  static int streak(Set<Integer> years, int year) {
    int end = years.contains(year) ? year : year - 1;
    int n = 0;
    while (years.contains(end - n)) {
      n++;
    }
    return n;
  }

  private static Set<Integer> years(List<Entry> entries, Title title) {
    return entries.stream().filter(e -> e.title() == title).map(Entry::year).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String describe(Set<Integer> years) {
    return " (năm " + years.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
  }
}
