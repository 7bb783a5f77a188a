package vn.tdkt.commendation.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

  List<OutboxMail> findByStatusAndNextAttemptAtLessThanEqualOrderById(OutboxMail.Status status, Instant now,
      Pageable page);

  List<OutboxMail> findByCaseNumberOrderById(String caseNumber);

  List<OutboxMail> findByKindOrderById(String kind);
}
