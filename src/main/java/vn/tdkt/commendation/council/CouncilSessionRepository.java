package vn.tdkt.commendation.council;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilSessionRepository extends JpaRepository<CouncilSession, Long> {

  Optional<CouncilSession> findByProcessInstanceId(String processInstanceId);

  Optional<CouncilSession> findBySessionNumber(String sessionNumber);

  List<CouncilSession> findTop50ByOrderByIdDesc();
}
