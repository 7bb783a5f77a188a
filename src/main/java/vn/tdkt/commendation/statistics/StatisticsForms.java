package vn.tdkt.commendation.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.movement.Movement;
import vn.tdkt.commendation.registry.Title;

/**
 * The two forms the province fills from its own records, as data and pure counting (no Spring): 0601.N "Số phong
 * trào thi đua" from the movements launched in the period, and 0603.N "Số lượng khen thưởng cấp bộ, ban, ngành,
 * đoàn thể Trung ương và tỉnh" from the provincial awards decided in it. Rows and columns as Circular 02/2023/TT-BNV
 * lays them out (docs/year-cycle.md). A cell the records cannot tell (a recipient's enterprise, a leader's grade) is
 * null: left blank, not written as 0.
 */
final class StatisticsForms {

  /** One filled form: its code and title, its columns, and its rows (label, code, unit, cells). */
  record Form(String code, String title, String unit, List<String> columns, List<Row> rows, List<String> notes) {
  }

  /** A row: cells by column, null when the records do not tell. */
  record Row(String label, String code, String unit, boolean heading, Long[] cells) {
  }

  /** A movement as the form counts it. */
  record MovementFact(Movement.Scope scope, Movement.Method method, LocalDate startsOn, LocalDate endsOn) {
  }

  /** A provincial award as the form counts it. */
  record AwardFact(Title title, NomineeKind kind, boolean thematic) {
  }

  private StatisticsForms() {
  }

  // ------------------------------------------------------------------ 0601.N

  static final List<String> COLUMNS_0601 = List.of("Tổng số", "Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)",
      "Cấp bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương", "Cơ quan, tổ chức, đơn vị");

  static Form form0601(List<MovementFact> movements) {
    // every movement here is launched at the province's level (the Board, or a cluster organised by the province)
    List<Row> rows = new ArrayList<>();
    rows.add(row0601("Tổng số", "01", movements.size()));
    rows.add(heading("1. Chia theo phạm vi"));
    rows.add(row0601("- Toàn quốc", "02", 0));
    rows.add(row0601("- Bộ, ban, ngành, đoàn thể Trung ương, địa phương", "03",
        count(movements, m -> m.scope() == Movement.Scope.PROVINCE)));
    rows.add(row0601("- Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức", "04",
        count(movements, m -> m.scope() == Movement.Scope.CLUSTER)));
    rows.add(row0601("- Cơ quan, tổ chức, đơn vị", "05", 0));
    rows.add(heading("2. Chia theo thời gian"));
    rows.add(row0601("- Dưới 1 năm", "06", count(movements, m -> months(m) < 12)));
    rows.add(row0601("- 1 năm", "07", count(movements, m -> months(m) == 12)));
    rows.add(row0601("- Từ trên 1 năm đến dưới 3 năm", "08", count(movements, m -> months(m) > 12 && months(m) < 36)));
    rows.add(row0601("- Từ 3 năm đến dưới 5 năm", "09", count(movements, m -> months(m) >= 36 && months(m) < 60)));
    rows.add(row0601("- Từ 5 năm trở lên", "10", count(movements, m -> months(m) >= 60)));
    rows.add(heading("3. Chia theo hình thức tổ chức"));
    rows.add(row0601("- Theo chuyên đề", "11", count(movements, m -> m.method() == Movement.Method.THEMATIC)));
    rows.add(row0601("- Thường xuyên hằng năm", "12", count(movements, m -> m.method() == Movement.Method.REGULAR)));
    return new Form("0601.N/BNV-TĐKT", "SỐ PHONG TRÀO THI ĐUA", "Phong trào", COLUMNS_0601, rows, List.of(
        "Phong trào do Ban Thi đua – Khen thưởng tỉnh và các cụm thi đua của tỉnh phát động, bắt đầu trong kỳ báo cáo.",
        "Thời gian tính theo tháng, từ ngày bắt đầu đến hết ngày kết thúc của phong trào."));
  }

  /** Whole months from the first to the last day (a movement from 01/01 to 31/12 lasts 12). */
  static long months(MovementFact m) {
    return ChronoUnit.MONTHS.between(m.startsOn(), m.endsOn().plusDays(1));
  }

