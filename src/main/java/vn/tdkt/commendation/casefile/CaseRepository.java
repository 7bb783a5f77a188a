package vn.tdkt.commendation.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseRepository extends JpaRepository<CommendationCase, Long> {

  Optional<CommendationCase> findByCaseNumber(String caseNumber);

  boolean existsByActiveKey(String activeKey);

  Optional<CommendationCase> findByActiveKey(String activeKey);

  List<CommendationCase> findByActiveKeyIn(Collection<String> activeKeys);

  List<CommendationCase> findByProposalNumberOrderByCaseNumber(String proposalNumber);

  /** Nominees of a campaign still counted against its quota: open or awarded (rejected and withdrawn free it). */
  long countByCampaignIdAndActiveKeyIsNotNull(Long campaignId);

  List<CommendationCase> findByStatusAndCouncilSessionIdIsNullOrderByCaseNumber(CaseStatus status);

  List<CommendationCase> findByDecisionNumberOrderByCaseNumber(String decisionNumber);

  @Query("""
      select c from CommendationCase c
      where (:all = true or c.unitCode in :units or c.clusterCode in :clusters)
        and (:year is null or c.emulationYear = :year)
        and (:status is null or c.status = :status)
        and (:award is null or c.awardType = :award)
        and (:unit is null or c.unitCode = :unit)
        and (:cluster is null or c.clusterCode = :cluster)
        and (:overdue = false or c.appraisalOverdue = true)
      """)
  Page<CommendationCase> search(@Param("all") boolean all, @Param("units") Collection<String> units,
      @Param("clusters") Collection<String> clusters, @Param("year") Integer year,
      @Param("status") CaseStatus status, @Param("award") AwardType award, @Param("unit") String unit,
      @Param("cluster") String cluster, @Param("overdue") boolean overdue, Pageable pageable);

  /** Every case of an emulation year, for the Board's dashboard. */
  @Query("select c from CommendationCase c where c.emulationYear = :year")
  List<CommendationCase> findByEmulationYear(@Param("year") int year);
}
