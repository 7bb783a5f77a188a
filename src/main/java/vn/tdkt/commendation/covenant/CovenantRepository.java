package vn.tdkt.commendation.covenant;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CovenantRepository extends JpaRepository<Covenant, Long> {

  Optional<Covenant> findByClusterCodeAndEmulationYear(String clusterCode, int emulationYear);

  Optional<Covenant> findByProcessInstanceId(String processInstanceId);

  List<Covenant> findByEmulationYear(int emulationYear);
}
