package vn.tdkt.commendation.central;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CentralProposalRepository extends JpaRepository<CentralProposal, Long> {

  List<CentralProposal> findByCaseNumberAndAwardAndStatusNotIn(String caseNumber, CentralAward award,
      Collection<CentralProposal.Status> closed);

  List<CentralProposal> findByCaseNumberOrderById(String caseNumber);
}
