package vn.tdkt.commendation.cluster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClusterNomineeRepository extends JpaRepository<ClusterNominee, Long> {

  List<ClusterNominee> findByRoundIdOrderById(Long roundId);

  Optional<ClusterNominee> findByCaseNumber(String caseNumber);
}
