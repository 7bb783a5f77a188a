package vn.tdkt.commendation.proposal;

import java.util.List;

import vn.tdkt.commendation.problem.Refusal;

/**
 * A nominee list refused as a whole, with every wrong row: {@code POST /api/proposals} answers
 * {@code 400 {"type", "message", "errors": [{"row", "column", "message"}]}}; inside the engine (a Tasklist start)
 * the message alone names the first rows.
 */
public class RowsRefused extends Refusal {

  private final transient List<RowError> errors;

  RowsRefused(List<RowError> errors) {
    super(Kind.INVALID, ProposalProcess.VAR_NOMINEES, NomineeRows.summary(errors));
    this.errors = List.copyOf(errors);
  }

  public List<RowError> errors() {
    return errors;
  }

  /** The JSON body of the import endpoint. */
  public record Body(String type, String message, List<RowError> errors) {
  }

  public Body listBody() {
    return new Body(kind().name(), getMessage(), errors);
  }
}
