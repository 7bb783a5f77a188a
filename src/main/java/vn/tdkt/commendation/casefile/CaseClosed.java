package vn.tdkt.commendation.casefile;

/**
 * A case record reached its final status (published by {@link CaseService#close} inside the step's
 * transaction): features that keep their own record of cases listen to it, e.g. the awards registry records an
 * awarded case, so a listener's failure rolls the step back with it.
 */
public record CaseClosed(String caseNumber, CaseStatus status) {
}
