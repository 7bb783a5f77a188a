package vn.tdkt.commendation.registry;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.tdkt.commendation.casefile.AwardType;

/** tdkt.registry: how eligibility counts the registry's initiatives (docs/year-cycle.md). */
@ConfigurationProperties("tdkt.registry")
public class RegistrySettings {

  /** Initiatives count when recognised in this many years up to the nomination's year. */
  private int initiativeYears = 3;

  /** How many initiatives an award uses up (the eligibility table's minimum); other awards use none. */
  private Map<AwardType, Integer> initiativesUsed = new EnumMap<>(Map.of(
      AwardType.CHIEN_SI_THI_DUA_TINH, 1, AwardType.BANG_KHEN_CHU_TICH_TINH, 2));

  public int getInitiativeYears() {
    return initiativeYears;
  }

  public void setInitiativeYears(int initiativeYears) {
    this.initiativeYears = initiativeYears;
  }

  public Map<AwardType, Integer> getInitiativesUsed() {
    return initiativesUsed;
  }

  public void setInitiativesUsed(Map<AwardType, Integer> initiativesUsed) {
    this.initiativesUsed = initiativesUsed;
  }
}
