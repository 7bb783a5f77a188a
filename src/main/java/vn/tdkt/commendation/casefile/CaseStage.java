package vn.tdkt.commendation.casefile;

/** The steps of a nomination, in order. */
public enum CaseStage {
  REGISTRATION, ELIGIBILITY, REVISION, ENDORSEMENT, CLUSTER_REVIEW,
  /** A proposal at the Board's reception: complete or returned with a list of what is missing. */
  RECEPTION,
  APPRAISAL, SUPPLEMENT, PUBLIC_NOTICE,
  COUNCIL, DECISION, ANNOUNCEMENT
}
