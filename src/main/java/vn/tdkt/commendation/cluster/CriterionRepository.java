package vn.tdkt.commendation.cluster;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CriterionRepository extends JpaRepository<Criterion, Long> {

  List<Criterion> findByClusterCodeAndEmulationYearOrderByOrdinal(String clusterCode, int emulationYear);

  void deleteByClusterCodeAndEmulationYear(String clusterCode, int emulationYear);
}
