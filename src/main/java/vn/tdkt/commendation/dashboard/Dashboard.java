package vn.tdkt.commendation.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CaseEvent;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CaseStage;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.organisation.Cluster;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Unit;

/**
 * The Board's figures for an emulation year, from the case records: counts by status, award, unit and
 * cluster; how long the stages take (median and 90th percentile, from the history's timestamps); the
 * appraisals that are late.
 */
@Service
@Transactional(readOnly = true)
class Dashboard {

  /** One stage's processing times, in hours, over the cases that went through it. */
  record StageTime(CaseStage stage, int cases, double medianHours, double p90Hours) {

    /** What the Board reads: days (a stage lasts days or weeks; hours of 24 are not what anyone counts). */
    public double medianDays() {
      return medianHours / 24;
    }

    public double p90Days() {
      return p90Hours / 24;
    }

  }

  record Figures(int year, int total, Map<String, Long> byStatus, Map<String, Long> byAward, Map<String, Long> byUnit,
      Map<String, Long> byCluster, List<StageTime> stageTimes, List<CommendationCase> overdue) {
  }

  private final CaseService cases;
  private final OrganisationService organisation;

  Dashboard(CaseService cases, OrganisationService organisation) {
    this.cases = cases;
    this.organisation = organisation;
  }

  Figures figures(int year, Instant now) {
    List<CommendationCase> all = cases.ofYear(year);
    Map<String, Long> byStatus = new LinkedHashMap<>();
    for (CaseStatus s : CaseStatus.values()) {
      byStatus.put(s.name(), count(all, c -> c.getStatus() == s));
    }
    Map<String, Long> byAward = new LinkedHashMap<>();
    for (AwardType a : AwardType.values()) {
      byAward.put(a.label(), count(all, c -> c.getAwardType() == a));
    }
    Map<String, Long> byUnit = new LinkedHashMap<>();
    for (Unit u : organisation.allUnits()) {
      byUnit.put(u.getName(), count(all, c -> c.getUnitCode().equals(u.getCode())));
    }
    Map<String, Long> byCluster = new LinkedHashMap<>();
    for (Cluster k : organisation.clustersByCode().values()) {
      byCluster.put(k.getName(), count(all, c -> c.getClusterCode().equals(k.getCode())));
    }
    List<CommendationCase> overdue = all.stream().filter(CommendationCase::isAppraisalOverdue)
        .filter(c -> !c.getStatus().isFinal()).toList();
    return new Figures(year, all.size(), byStatus, byAward, byUnit, byCluster, stageTimes(all, now), overdue);
  }

  /**
   * A case spends a stage from the first history line written in it to the first line of the next stage;
   * the stage it is in now counts until {@code now} only once it has ended, so open cases do not pull the
   * figures down.
   */
  static List<StageTime> stageTimes(List<CommendationCase> all, Instant now) {
    Map<CaseStage, List<Double>> hours = new EnumMap<>(CaseStage.class);
    for (CommendationCase c : all) {
      List<CaseEvent> events = c.getEvents();
      CaseStage current = null;
      Instant since = null;
      for (CaseEvent e : events) {
        if (e.getStage() != current) {
          if (current != null) {
            hours.computeIfAbsent(current, k -> new ArrayList<>()).add(hoursBetween(since, e.getAt()));
          }
          current = e.getStage();
          since = e.getAt();
        }
      }
    }
    List<StageTime> result = new ArrayList<>();
    for (CaseStage stage : CaseStage.values()) {
      List<Double> h = hours.getOrDefault(stage, List.of());
      if (!h.isEmpty()) {
        List<Double> sorted = h.stream().sorted().toList();
        result.add(new StageTime(stage, sorted.size(), percentile(sorted, 50), percentile(sorted, 90)));
      }
    }
    return result;
  }

  /** Nearest-rank percentile of a sorted list. */
  static double percentile(List<Double> sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static double hoursBetween(Instant from, Instant to) {
    return Math.round(Duration.between(from, to).toMinutes() / 6.0) / 10.0;
  }

  private static long count(List<CommendationCase> all, java.util.function.Predicate<CommendationCase> p) {
    return all.stream().filter(p).count();
  }

}
