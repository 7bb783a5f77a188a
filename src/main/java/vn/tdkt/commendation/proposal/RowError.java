package vn.tdkt.commendation.proposal;

/** One thing wrong in a nominee list: the row (the Excel row, or the position in the list), the column, why. */
public record RowError(int row, String column, String message) {
}
