package vn.tdkt.commendation.council;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilSessionRepository extends JpaRepository<CouncilSession, Long> {
}
