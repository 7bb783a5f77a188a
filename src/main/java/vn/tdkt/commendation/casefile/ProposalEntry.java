package vn.tdkt.commendation.casefile;

import java.time.LocalDate;

/** One nominee of a proposal, validated: the facts of the nomination and what only proposals carry. */
public record ProposalEntry(NominationData data, CollectiveFigures figures, LocalDate achievementDate) {
}
