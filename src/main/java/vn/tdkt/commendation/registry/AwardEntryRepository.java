package vn.tdkt.commendation.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AwardEntryRepository extends JpaRepository<AwardEntry, Long> {

  List<AwardEntry> findByAwardeeOrderByEmulationYearDescIdDesc(Awardee awardee);

  boolean existsByAwardeeAndTitleAndEmulationYear(Awardee awardee, Title title, int emulationYear);

  Optional<AwardEntry> findByCaseNumber(String caseNumber);

  /** The awards of a level decided within the dates, not revoked, with their awardee (statistics). */
  @Query("select e from AwardEntry e join fetch e.awardee where e.title in :titles and e.revoked = false"
      + " and e.decisionDate between :from and :to")
  List<AwardEntry> decidedBetween(@Param("titles") Collection<Title> titles, @Param("from") LocalDate from,
      @Param("to") LocalDate to);
}
