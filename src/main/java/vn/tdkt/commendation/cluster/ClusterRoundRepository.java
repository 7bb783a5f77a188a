package vn.tdkt.commendation.cluster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClusterRoundRepository extends JpaRepository<ClusterRound, Long> {

  Optional<ClusterRound> findByProcessInstanceId(String processInstanceId);

  boolean existsByClusterCodeAndEmulationYearAndKind(String clusterCode, int emulationYear, RoundKind kind);

  boolean existsByClusterCodeAndEmulationYear(String clusterCode, int emulationYear);

  List<ClusterRound> findByClusterCodeOrderByIdDesc(String clusterCode);
}
