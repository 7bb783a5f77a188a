package vn.tdkt.commendation.nomination;

import static vn.tdkt.commendation.nomination.NominationProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.NominationData;
import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.problem.Refusal;

/**
 * Reads and checks what a nominator submits, from the start form, REST or the revision task. Values may
 * arrive as the types Tasklist and REST clients send (String, Integer, Long, Double, Boolean); anything
 * wrong is a {@link Refusal} naming the field, in Vietnamese.
 */
final class NominationInput {

  static final int FIRST_YEAR = 2000;
  static final int MAX_COUNT = 60;

  private final Map<String, Object> values;

  private NominationInput(Map<String, Object> values) {
    this.values = values;
  }

  static NominationInput of(Map<String, Object> values) {
    return new NominationInput(values);
  }

  /** A new nomination: every field is checked. */
  NominationData newNomination(Clock clock) {
    AwardType award = AwardType.parse(text(VAR_AWARD, "hình thức khen thưởng", 40, true));
    if (award == null) {
      throw Refusal.invalid(VAR_AWARD, "Hình thức khen thưởng không hợp lệ: " + values.get(VAR_AWARD)
          + ". Chọn một trong: CO_THI_DUA_TINH, BANG_KHEN_CHU_TICH_TINH, CHIEN_SI_THI_DUA_TINH, "
          + "TAP_THE_LAO_DONG_XUAT_SAC.");
    }
    NomineeKind kind = NomineeKind.parse(text(VAR_NOMINEE_KIND, "loại đối tượng", 20, true));
    if (kind == null) {
      throw Refusal.invalid(VAR_NOMINEE_KIND, "Loại đối tượng phải là INDIVIDUAL (cá nhân) hoặc COLLECTIVE (tập thể).");
    }
    if (!award.fits(kind)) {
      throw Refusal.invalid(VAR_AWARD, award.label() + " không tặng cho "
          + (kind == NomineeKind.INDIVIDUAL ? "cá nhân." : "tập thể."));
    }
    int thisYear = LocalDate.now(clock).getYear();
    int year = integer(VAR_YEAR, "năm thi đua", null);
    if (year < FIRST_YEAR || year > thisYear) {
      throw Refusal.invalid(VAR_YEAR, "Năm thi đua phải từ " + FIRST_YEAR + " đến " + thisYear + ".");
    }
    return details(award, kind, year);
  }

  /** A revision keeps award, kind and year; the rest is checked again. */
  NominationData revision(CommendationCase c) {
    return details(c.getAwardType(), c.getNomineeKind(), c.getEmulationYear());
  }

  private NominationData details(AwardType award, NomineeKind kind, int year) {
    String name = text(VAR_NOMINEE_NAME, "tên đối tượng", CommendationCase.NAME_MAX, true);
    String position = kind == NomineeKind.INDIVIDUAL
        ? text(VAR_NOMINEE_POSITION, "chức vụ của cá nhân", CommendationCase.NAME_MAX, true)
        : null;
    String summary = text(VAR_SUMMARY, "tóm tắt thành tích", CommendationCase.SUMMARY_MAX, true);
    return new NominationData(award, kind, name, position, year, summary,
        count(VAR_GRASSROOTS_YEARS, "số năm liên tục đạt CSTĐ cơ sở"),
        count(VAR_EXCELLENT_YEARS, "số năm liên tục hoàn thành xuất sắc nhiệm vụ"),
        count(VAR_INITIATIVES, "số sáng kiến được công nhận"),
        bool(VAR_UNDER_DISCIPLINE, "đang bị kỷ luật"));
  }

  /** The optional unit code: blank means "the initiator's only unit". */
  String unitCode() {
    Object v = values.get(VAR_UNIT);
    if (v == null || v.toString().isBlank()) {
      return null;
    }
    if (!(v instanceof String s) || s.length() > 32) {
      throw Refusal.invalid(VAR_UNIT, "Mã đơn vị không hợp lệ.");
    }
    return s.trim();
  }

  private String text(String field, String label, int max, boolean required) {
    Object v = values.get(field);
    if (v == null || (v instanceof String s && s.isBlank())) {
      if (required) {
        throw Refusal.invalid(field, "Thiếu " + label + ".");
      }
      return null;
    }
    if (!(v instanceof String s)) {
      throw Refusal.invalid(field, "Giá trị của " + label + " phải là văn bản.");
    }
    String t = s.strip();
    if (t.length() > max) {
      throw Refusal.invalid(field, "Nội dung " + label + " dài quá " + max + " ký tự (hiện có " + t.length() + ").");
    }
    return t;
  }

  private int count(String field, String label) {
    int n = integer(field, label, 0);
    if (n < 0 || n > MAX_COUNT) {
      throw Refusal.invalid(field, "Giá trị " + label + " phải từ 0 đến " + MAX_COUNT + ".");
    }
    return n;
  }

  private int integer(String field, String label, Integer defaultValue) {
    Object v = values.get(field);
    if (v == null || (v instanceof String s && s.isBlank())) {
      if (defaultValue == null) {
        throw Refusal.invalid(field, "Thiếu " + label + ".");
      }
      return defaultValue;
    }
    try {
      if (v instanceof Number n) {
        double d = n.doubleValue();
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
          throw new NumberFormatException();
        }
        return (int) d;
      }
      if (v instanceof String s) {
        return Integer.parseInt(s.strip());
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw Refusal.invalid(field, "Giá trị " + label + " phải là số nguyên: " + v);
  }

  private boolean bool(String field, String label) {
    Object v = values.get(field);
    if (v == null || (v instanceof String s && s.isBlank())) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if ("true".equals(v) || "false".equals(v)) {
      return Boolean.parseBoolean((String) v);
    }
    throw Refusal.invalid(field, "Giá trị " + label + " phải là true hoặc false.");
  }
}
