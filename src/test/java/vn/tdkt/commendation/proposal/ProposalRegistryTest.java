package vn.tdkt.commendation.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.registry.AwardRegistry;
import vn.tdkt.commendation.registry.Initiative;
import vn.tdkt.commendation.registry.RegistryWriter;
import vn.tdkt.commendation.registry.Title;

/**
 * A proposal's nominees are assessed on the awards registry too (issue 14): where it holds records they win over the
 * declaration, the difference is in the eligibility the head and the Board read, and the initiatives a nominee counts
 * are held for its case.
 */
class ProposalRegistryTest extends ProposalTestBase {

  static final LocalDate BORN = LocalDate.of(1983, 7, 7);

  @Autowired AwardRegistry registry;

  void title(String name, Title title, int year) {
    registry.addEntry(new AwardRegistry.EntryInput(NomineeKind.INDIVIDUAL, name, BORN, "thads", null, title, year,
        "7/QĐ-CTHADS", LocalDate.of(year, 12, 20), "Cục trưởng"), RegistryWriter.of("officer.ban", List.of("board-officers")));
  }

  @Test
  void theRegistryWinsInAProposalAndItsInitiativesAreHeldForTheCase() {
    title("Lê Văn Khai", Title.CSTD_CO_SO, YEAR);
    for (String idea : List.of("Sáng kiến A", "Sáng kiến B")) {
      registry.addInitiative(new AwardRegistry.InitiativeInput("Vũ Thị Đủ", BORN, "thads", null, idea,
          Initiative.Recognition.GRASSROOTS, YEAR, "1/QĐ-HĐSK"), RegistryWriter.of("officer.ban", List.of("board-officers")));
    }

    ProcessInstance pi = propose("ANNUAL", List.of(fighter("Lê Văn Khai"), merit("Vũ Thị Đủ")));

    CommendationCase khai = nominee(pi, "Lê Văn Khai");
    assertThat(khai.getEligible()).isFalse();
    assertThat(khai.getEligibilityReason()).contains("kê khai 3, sổ ghi 1");
    CommendationCase du = nominee(pi, "Vũ Thị Đủ");
    assertThat(du.getEligible()).as(du.getEligibilityReason()).isTrue();
    assertThat(jdbc.queryForList("select reserved_by_case from registry_initiative order by id", String.class))
        .containsExactly(du.getCaseNumber(), du.getCaseNumber());
  }
}
