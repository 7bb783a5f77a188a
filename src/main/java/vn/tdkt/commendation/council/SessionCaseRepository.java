package vn.tdkt.commendation.council;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionCaseRepository extends JpaRepository<SessionCase, Long> {

  List<SessionCase> findBySessionIdOrderByCaseNumber(Long sessionId);
}
