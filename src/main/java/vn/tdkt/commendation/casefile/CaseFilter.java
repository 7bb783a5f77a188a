package vn.tdkt.commendation.casefile;

/** The registry's filters; null means "any". */
public record CaseFilter(Integer year, CaseStatus status, AwardType award, String unit, String cluster,
    boolean overdue) {
}
