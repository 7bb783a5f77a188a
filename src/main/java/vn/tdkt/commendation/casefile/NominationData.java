package vn.tdkt.commendation.casefile;

/** The validated facts of a nomination, as the nominating unit declared them. */
public record NominationData(
    AwardType awardType,
    NomineeKind nomineeKind,
    String nomineeName,
    String nomineePosition,
    int emulationYear,
    String achievementSummary,
    int consecutiveGrassrootsFighterYears,
    int consecutiveExcellentYears,
    int recognisedInitiatives,
    boolean underDiscipline) {
}
