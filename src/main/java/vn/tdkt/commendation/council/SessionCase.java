package vn.tdkt.commendation.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import vn.tdkt.commendation.casefile.AwardType;

/** A case on a session's list, with the result the session reached for it. */
@Entity
@Table(name = "council_session_case",
    uniqueConstraints = @UniqueConstraint(columnNames = {"sessionId", "caseNumber"}))
public class SessionCase {

  public enum Result {
    /** APPROVED: the signer approved it, the decision waits for its number from the register. */
    PENDING, PASSED, NOT_PASSED, APPROVED, AWARDED, EXCLUDED, REFUSED, RETURNED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long sessionId;

  @Column(nullable = false, length = 20)
  private String caseNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private AwardType awardType;

  /** Approvals in the deciding round; null until a round reaches its quorum. */
  private Integer approvals;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Result result;

  @Column(length = 50)
  private String decisionNumber;

  /** The Chairman's task that signs this case's list: kept here, where whoever works the task cannot change it. */
  @Column(length = 64)
  private String signingTaskId;

  protected SessionCase() {
  }

  SessionCase(Long sessionId, String caseNumber, AwardType awardType) {
    this.sessionId = sessionId;
    this.caseNumber = caseNumber;
    this.awardType = awardType;
    this.result = Result.PENDING;
  }

  /** On a list without a Council vote: ready for the Chairman's signature as it is. */
  void direct() {
    this.result = Result.PASSED;
  }

  void counted(int approvals, boolean passed) {
    this.approvals = approvals;
    this.result = passed ? Result.PASSED : Result.NOT_PASSED;
  }

  void result(Result result, String decisionNumber) {
    this.result = result;
    this.decisionNumber = decisionNumber;
  }

  void signIn(String taskId) {
    this.signingTaskId = taskId;
  }

  public String getSigningTaskId() {
    return signingTaskId;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public AwardType getAwardType() {
    return awardType;
  }

  public Integer getApprovals() {
    return approvals;
  }

  public Result getResult() {
    return result;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }
}
