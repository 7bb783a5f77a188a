package vn.tdkt.commendation.council;

import java.time.Clock;
import java.util.Collection;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.audit.AuditLog;
import vn.tdkt.commendation.engine.SystemAction;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.problem.Refusal;

/**
 * A Board head closes a Council ballot round before its deadline (model 1.3.0, message
 * {@link CouncilProcess#MSG_VOTING_CLOSED}): only once the quorum is reached, and — while some members have not
 * voted — only when the head confirms that they are absent from the session. The round is then counted at once with
 * the ballots cast, as at the deadline; who closed it and when stay on the session (its page and its minutes).
 */
@Service
@Transactional
public class VotingClosure {

  static final String FIELD_ABSENT = "membersAbsent";
  private static final Logger LOG = LoggerFactory.getLogger(VotingClosure.class);

  private final CouncilSessionRepository sessions;
  private final CouncilVoterRepository voters;
  private final CouncilSettings settings;
  private final RuntimeService runtime;
  private final SystemAction system;
  private final Clock clock;

  VotingClosure(CouncilSessionRepository sessions, CouncilVoterRepository voters, CouncilSettings settings,
      RuntimeService runtime, SystemAction system, Clock clock) {
    this.sessions = sessions;
    this.voters = voters;
    this.settings = settings;
    this.runtime = runtime;
    this.system = system;
    this.clock = clock;
  }

  /** Whether the session's process can be closed early at all: a model from 1.3.0 waiting for its ballots. */
  @Transactional(readOnly = true)
  public boolean supported(CouncilSession session) {
    return session.getStatus() == CouncilSession.Status.VOTING && session.getProcessInstanceId() != null
        && system.call(() -> runtime.createEventSubscriptionQuery().processInstanceId(session.getProcessInstanceId())
            .eventType("message").eventName(CouncilProcess.MSG_VOTING_CLOSED).count() > 0);
  }

  /**
   * Closes the current round of the session for the signed-in person, or refuses with nothing changed. The caller's
   * groups come from the sign-in, never from the request.
   */
  public void close(String sessionNumber, String userId, Collection<String> groups, boolean membersAbsent) {
    if (userId == null || groups == null || !groups.contains(Roles.BOARD_HEADS)) {
      AuditLog.denied(403, userId, "council session " + sessionNumber + " close-voting", "not a Board head");
      throw Refusal.forbidden(null, "Chỉ lãnh đạo Ban Thi đua – Khen thưởng được kết thúc bỏ phiếu sớm.");
    }
    CouncilSession session = sessions.findBySessionNumber(sessionNumber)
        .filter(s -> s.getKind() == CouncilSession.Kind.COUNCIL)
        .orElseThrow(() -> Refusal.notFound("Không có phiên họp " + sessionNumber + "."));
    if (session.getStatus() != CouncilSession.Status.VOTING) {
      throw Refusal.conflict(null, "Phiên họp " + sessionNumber + " đã kết thúc bỏ phiếu.");
    }
    if (!supported(session)) {
      throw Refusal.conflict(null, "Phiên họp " + sessionNumber + " chạy theo phiên bản quy trình trước, không kết thúc "
          + "bỏ phiếu sớm được: phiếu được kiểm khi mọi thành viên đã bỏ phiếu hoặc khi hết hạn.");
    }
    int members = session.getMembers().size();
    int round = session.getRound();
    int voted = (int) voters.countBySessionIdAndRound(session.getId(), round);
    int quorum = settings.quorumVotes(members);
    if (!settings.quorumReached(voted, members)) {
      throw Refusal.conflict(null, "Chưa đủ số thành viên bỏ phiếu: cần ít nhất " + quorum + "/" + members
          + " thành viên, mới có " + voted + ". Chưa thể kết thúc bỏ phiếu.");
    }
    if (voted < members && !membersAbsent) {
      throw Refusal.invalid(FIELD_ABSENT, "Còn " + (members - voted) + " thành viên chưa bỏ phiếu: chỉ kết thúc bỏ "
          + "phiếu khi các thành viên này vắng mặt tại phiên họp — hãy đánh dấu xác nhận.");
    }
    session.votingClosedEarly(userId, clock.instant());
    try {
      // the product's own correlation (the Board head's right was checked above): no engine grant is involved
      system.run(() -> runtime.createMessageCorrelation(CouncilProcess.MSG_VOTING_CLOSED)
          .processInstanceId(session.getProcessInstanceId()).correlateWithResult());
    } catch (MismatchingMessageCorrelationException | OptimisticLockingException e) {
      // the round closed meanwhile (the last ballot, the deadline, another head) or a member's ballot came in
      throw Refusal.conflict(null, "Phiên họp " + sessionNumber + " vừa thay đổi (một thành viên vừa bỏ phiếu hoặc "
          + "vòng bỏ phiếu vừa kết thúc). Tải lại trang và thử lại.");
    }
    LOG.info("Council session {} round {}: voting closed early by {} with {}/{} ballots cast (quorum {})",
        sessionNumber, round, userId, voted, members, quorum);
  }
}
