package vn.tdkt.commendation.nomination;

import static vn.tdkt.commendation.nomination.NominationProcess.*;

import java.time.Clock;
import java.util.Map;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.NominationData;
import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.problem.Refusal;

/**
 * Reads and checks what a nominator submits, from the start form, REST or the revision task. Values may
 * arrive as the types Tasklist and REST clients send (String, Integer, Long, Double, Boolean); anything
 * wrong is a {@link Refusal} naming the field, in Vietnamese.
 */
final class NominationInput {

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
    return details(award, kind, Inputs.year(values.get(VAR_YEAR), VAR_YEAR, clock));
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
    return Inputs.text(values.get(VAR_UNIT), VAR_UNIT, "mã đơn vị", 32, false);
  }

  private String text(String field, String label, int max, boolean required) {
    return Inputs.text(values.get(field), field, label, max, required);
  }

  private int count(String field, String label) {
    Integer n = Inputs.wholeNumber(values.get(field), field, label, 0, MAX_COUNT);
    return n == null ? 0 : n;
  }

  private boolean bool(String field, String label) {
    return Inputs.yesNo(values.get(field), field, label);
  }
}
