package vn.tdkt.commendation.announcement;

/**
 * A part of the public page that another feature owns (the running emulation movements, the revocation
 * decisions). The features depend on what they show, not on this page: each section is a bean, and the page
 * renders the fragment {@code section(content)} of the section's template, in the sections' order.
 */
public interface PublicPageSection {

  /** The template holding the fragment {@code section(content)}, e.g. "movements/public-section". */
  String template();

  /** What the fragment shows, read now (the public page is read often: keep it cheap). */
  Object content();

  /** Where it goes among the sections, smaller first; every section comes after the page's own lists. */
  int order();
}
