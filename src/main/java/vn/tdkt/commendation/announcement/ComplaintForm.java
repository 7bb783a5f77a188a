package vn.tdkt.commendation.announcement;

/** What a member of the public sends: the page form and the JSON API take the same fields. */
public record ComplaintForm(String name, String contact, String content) {
}
