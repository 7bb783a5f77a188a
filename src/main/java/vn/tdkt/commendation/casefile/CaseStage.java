package vn.tdkt.commendation.casefile;

/** The steps of a nomination, in order. */
public enum CaseStage {
  REGISTRATION, ELIGIBILITY, REVISION, ENDORSEMENT, CLUSTER_REVIEW, APPRAISAL, SUPPLEMENT, PUBLIC_NOTICE,
  COUNCIL, DECISION, ANNOUNCEMENT
}
