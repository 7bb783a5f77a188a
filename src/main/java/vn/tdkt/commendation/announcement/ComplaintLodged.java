package vn.tdkt.commendation.announcement;

/**
 * A complaint was stored against a case under public notice. Published inside the lodging transaction; the
 * nomination workflow opens its "handle complaint" task from it, and a failure there undoes the complaint.
 */
public record ComplaintLodged(String caseNumber, String processInstanceId, long complaintId, String content) {
}
