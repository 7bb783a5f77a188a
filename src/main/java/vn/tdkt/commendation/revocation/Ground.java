package vn.tdkt.commendation.revocation;

import vn.tdkt.commendation.engine.Inputs;

/**
 * The grounds on which an award decision is cancelled and its items and money recovered: Law on Emulation and
 * Commendation 06/2022/QH15, Art. 93(2)(a)–(d) (docs/year-cycle.md has the source).
 */
public enum Ground {
  FRAUDULENT_DECLARATION("a", "gian dối trong việc kê khai thành tích"),
  FALSE_OR_FORGED_PAPERS("b", "cung cấp thông tin sai sự thật hoặc giấy tờ giả mạo"),
  UNLAWFUL_PROCEDURE("c", "thẩm định, xét duyệt, đề nghị khen thưởng trái pháp luật"),
  LATER_FINDINGS("d", "có kết luận, quyết định, bản án xác định vi phạm dẫn đến không đủ tiêu chuẩn trong thời gian tính thành tích");

  private final String point;
  private final String label;

  Ground(String point, String label) {
    this.point = point;
    this.label = label;
  }

  /** The point of Art. 93(2). */
  public String point() {
    return point;
  }

  public String label() {
    return label;
  }

  /** "điểm a khoản 2 Điều 93 Luật Thi đua, khen thưởng" and what it says. */
  public String citation() {
    return "điểm " + point + " khoản 2 Điều 93 Luật Thi đua, khen thưởng: " + label;
  }

  public static Ground parse(Object value) {
    return Inputs.choice(value, Ground.class);
  }
}
