package vn.tdkt.commendation.cluster;

/** Mid-year review (scores and minutes only) or year-end review (scores, secret ballot, nominations). */
public enum RoundKind {
  MID_YEAR("Sơ kết 6 tháng"), YEAR_END("Tổng kết năm");

  private final String label;

  RoundKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
