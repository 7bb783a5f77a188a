package vn.tdkt.commendation.proposal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

  Optional<Proposal> findByProposalNumber(String proposalNumber);

  Optional<Proposal> findByProcessInstanceId(String processInstanceId);

  List<Proposal> findByCampaignId(Long campaignId);

  @Query("""
      select p from Proposal p
      where (:all = true or p.unitCode in :units or p.clusterCode in :clusters)
      order by p.createdAt desc, p.id desc
      """)
  List<Proposal> visible(@Param("all") boolean all, @Param("units") Collection<String> units,
      @Param("clusters") Collection<String> clusters, org.springframework.data.domain.Pageable page);
}
