package vn.tdkt.commendation.casefile;

/**
 * A part of a case's page that another feature owns (its complaints, its attachments). The features depend
 * on casefile, so casefile asks them through this interface instead of knowing them: each section is a
 * bean, and the page puts its content into the model under its name.
 */
public interface CasePageSection {

  /** The model attribute the page template reads. */
  String name();

  /** The section's content for a case the reader may see (the page checked it first). */
  Object contentOf(String caseNumber);
}
