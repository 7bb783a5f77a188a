package vn.tdkt.commendation.council;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.tdkt.commendation.casefile.AwardType;

interface DecisionDraftRepository extends JpaRepository<DecisionDraft, Long> {

  Optional<DecisionDraft> findBySessionIdAndAwardType(Long sessionId, AwardType awardType);

  List<DecisionDraft> findBySessionIdOrderByAwardType(Long sessionId);
}
