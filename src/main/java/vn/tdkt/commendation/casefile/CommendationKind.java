package vn.tdkt.commendation.casefile;

import vn.tdkt.commendation.engine.Inputs;

/**
 * The kind of commendation a proposal asks for (Law 06/2022 Art. 8, the kinds a provincial Board receives):
 * yearly, by campaign, or sudden by the simplified procedure. A case registered outside a proposal (the
 * single-nominee process) is yearly.
 */
public enum CommendationKind {
  ANNUAL("Thường xuyên, hằng năm"),
  THEMATIC("Theo đợt, chuyên đề"),
  AD_HOC("Đột xuất (thủ tục đơn giản)");

  private final String label;

  CommendationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static CommendationKind parse(String value) {
    return Inputs.choice(value, CommendationKind.class);
  }
}
