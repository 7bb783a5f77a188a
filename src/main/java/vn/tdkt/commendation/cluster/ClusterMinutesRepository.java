package vn.tdkt.commendation.cluster;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClusterMinutesRepository extends JpaRepository<ClusterMinutes, Long> {

  Optional<ClusterMinutes> findByRoundId(Long roundId);
}
