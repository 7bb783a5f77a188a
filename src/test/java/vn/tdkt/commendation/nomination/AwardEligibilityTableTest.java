package vn.tdkt.commendation.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the DMN table "award-eligibility" is a row here (brief §2, Law 06/2022 Art. 22 and 74). */
class AwardEligibilityTableTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  @ParameterizedTest(name = "{0} {1}, discipline={2}, grassroots={3}, excellent={4}, initiatives={5} → {6}")
  @CsvSource({
      // award, kind, discipline, grassroots, excellent, initiatives, eligible, reason contains
      "BANG_KHEN_CHU_TICH_TINH, INDIVIDUAL, true, 5, 5, 5, false, kỷ luật",
      "CO_THI_DUA_TINH, COLLECTIVE, true, 0, 0, 0, false, kỷ luật",
      "CHIEN_SI_THI_DUA_TINH, INDIVIDUAL, false, 2, 5, 3, false, 3 năm",
      "CHIEN_SI_THI_DUA_TINH, INDIVIDUAL, false, 3, 0, 0, false, sáng kiến",
      "CHIEN_SI_THI_DUA_TINH, INDIVIDUAL, false, 3, 0, 1, true, Đủ tiêu chuẩn",
      "BANG_KHEN_CHU_TICH_TINH, INDIVIDUAL, false, 1, 1, 2, false, 2 năm",
      "BANG_KHEN_CHU_TICH_TINH, INDIVIDUAL, false, 0, 2, 1, false, 2 sáng kiến",
      "BANG_KHEN_CHU_TICH_TINH, INDIVIDUAL, false, 2, 0, 2, true, Đủ tiêu chuẩn",
      "BANG_KHEN_CHU_TICH_TINH, INDIVIDUAL, false, 0, 2, 2, true, Đủ tiêu chuẩn",
      "BANG_KHEN_CHU_TICH_TINH, COLLECTIVE, false, 0, 0, 0, true, Đủ tiêu chuẩn",
      "CO_THI_DUA_TINH, COLLECTIVE, false, 0, 0, 0, true, Đủ tiêu chuẩn",
      "TAP_THE_LAO_DONG_XUAT_SAC, COLLECTIVE, false, 0, 0, 0, true, Đủ tiêu chuẩn"})
  @Deployment(resources = "processes/award-eligibility.dmn")
  void decides(String award, String kind, boolean discipline, int grassroots, int excellent, int initiatives,
      boolean eligible, String reasonPart) {
    DmnDecisionResultEntries result = engine.getDecisionService()
        .evaluateDecisionByKey(CheckEligibilityDelegate.DECISION_KEY)
        .variables(Variables.createVariables()
            .putValue("awardType", award).putValue("nomineeKind", kind).putValue("underDiscipline", discipline)
            .putValue("consecutiveGrassrootsFighterYears", grassroots)
            .putValue("consecutiveExcellentYears", excellent)
            .putValue("recognisedInitiatives", initiatives))
        .evaluate().getSingleResult();

    assertEquals(eligible, result.getEntry("eligible"));
    String reason = result.getEntry("reason");
    assertTrue(reason.contains(reasonPart), reason);
  }
}