  private static Row row0601(String label, String code, long n) {
    // column 1 = 2 + 3 + 4; the province's own movements are all in column 3
    return new Row(label, code, null, false, new Long[] {n, 0L, n, 0L});
  }

  // ------------------------------------------------------------------ 0603.N

  static final List<String> COLUMNS_0603 = List.of("Tổng số", "Bằng khen", "Chiến sĩ thi đua cấp bộ, cấp tỉnh",
      "Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương",
      "Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương");

  static Form form0603(List<AwardFact> awards) {
    List<AwardFact> counted = awards.stream().filter(a -> column(a.title()) > 0).toList();
    List<Row> rows = new ArrayList<>();
    rows.add(row0603("Tổng số", "01", null, counted));
    rows.add(heading("1. Chia theo đối tượng khen thưởng"));
    rows.add(row0603("- Tập thể", "02", "Tập thể", counted.stream().filter(a -> a.kind() == NomineeKind.COLLECTIVE).toList()));
    rows.add(unknown("Trong đó: Doanh nghiệp", "03", "Doanh nghiệp"));
    rows.add(row0603("- Hộ gia đình", "04", "Hộ", List.of()));
    rows.add(row0603("- Cá nhân", "05", "Người", counted.stream().filter(a -> a.kind() == NomineeKind.INDIVIDUAL).toList()));
    rows.add(unknown("+ Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên", "06", "Người"));
    rows.add(unknown("+ Lãnh đạo cấp vụ, sở, ngành và tương đương", "07", "Người"));
    rows.add(unknown("+ Doanh nhân", "08", "Người"));
    rows.add(unknown("+ Các cấp lãnh đạo khác từ phó phòng trở lên", "09", "Người"));
    rows.add(unknown("+ Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu", "10", "Người"));
    rows.add(heading("2. Chia theo phương thức khen thưởng"));
    rows.add(row0603("- Thường xuyên", "11", null, counted.stream().filter(a -> !a.thematic()).toList()));
    rows.add(row0603("- Chuyên đề", "12", null, counted.stream().filter(AwardFact::thematic).toList()));
    rows.add(row0603("- Đột xuất", "13", null, List.of()));
    rows.add(row0603("- Đối ngoại", "14", null, List.of()));
    rows.add(row0603("- Cống hiến", "15", null, List.of()));
    rows.add(row0603("- Niên hạn", "16", null, List.of()));
    rows.add(row0603("- Kháng chiến", "17", null, List.of()));
    return new Form("0603.N/BNV-TĐKT", "SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, "
        + "THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG", null, COLUMNS_0603, rows, List.of(
        "Khen thưởng do Chủ tịch UBND tỉnh quyết định trong kỳ báo cáo (ngày quyết định), theo sổ theo dõi khen thưởng: "
            + "quyết định của hệ thống và khen thưởng cấp tỉnh đã nhập; khen thưởng đã bị hủy bỏ không tính.",
        "Để trống: hệ thống không theo dõi (doanh nghiệp, cấp lãnh đạo của người được khen). Danh hiệu Tập thể lao động "
            + "xuất sắc không thuộc các cột của biểu này."));
  }

  /** The form's column of a title: 1 Bằng khen, 2 Chiến sĩ thi đua, 3 Cờ thi đua (0: not on the form). */
  static int column(Title title) {
    return switch (title) {
      case BANG_KHEN_CHU_TICH_TINH -> 1;
      case CSTD_TINH -> 2;
      case CO_THI_DUA_TINH -> 3;
      default -> 0;
    };
  }

  private static Row row0603(String label, String code, String unit, List<AwardFact> awards) {
    Long[] cells = {0L, 0L, 0L, 0L, 0L};
    for (AwardFact a : awards) {
      cells[column(a.title())]++;
    }
    cells[0] = cells[1] + cells[2] + cells[3] + cells[4];
    return new Row(label, code, unit, false, cells);
  }

  private static Row unknown(String label, String code, String unit) {
    return new Row(label, code, unit, false, new Long[5]);
  }

  private static Row heading(String label) {
    return new Row(label, null, null, true, new Long[0]);
  }

  private static long count(List<MovementFact> movements, java.util.function.Predicate<MovementFact> p) {
    return movements.stream().filter(p).count();
  }
}
