package vn.tdkt.commendation.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClusterRepository extends JpaRepository<Cluster, String> {
}
