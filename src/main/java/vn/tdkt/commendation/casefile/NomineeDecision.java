package vn.tdkt.commendation.casefile;

/** The Board's appraisal of one nominee of a proposal. */
public enum NomineeDecision {
  /** Goes on: to the Council, or straight to the Chairman's decision list. */
  APPROVED,
  /** Left out, with a reason; the case ends rejected. */
  EXCLUDED,
  /** The unit must send what is missing for this nominee; the others go on meanwhile. */
  SUPPLEMENT
}
