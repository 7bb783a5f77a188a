package vn.tdkt.commendation.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of "central-award-eligibility" as rows (brief §2 escalation; Law 06/2022 Art. 21, 25, 73). */
class CentralAwardEligibilityTableTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  @ParameterizedTest(name = "{0}: discipline={1} provFighter={2} natInit={3} provMerit={4} good={5} grass={6} "
      + "leader={7} outstanding={8} → {9}")
  @CsvSource({
      // award, discipline, provincialFighterTimes, nationalInitiative, provincialMerit, goodYears, grassrootsTimes,
      // clusterLeader, outstandingAmongLeaders, eligible, reason contains
      "CSTD_TOAN_QUOC, true, 2, true, false, 0, 0, false, false, false, kỷ luật",
      "CSTD_TOAN_QUOC, false, 2, true, false, 0, 0, false, false, true, Chiến sĩ thi đua toàn quốc",
      "CSTD_TOAN_QUOC, false, 1, true, false, 0, 0, false, false, false, 2 lần liên tục",
      "CSTD_TOAN_QUOC, false, 3, false, false, 0, 0, false, false, false, phạm vi ảnh hưởng toàn quốc",
      "BANG_KHEN_THU_TUONG, false, 0, false, true, 5, 3, false, false, true, Bằng khen của Thủ tướng",
      "BANG_KHEN_THU_TUONG, false, 0, false, false, 5, 3, false, false, false, Bằng khen cấp tỉnh",
      "BANG_KHEN_THU_TUONG, false, 0, false, true, 4, 3, false, false, false, 5 năm",
      "BANG_KHEN_THU_TUONG, false, 0, false, true, 5, 2, false, false, false, 3 lần",
      "BANG_KHEN_THU_TUONG, true, 0, false, true, 5, 3, false, false, false, kỷ luật",
      "CO_THI_DUA_CHINH_PHU, false, 0, false, false, 0, 0, true, true, true, Cờ thi đua của Chính phủ",
      "CO_THI_DUA_CHINH_PHU, false, 0, false, false, 0, 0, true, false, false, tiêu biểu xuất sắc",
      "CO_THI_DUA_CHINH_PHU, false, 0, false, false, 0, 0, false, true, false, dẫn đầu cụm",
      "HUAN_CHUONG_LAO_DONG, false, 9, true, true, 9, 9, true, true, false, không thuộc"})
  @Deployment(resources = "processes/central-award-eligibility.dmn")
  void decides(String award, boolean discipline, int provincialFighter, boolean nationalInitiative, boolean provincialMerit,
      int goodYears, int grassroots, boolean leader, boolean outstanding, boolean eligible, String reasonPart) {
    DmnDecisionResultEntries result = engine.getDecisionService().evaluateDecisionByKey(CentralProcess.DECISION_KEY)
        .variables(Variables.createVariables()
            .putValue(CentralProcess.VAR_AWARD, award)
            .putValue(CentralProcess.VAR_UNDER_DISCIPLINE, discipline)
            .putValue(CentralProcess.VAR_PROVINCIAL_FIGHTER_TIMES, provincialFighter)
            .putValue(CentralProcess.VAR_NATIONAL_INITIATIVE, nationalInitiative)
            .putValue(CentralProcess.VAR_PROVINCIAL_MERIT, provincialMerit)
            .putValue(CentralProcess.VAR_GOOD_YEARS, goodYears)
            .putValue(CentralProcess.VAR_GRASSROOTS_TIMES, grassroots)
            .putValue(CentralProcess.VAR_CLUSTER_LEADER, leader)
            .putValue(CentralProcess.VAR_OUTSTANDING_LEADER, outstanding))
        .evaluate().getSingleResult();

    assertEquals(eligible, result.getEntry("eligible"));
    String reason = result.getEntry("reason");
    assertTrue(reason.contains(reasonPart), reason);
  }
}
