package vn.tdkt.commendation.covenant;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.cluster.CriteriaLock;

/** A signed covenant fixes its year's criteria on the cluster's page: they are its targets. */
@Component
class CovenantLock implements CriteriaLock {

  private final CovenantRepository covenants;

  CovenantLock(CovenantRepository covenants) {
    this.covenants = covenants;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> lockedBecause(String clusterCode, int year) {
    return covenants.findByClusterCodeAndEmulationYear(clusterCode, year)
        .filter(c -> c.getStatus() == Covenant.Status.SIGNED)
        .map(c -> "Tiêu chí năm " + year + " là các chỉ tiêu của giao ước thi đua đã ký: không sửa được.");
  }
}
