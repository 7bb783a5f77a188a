package vn.tdkt.commendation.cluster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoundMemberRepository extends JpaRepository<RoundMember, Long> {

  List<RoundMember> findByRoundIdOrderByUnitCode(Long roundId);

  Optional<RoundMember> findByRoundIdAndUnitCode(Long roundId, String unitCode);

  Optional<RoundMember> findBySheetTaskId(String taskId);
}
