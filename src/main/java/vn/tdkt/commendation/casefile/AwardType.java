package vn.tdkt.commendation.casefile;

import java.util.EnumSet;
import java.util.Set;

import vn.tdkt.commendation.engine.Inputs;

/** Provincial awards decided by the Chairman (brief §2), with the nominee kinds each may go to. */
public enum AwardType {
  CO_THI_DUA_TINH("Cờ thi đua của UBND tỉnh", EnumSet.of(NomineeKind.COLLECTIVE)),
  BANG_KHEN_CHU_TICH_TINH("Bằng khen của Chủ tịch UBND tỉnh", EnumSet.allOf(NomineeKind.class)),
  CHIEN_SI_THI_DUA_TINH("Chiến sĩ thi đua cấp tỉnh", EnumSet.of(NomineeKind.INDIVIDUAL)),
  TAP_THE_LAO_DONG_XUAT_SAC("Tập thể lao động xuất sắc", EnumSet.of(NomineeKind.COLLECTIVE));

  private final String label;
  private final Set<NomineeKind> nomineeKinds;

  AwardType(String label, Set<NomineeKind> nomineeKinds) {
    this.label = label;
    this.nomineeKinds = nomineeKinds;
  }

  /** The award's legal name, as printed on decisions. */
  public String label() {
    return label;
  }

  public boolean fits(NomineeKind kind) {
    return nomineeKinds.contains(kind);
  }

  public static AwardType parse(String value) {
    return Inputs.choice(value, AwardType.class);
  }
}
