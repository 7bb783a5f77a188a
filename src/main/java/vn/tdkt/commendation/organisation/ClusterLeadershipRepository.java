package vn.tdkt.commendation.organisation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClusterLeadershipRepository extends JpaRepository<ClusterLeadership, Long> {

  Optional<ClusterLeadership> findByClusterCodeAndTermYear(String clusterCode, int termYear);
}
