package vn.tdkt.commendation.proposal;

import java.time.LocalDate;

import vn.tdkt.commendation.casefile.CommendationKind;

/** The tờ trình itself, validated: kind, emulation year, its number, date and signer, and the campaign of a thematic one. */
record ProposalHeader(CommendationKind kind, int emulationYear, String submissionNumber, LocalDate submissionDate,
    String signerName, Long campaignId) {
}
