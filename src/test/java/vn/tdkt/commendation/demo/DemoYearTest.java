package vn.tdkt.commendation.demo;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tdkt.commendation.nomination.NominationProcess.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.commendation.WorkflowTest;
import vn.tdkt.commendation.covenant.Covenant;
import vn.tdkt.commendation.covenant.CovenantService;
import vn.tdkt.commendation.movement.Movements;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.registration.RegistrationService;

/**
 * The demo's year: a movement, Cụm 9's registrations and signed covenant, and registry records under which the
 * walk-through's nominations pass or fail for reasons the official reads.
 */
class DemoYearTest extends WorkflowTest {

  @Autowired DemoYear demo;
  @Autowired Movements movements;
  @Autowired RegistrationService registrations;
  @Autowired CovenantService covenants;
  @Autowired OrganisationService organisation;

  @Test
  void theDemoYearIsSeededAndDrivesTheNominations() {
    demo.seed();

    assertEquals(1, movements.runningOn(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))).size());
    Map<String, RegistrationService.UnitStatus> statuses = new java.util.HashMap<>();
    registrations.statusOf(organisation.unitsOf("cum9"), YEAR).forEach(r -> statuses.put(r.unit().getCode(), r.status()));
    assertEquals(RegistrationService.UnitStatus.ACCEPTED, statuses.get("thads"));
    assertEquals(RegistrationService.UnitStatus.ACCEPTED, statuses.get("ca"));
    assertEquals(RegistrationService.UnitStatus.NOT_SENT, statuses.get("qs"));
    Covenant covenant = covenants.find("cum9", YEAR).orElseThrow();
    assertEquals(Covenant.Status.SIGNED, covenant.getStatus());
    assertEquals(7, covenant.currentSignatures().size());
    assertTrue(covenants.documentOf("cum9", YEAR).isPresent());
    // nothing of it is left waiting: the demo's process instances all end, as the node tests expect
    assertEquals(0, runtime.createProcessInstanceQuery().count());

    // Nguyễn Thị Mai: the registry confirms her certificate of merit (and shows the titles the unit left out),
    // and she is registered for it: no warning
    ProcessInstance mai = nominate("nominator.thads", meritNomination("Nguyễn Thị Mai"));
    assertThat(mai).isWaitingAt(ENDORSE);
    String maiReason = (String) runtime.getVariable(mai.getId(), VAR_ELIGIBILITY_REASON);
    assertTrue(maiReason.startsWith("Đủ tiêu chuẩn để xét đề nghị.") && maiReason.contains("kê khai 0, sổ ghi 2")
        && !maiReason.contains("cảnh báo"), maiReason);

    // Lê Văn Hùng: declares three grassroots fighter titles, the registry has one
    ProcessInstance hung = nominate("nominator.thads", fighterNomination("Lê Văn Hùng"));
    assertThat(hung).isWaitingAt(REVISE);
    String reason = (String) runtime.getVariable(hung.getId(), VAR_ELIGIBILITY_REASON);
    assertTrue(reason.contains("kê khai 3, sổ ghi 1"), reason);

    // Trần Thị Lan: eligible, but already a certificate of merit this year: the Board must give its reason
    ProcessInstance lan = nominate("nominator.thads", fighterNomination("Trần Thị Lan"));
    assertThat(lan).isWaitingAt(ENDORSE);
    assertNotNull(runtime.getVariable(lan.getId(), VAR_SAME_YEAR_AWARDS));

    // a second start changes nothing
    demo.seed();
    assertEquals(List.of("Thi đua thực hiện thắng lợi nhiệm vụ năm " + YEAR),
        movements.all().stream().map(m -> m.getName()).toList());
  }
}
