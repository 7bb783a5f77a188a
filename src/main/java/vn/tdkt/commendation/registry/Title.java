package vn.tdkt.commendation.registry;

import java.util.Arrays;
import java.util.Optional;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.NomineeKind;

/**
 * Emulation titles, forms of commendation and the yearly rating the registry keeps, with who decides them:
 * the unit (grassroots, Law Art. 80 / Decree 129/2025 Art. 59), the Chairman of the province (provincial) or
 * the State (central). Registrations aim at them; eligibility counts them.
 */
public enum Title {
  LAO_DONG_TIEN_TIEN("Lao động tiên tiến", Level.GRASSROOTS, Who.INDIVIDUAL),
  CSTD_CO_SO("Chiến sĩ thi đua cơ sở", Level.GRASSROOTS, Who.INDIVIDUAL),
  TAP_THE_LAO_DONG_TIEN_TIEN("Tập thể lao động tiên tiến", Level.GRASSROOTS, Who.COLLECTIVE),
  GIAY_KHEN("Giấy khen", Level.GRASSROOTS, Who.BOTH),
  /** Not an award: the year's rating "hoàn thành xuất sắc nhiệm vụ", a criterion of several awards. */
  HOAN_THANH_XUAT_SAC("Hoàn thành xuất sắc nhiệm vụ (xếp loại năm)", Level.RATING, Who.BOTH),
  CSTD_TINH("Chiến sĩ thi đua cấp tỉnh", Level.PROVINCIAL, Who.INDIVIDUAL),
  BANG_KHEN_CHU_TICH_TINH("Bằng khen của Chủ tịch UBND tỉnh", Level.PROVINCIAL, Who.BOTH),
  TAP_THE_LAO_DONG_XUAT_SAC("Tập thể lao động xuất sắc", Level.PROVINCIAL, Who.COLLECTIVE),
  CO_THI_DUA_TINH("Cờ thi đua của UBND tỉnh", Level.PROVINCIAL, Who.COLLECTIVE),
  BANG_KHEN_THU_TUONG("Bằng khen của Thủ tướng Chính phủ", Level.CENTRAL, Who.BOTH),
  CSTD_TOAN_QUOC("Chiến sĩ thi đua toàn quốc", Level.CENTRAL, Who.INDIVIDUAL),
  CO_THI_DUA_CHINH_PHU("Cờ thi đua của Chính phủ", Level.CENTRAL, Who.COLLECTIVE);

  /** Who decides: the unit, the province's Chairman, the State; RATING is the unit's yearly assessment. */
  public enum Level { GRASSROOTS, RATING, PROVINCIAL, CENTRAL }

  enum Who { INDIVIDUAL, COLLECTIVE, BOTH }

  private final String label;
  private final Level level;
  private final Who who;

  Title(String label, Level level, Who who) {
    this.label = label;
    this.level = level;
    this.who = who;
  }

  public String label() {
    return label;
  }

  public Level level() {
    return level;
  }

  public boolean fits(NomineeKind kind) {
    return who == Who.BOTH || who.name().equals(kind.name());
  }

  /** The title of a provincial award the Chairman decides. */
  public static Title of(AwardType award) {
    return switch (award) {
      case CHIEN_SI_THI_DUA_TINH -> CSTD_TINH;
      case BANG_KHEN_CHU_TICH_TINH -> BANG_KHEN_CHU_TICH_TINH;
      case TAP_THE_LAO_DONG_XUAT_SAC -> TAP_THE_LAO_DONG_XUAT_SAC;
      case CO_THI_DUA_TINH -> CO_THI_DUA_TINH;
    };
  }

  /** By its code or its Vietnamese name, as a spreadsheet or a form gives it (case and spaces ignored). */
  public static Optional<Title> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = Names.key(text);
    return Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(text.strip()) || Names.key(v.label).equals(t)
        || Names.key(v.label).startsWith(t + " (")).findFirst();
  }
}
