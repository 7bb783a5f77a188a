package vn.tdkt.commendation.proposal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

  List<Campaign> findAllByOrderByDeadlineDescIdDesc();
}
