package vn.tdkt.commendation.proposal;

/** Where a proposal stands; each nominee's case has its own status besides. */
public enum ProposalStatus {
  /** At the unit head, for the signature of the tờ trình. */
  ENDORSEMENT,
  /** The cluster reviews the nominees whose award needs it. */
  CLUSTER_REVIEW,
  /** At the Board's reception. */
  RECEPTION,
  /** Returned by the reception with a list of what is missing. */
  INCOMPLETE,
  /** Received in full, waiting for its campaign's deadline before the Board appraises the campaign together. */
  AWAITING_CAMPAIGN,
  /** Received in full; the Board appraises it. */
  APPRAISAL,
  /** Appraised: each nominee's case goes on by itself. */
  APPRAISED,
  /** Every nominee's case is closed. */
  CLOSED,
  /** Not sent, or withdrawn by the unit. */
  WITHDRAWN
}
