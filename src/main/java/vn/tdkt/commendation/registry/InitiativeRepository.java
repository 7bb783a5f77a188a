package vn.tdkt.commendation.registry;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InitiativeRepository extends JpaRepository<Initiative, Long> {

  List<Initiative> findByAwardeeOrderByRecognisedYearAscIdAsc(Awardee awardee);

  List<Initiative> findByReservedByCase(String caseNumber);

  boolean existsByAwardeeAndRecognisedYearAndTitle(Awardee awardee, int recognisedYear, String title);
}
