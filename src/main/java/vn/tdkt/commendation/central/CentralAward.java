package vn.tdkt.commendation.central;

import java.util.Optional;

import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.problem.Refusal;

/**
 * Awards the province proposes to the central level (brief §2 "Escalation") and the dossier sets the
 * Chairman's submission needs for each (brief §4: 2 sets for these three).
 */
public enum CentralAward {
  BANG_KHEN_THU_TUONG("Bằng khen của Thủ tướng Chính phủ", null, 2),
  CO_THI_DUA_CHINH_PHU("Cờ thi đua của Chính phủ", NomineeKind.COLLECTIVE, 2),
  CSTD_TOAN_QUOC("Chiến sĩ thi đua toàn quốc", NomineeKind.INDIVIDUAL, 2);

  private final String label;
  private final NomineeKind onlyFor;
  private final int dossierSets;

  CentralAward(String label, NomineeKind onlyFor, int dossierSets) {
    this.label = label;
    this.onlyFor = onlyFor;
    this.dossierSets = dossierSets;
  }

  public String label() {
    return label;
  }

  public int dossierSets() {
    return dossierSets;
  }

  public boolean fits(NomineeKind kind) {
    return onlyFor == null || onlyFor == kind;
  }

  public static CentralAward parse(Object value) {
    return Optional.ofNullable(Inputs.choice(value, CentralAward.class))
        .orElseThrow(() -> Refusal.invalid(CentralProcess.VAR_AWARD, "Hình thức khen thưởng cấp Nhà nước không hợp lệ: "
            + value + ". Chọn một trong: BANG_KHEN_THU_TUONG, CO_THI_DUA_CHINH_PHU, CSTD_TOAN_QUOC."));
  }
}
