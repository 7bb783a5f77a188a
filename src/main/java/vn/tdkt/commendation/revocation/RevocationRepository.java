package vn.tdkt.commendation.revocation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RevocationRepository extends JpaRepository<Revocation, Long> {

  List<Revocation> findByCaseNumberOrderById(String caseNumber);

  boolean existsByCaseNumberAndStatusIn(String caseNumber, Collection<Revocation.Status> statuses);

  Optional<Revocation> findByProcessInstanceId(String processInstanceId);

  /** Revocations numbered so (a number is unique within its year: the caller compares the years). */
  List<Revocation> findByDecisionNumber(String decisionNumber);

  /** The issued revocation decisions, newest first (the public page). */
  List<Revocation> findByDecisionNumberIsNotNullAndStatusInOrderByDecisionDateDescIdDesc(
      Collection<Revocation.Status> statuses);
}
