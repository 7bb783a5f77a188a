package vn.tdkt.commendation.announcement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintRepository extends JpaRepository<Complaint, Long> {

  List<Complaint> findByCaseNumberOrderById(String caseNumber);
}
