package vn.tdkt.commendation.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.tdkt.commendation.proposal.ProposalProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.commendation.announcement.ComplaintForm;
import vn.tdkt.commendation.announcement.ComplaintService;
import vn.tdkt.commendation.calendar.WorkingDayCalendar;
import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CaseStage;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.NomineeDecision;
import vn.tdkt.commendation.council.CouncilProcess;
import vn.tdkt.commendation.nomination.CaseProcess;
import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.problem.Refusal;

/**
 * Every path of "commendation-proposal" and of the "commendation-case" each nominee then follows: strikes at the
 * endorsement, the cluster's review, an incomplete reception and its resubmission, the appraisal's per-nominee
 * approve / exclude / supplement (the others go on), Council and non-Council awards from one proposal, a sudden
 * proposal's limits, a campaign's deadline, the deadlines' timers and the Chairman's list.
 */
class ProposalProcessTest extends ProposalTestBase {

  @Autowired WorkingDayCalendar calendar;
  @Autowired CampaignRepository campaignRepository;
  @Autowired ComplaintService complaints;
  @Autowired vn.tdkt.commendation.document.GeneratedDocuments documents;

  // ---- registration ------------------------------------------------------------------------------

  @Test
  void aProposalIsNumberedItsNomineesAreCasesAndTheHeadSignsOnce() {
    ProcessInstance pi = propose("ANNUAL", List.of(merit("Nguyễn Thị Mai"), fighter("Lê Văn Bình"),
        excellentCollective("Đội Thi hành án số 1")));

    assertThat(pi).isWaitingAt(ENDORSE);
    assertThat(pi.getBusinessKey()).isEqualTo(String.format("DN-%d-00001", YEAR));
    List<CommendationCase> cases = nominees(pi);
    assertThat(cases).extracting(CommendationCase::getCaseNumber).containsExactly(
        String.format("TDKT-%d-00001", YEAR), String.format("TDKT-%d-00002", YEAR), String.format("TDKT-%d-00003", YEAR));
    assertThat(cases).allSatisfy(c -> {
      assertThat(c.getProposalNumber()).isEqualTo(pi.getBusinessKey());
      assertThat(c.getStage()).isEqualTo(CaseStage.ENDORSEMENT);
      assertThat(c.getEligible()).as(c.getEligibilityReason()).isTrue();
    });
    assertThat(task(pi, ENDORSE)).hasCandidateGroup("unit-thads-heads");
    assertThat(openTasks(ENDORSE)).as("one endorsement for the whole list").isEqualTo(1);
    assertThat(proposalOf(pi).getStatus()).isEqualTo(ProposalStatus.ENDORSEMENT);
    // the rows were read and removed: no nominee list lingers in the process
    assertThat(runtime.getVariable(pi.getId(), VAR_NOMINEES)).isNull();

    ProcessInstance second = propose("nominator.ca", header("ANNUAL"), List.of(merit("Trần Văn Hai")));
    assertThat(second.getBusinessKey()).isEqualTo(String.format("DN-%d-00002", YEAR));
  }

  @Test
  void tasklistsStartFormCarriesOneNomineeAtTheTopLevel() {
    Map<String, Object> v = header("AD_HOC");
    v.putAll(merit("Phạm Văn Cứu"));
    v.put("achievementDate", TODAY.toString());
    ProcessInstance pi = as("nominator.thads", () -> runtime.startProcessInstanceByKey(KEY, v));

    assertThat(nominees(pi)).extracting(CommendationCase::getNomineeName).containsExactly("Phạm Văn Cứu");
    assertThat(runtime.getVariable(pi.getId(), "nomineeName")).as("the row is the case record's now").isNull();
    Map<String, Object> both = header("ANNUAL");
    both.putAll(merit("Hai cách"));
    Refusal refusal = refused(() -> propose("nominator.thads", both, List.of(merit("Một"))));
    assertThat(refusal.field()).isEqualTo(VAR_NOMINEES);
  }

  @Test
  void aWrongListIsRefusedWithEveryRowAndNothingIsStored() {
    Map<String, Object> noName = merit("");
    Map<String, Object> flagForPerson = merit("Phạm Cờ");
    flagForPerson.put("awardType", "CO_THI_DUA_TINH");
    RowsRefused refusal = (RowsRefused) refused(() -> propose("ANNUAL",
        List.of(merit("Đúng"), noName, flagForPerson, merit("Đúng"))));

    assertThat(refusal.status()).isEqualTo(400);
    assertThat(refusal.errors()).extracting(RowError::row).containsExactly(2, 3, 4);
    assertThat(refusal.errors().get(2).message()).contains("Trùng với dòng 1");
    assertThat(caseRepository.count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from proposal", Integer.class)).isZero();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isZero();
  }

  @Test
  void aNomineeAlreadyOpenInAnotherProposalIsRefused() {
    ProcessInstance first = propose("ANNUAL", List.of(merit("Nguyễn Thị Mai")));
    RowsRefused refusal = (RowsRefused) refused(() -> propose("ANNUAL", List.of(merit("nguyễn  thị mai"))));
    assertThat(refusal.errors().get(0).message()).contains(nominees(first).get(0).getCaseNumber());
  }

  // ---- endorsement ---------------------------------------------------------------------------------

  @Test
  void theHeadStrikesANomineeWithItsReasonAndTheRestGoOn() {
    ProcessInstance pi = propose("ANNUAL", List.of(fighter("Lê Văn Bình"), excellentCollective("Đội số 1"),
        excellentCollective("Đội số 2")));
    String struck = nominee(pi, "Đội số 2").getCaseNumber();

    Refusal noReason = refused(() -> endorse(pi, List.of(struck), null));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.field()).isEqualTo(VAR_STRIKE_REASON);
    Refusal unknown = refused(() -> endorse(pi, List.of("TDKT-1999-00001"), "x"));
    assertThat(unknown.getMessage()).contains("không phải đối tượng");
    Refusal everyone = refused(() -> endorse(pi, nominees(pi).stream().map(CommendationCase::getCaseNumber).toList(),
        "Không đủ"));
    assertThat(everyone.getMessage()).contains("Không gửi tờ trình");
    assertThat(pi).isWaitingAt(ENDORSE);

    endorse(pi, List.of(struck), "Chưa có biên bản bình xét của đơn vị");

    CommendationCase c = caseRecord(struck);
    assertThat(c.getStatus()).isEqualTo(CaseStatus.WITHDRAWN);
    assertThat(c.getOutcomeReason()).contains("Chưa có biên bản bình xét");
    // no yearly merit certificate among the others: no cluster step, straight to the Board
    assertThat(pi).isWaitingAt(RECEIVE);
    receive(pi);
    appraiseAll(pi);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CaseProcess.KEY).count())
        .as("a case process for each nominee still proposed").isEqualTo(2);
  }

  @Test
  void theHeadMayNotSendTheProposalAtAll() {
    ProcessInstance pi = propose("ANNUAL", List.of(merit("A"), merit("B")));
    Refusal noReason = refused(() -> complete("head.thads", pi, ENDORSE,
        VAR_ENDORSEMENT_OUTCOME, REJECT));
    assertThat(noReason.field()).isEqualTo(VAR_COMMENT);

    complete("head.thads", pi, ENDORSE, VAR_ENDORSEMENT_OUTCOME, REJECT, VAR_COMMENT, "Chưa đúng chỉ tiêu");

    assertThat(pi).isEnded().hasPassed(END_WITHDRAWN);
    assertThat(nominees(pi)).allSatisfy(c -> {
      assertThat(c.getStatus()).isEqualTo(CaseStatus.WITHDRAWN);
      assertThat(c.getOutcomeReason()).contains("Chưa đúng chỉ tiêu");
    });
    assertThat(proposalService.find(pi.getBusinessKey()).orElseThrow().getStatus()).isEqualTo(ProposalStatus.WITHDRAWN);
    // withdrawn cases no longer block proposing the same people again
    propose("ANNUAL", List.of(merit("A")));
  }

  // ---- cluster ---------------------------------------------------------------------------------------

  @Test
  void theClusterReviewsTheNomineesWhoseAwardNeedsItAndMayRefuseOne() {
    ProcessInstance pi = propose("ANNUAL", List.of(merit("A"), merit("B"), fighter("C")));
    endorse(pi);
    assertThat(pi).isWaitingAt(REVIEW_IN_CLUSTER);
    assertThat(task(pi, REVIEW_IN_CLUSTER)).hasCandidateGroup("cluster-cum9-leaders");
    String b = nominee(pi, "B").getCaseNumber();
    String c = nominee(pi, "C").getCaseNumber();

    Refusal notReviewed = refused(() -> complete("lead.cum9", pi, REVIEW_IN_CLUSTER,
        VAR_CLUSTER_REFUSED, checked(List.of(c)), VAR_CLUSTER_REFUSAL_REASON, "x"));
    assertThat(notReviewed.getMessage()).as("the fighter is not the cluster's to review").contains(c);
    Refusal noReason = refused(() -> complete("lead.cum9", pi, REVIEW_IN_CLUSTER, VAR_CLUSTER_REFUSED,
        checked(List.of(b))));
    assertThat(noReason.field()).isEqualTo(VAR_CLUSTER_REFUSAL_REASON);

    complete("lead.cum9", pi, REVIEW_IN_CLUSTER, VAR_CLUSTER_REFUSED, checked(List.of(b)),
        VAR_CLUSTER_REFUSAL_REASON, "Không được cụm bình chọn");

    assertThat(caseRecord(b).getStatus()).isEqualTo(CaseStatus.REJECTED);
    assertThat(caseRecord(b).getOutcomeReason()).contains("Không được cụm bình chọn");
    assertThat(pi).isWaitingAt(RECEIVE);
  }

  @Test
  void aFlagNeedsTheClusterVoteAndTheTableSaysSoUntilThen() {
    Map<String, Object> flag = excellentCollective("Cục Thi hành án dân sự tỉnh");
    flag.put("awardType", "CO_THI_DUA_TINH");
    ProcessInstance pi = propose("ANNUAL", List.of(flag));
    CommendationCase c = nominees(pi).get(0);
    assertThat(c.getEligible()).isFalse();
    assertThat(c.getEligibilityReason()).contains("Điều 26");
    endorse(pi);

    Refusal noTally = refused(() -> complete("lead.cum9", pi, REVIEW_IN_CLUSTER));
    assertThat(noTally.status()).isEqualTo(400);
    Refusal tooFew = refused(() -> complete("lead.cum9", pi, REVIEW_IN_CLUSTER, VAR_CLUSTER_VOTES_FOR, 3,
        VAR_CLUSTER_VOTES_TOTAL, 7));
    assertThat(tooFew.getMessage()).contains("3/7");
    clusterApprovesAll(pi);

    CommendationCase voted = caseRecord(c.getCaseNumber());
    assertThat(voted.isClusterVoted()).isTrue();
    assertThat(voted.getEligible()).isTrue();
  }

  @Test
  void whenTheClusterRefusesEveryoneTheProposalEnds() {
    ProcessInstance pi = propose("ANNUAL", List.of(merit("A")));
    endorse(pi);
    complete("lead.cum9", pi, REVIEW_IN_CLUSTER, VAR_CLUSTER_REFUSED, checked(numbers(pi, List.of("A"))),
        VAR_CLUSTER_REFUSAL_REASON, "Không đạt");
    assertThat(pi).isEnded().hasPassed(END_CLOSED).hasNotPassed(RECEIVE);
  }

  // ---- reception -----------------------------------------------------------------------------------

  @Test
  void anIncompleteProposalGoesBackWithWhatIsMissingAndTheLimitCountsFromFullReceipt() {
    ProcessInstance pi = propose("ANNUAL", List.of(fighter("A"), excellentCollective("B")));
    endorse(pi);
    Task reception = task(pi, RECEIVE);
    assertThat(reception).hasCandidateGroup("board-officers");
    assertThat(reception.getDueDate().toInstant()).isEqualTo(calendar.deadline(reception.getCreateTime().toInstant(),
        proposalSettings.getReceptionWorkingDays()));

    Refusal noList = refused(() -> complete("officer.ban", pi, RECEIVE,
        VAR_RECEPTION_OUTCOME, INCOMPLETE));
    assertThat(noList.field()).isEqualTo(VAR_MISSING_ITEMS);
    complete("officer.ban", pi, RECEIVE, VAR_RECEPTION_OUTCOME, INCOMPLETE, VAR_MISSING_ITEMS,
        "Thiếu biên bản họp Hội đồng TĐKT đơn vị; báo cáo thành tích của B chưa có xác nhận.");

    assertThat(pi).isWaitingAt(COMPLETE);
    assertThat(task(pi, COMPLETE)).hasCandidateGroup("unit-thads-nominators");
    Proposal returned = proposalOf(pi);
    assertThat(returned.getStatus()).isEqualTo(ProposalStatus.INCOMPLETE);
    assertThat(returned.getMissingItems()).contains("biên bản họp");
    assertThat(returned.getReceivedAt()).isNull();

    complete("nominator.thads", pi, COMPLETE, VAR_COMPLETION_OUTCOME, RESUBMIT, VAR_COMMENT, "Đã bổ sung biên bản");
    assertThat(pi).isWaitingAt(RECEIVE);
    receive(pi);

    Proposal received = proposalOf(pi);
    assertThat(received.getReceivedAt()).isNotNull();
    assertThat(received.getReceivedBy()).isEqualTo("officer.ban");
    assertThat(received.getReturnedCount()).isEqualTo(1);
    Instant due = calendar.deadline(received.getReceivedAt(), 25);
    assertThat(received.getAppraisalDueAt()).isEqualTo(due);
    assertThat(task(pi, APPRAISE).getDueDate().toInstant()).isEqualTo(due);
    assertThat(outcomesOf(nominee(pi, "A"))).containsSubsequence("receptionIncomplete", "resubmitted", "received");
  }

  @Test
  void theUnitMayWithdrawAReturnedProposal() {
    ProcessInstance pi = propose("ANNUAL", List.of(fighter("A")));
    endorse(pi);
    complete("officer.ban", pi, RECEIVE, VAR_RECEPTION_OUTCOME, INCOMPLETE, VAR_MISSING_ITEMS, "Thiếu hồ sơ");
    complete("nominator.thads", pi, COMPLETE, VAR_COMPLETION_OUTCOME, WITHDRAW);
    assertThat(pi).isEnded().hasPassed(END_WITHDRAWN);
    assertThat(nominee(pi, "A").getStatus()).isEqualTo(CaseStatus.WITHDRAWN);
  }

  // ---- appraisal: per nominee ------------------------------------------------------------------------

  @Test
  void oneNomineeIsSupplementedWhileTheOthersGoOnAndOneIsExcluded() {
    ProcessInstance pi = propose("ANNUAL", List.of(excellentCollective("Đội 1"), excellentCollective("Đội 2"),
        excellentCollective("Đội 3")));
    endorse(pi);
    receive(pi);
    assertThat(openTasks(APPRAISE)).isEqualTo(1);

    Refusal noNote = refused(() -> appraise(pi, List.of("Đội 3"), null, List.of(), null));
    assertThat(noNote.getMessage()).contains("Đội 3");
    Refusal twice = refused(() -> appraise(pi, List.of("Đội 3"), "x", List.of("Đội 3"), "y"));
    assertThat(twice.getMessage()).contains("chọn một");
    appraise(pi, List.of("Đội 3"), "Tỷ lệ Lao động tiên tiến chưa được xác nhận", List.of("Đội 2"),
        "Thiếu danh sách Lao động tiên tiến có xác nhận");

    assertThat(proposalOf(pi).getStatus()).isEqualTo(ProposalStatus.APPRAISED);
    assertThat(pi).isWaitingAt(NOMINEE_CASES);
    CommendationCase one = nominee(pi, "Đội 1");
    CommendationCase two = nominee(pi, "Đội 2");
    CommendationCase three = nominee(pi, "Đội 3");
    assertThat(caseProcess(one.getCaseNumber())).isWaitingAt(CaseProcess.AWAIT_DECISION);
    assertThat(one.getStatus()).isEqualTo(CaseStatus.AWAITING_DECISION);
    assertThat(one.getProcessInstanceId()).isEqualTo(caseProcess(one.getCaseNumber()).getId());
    ProcessInstance twoCase = caseProcess(two.getCaseNumber());
    assertThat(twoCase).isWaitingAt(NominationProcess.SUPPLEMENT);
    assertThat(task(twoCase, NominationProcess.SUPPLEMENT)).hasCandidateGroup("unit-thads-nominators");
    assertThat(two.getAppraisalDecision()).isEqualTo(NomineeDecision.SUPPLEMENT);
    assertThat(two.getSupplementDueAt()).isNotNull();
    assertThat(three.getStatus()).isEqualTo(CaseStatus.REJECTED);
    assertThat(three.getOutcomeReason()).contains("chưa được xác nhận");

    // the unit supplements that one nominee; the Board appraises it alone, and it joins the others
    complete("nominator.thads", twoCase, NominationProcess.SUPPLEMENT, NominationProcess.VAR_SUPPLEMENT_OUTCOME,
        NominationProcess.RESUBMIT);
    assertThat(task(twoCase, NominationProcess.APPRAISE)).hasCandidateGroup("board-officers");
    complete("officer.ban", twoCase, NominationProcess.APPRAISE, NominationProcess.VAR_APPRAISAL_OUTCOME,
        NominationProcess.APPROVE);
    assertThat(twoCase).isWaitingAt(CaseProcess.AWAIT_DECISION);
  }

  @Test
  void aSupplementNotSentInTimeWithdrawsThatNomineeOnly() {
    ProcessInstance pi = propose("ANNUAL", List.of(excellentCollective("Đội 1"), excellentCollective("Đội 2")));
    endorse(pi);
    receive(pi);
    appraise(pi, List.of(), null, List.of("Đội 2"), "Thiếu báo cáo");
    ProcessInstance two = caseProcess(nominee(pi, "Đội 2").getCaseNumber());

    fireTimer(two, NominationProcess.SUPPLEMENT_OVERDUE);

    assertThat(two).isEnded().hasPassed(NominationProcess.END_WITHDRAWN);
    assertThat(nominee(pi, "Đội 2").getStatus()).isEqualTo(CaseStatus.WITHDRAWN);
    assertThat(nominee(pi, "Đội 1").getStatus()).isEqualTo(CaseStatus.AWAITING_DECISION);
    assertThat(pi).isWaitingAt(NOMINEE_CASES);
  }

  @Test
  void theAppraisalNamesOnlyThisProposalsOpenNominees() {
    ProcessInstance pi = propose("ANNUAL", List.of(excellentCollective("Đội 1"), excellentCollective("Đội 2")));
    ProcessInstance other = propose("nominator.ca", header("ANNUAL"), List.of(excellentCollective("Đội khác")));
    endorse(pi);
    receive(pi);
    Refusal foreign = refused(() -> complete("officer.ban", pi, APPRAISE, VAR_EXCLUDED,
        checked(List.of(nominees(other).get(0).getCaseNumber())), VAR_EXCLUSION_REASON, "x"));
    assertThat(foreign.getMessage()).contains("không phải đối tượng");
    Refusal notAList = refused(() -> complete("officer.ban", pi, APPRAISE, VAR_SUPPLEMENTED, 42));
    assertThat(notAList.status()).isEqualTo(400);
    assertThat(pi).isWaitingAt(APPRAISE);
  }

  @Test
  void theAppraisalIsRemindedAndEscalatedWhenLate() {
    ProcessInstance pi = propose("ANNUAL", List.of(fighter("A")));
    endorse(pi);
    receive(pi);
    fireTimer(pi, APPRAISAL_REMINDER);
    fireTimer(pi, APPRAISAL_OVERDUE);
    assertThat(task(pi, APPRAISE)).hasCandidateGroup("board-heads");
    assertThat(nominee(pi, "A").isAppraisalOverdue()).isTrue();
    appraiseAll(pi);
    assertThat(nominee(pi, "A").isAppraisalOverdue()).isFalse();
  }

  // ---- the Council, the Chairman's list, each case on its own ------------------------------------------

  @Test
  void councilAndNonCouncilAwardsFromTheSameProposalEachCloseOnTheirOwn() {
    ProcessInstance pi = propose("ANNUAL", List.of(merit("Nguyễn Thị Mai"), fighter("Lê Văn Bình"),
        excellentCollective("Đội Thi hành án số 1")));
    endorse(pi);
    clusterApprovesAll(pi);
    receive(pi);
    appraiseAll(pi);

    ProcessInstance merit = caseProcess(nominee(pi, "Nguyễn Thị Mai").getCaseNumber());
    ProcessInstance fighter = caseProcess(nominee(pi, "Lê Văn Bình").getCaseNumber());
    ProcessInstance collective = caseProcess(nominee(pi, "Đội Thi hành án số 1").getCaseNumber());
    assertThat(merit).isWaitingAt(CaseProcess.AWAIT_DECISION);
    assertThat(collective).isWaitingAt(CaseProcess.AWAIT_DECISION);
    // the provincial fighter: public notice, then the Council
    assertThat(fighter).isWaitingAt(NominationProcess.NOTICE_PERIOD);
    fireTimer(fighter, NominationProcess.NOTICE_PERIOD);
    assertThat(fighter).isWaitingAt(NominationProcess.AWAIT_COUNCIL);

    // an old single-nominee case waits for the same session
    ProcessInstance old = nominatedAndAppraised(fighterNomination("Hồ sơ cũ"));
    String councilDecision = councilDecides(List.of(fighter, old));
    assertThat(caseOf(old).getStatus()).isEqualTo(CaseStatus.AWARDED);
    assertThat(caseOf(fighter).getStatus()).isEqualTo(CaseStatus.AWARDED);
    assertThat(caseOf(fighter).getDecisionNumber()).isEqualTo(councilDecision);
    assertThat(fighter).isEnded().hasPassed(NominationProcess.END_AWARDED);
    assertThat(pi).isWaitingAt(NOMINEE_CASES);

    // the Chairman's list of the awards without a Council vote: one decision per award type
    ProcessInstance list = as("head.ban", () -> runtime.startProcessInstanceByKey(DecisionListProcess.KEY, Map.of()));
    assertThat(list.getBusinessKey()).isEqualTo(String.format("TK-%d-001", YEAR));
    List<Task> signing = tasks.createTaskQuery().processInstanceId(list.getId())
        .taskDefinitionKey(DecisionListProcess.APPROVE_DECISION).list();
    assertThat(signing).as("one list per award type").hasSize(2);
    assertThat(String.valueOf(tasks.getVariable(signing.get(0).getId(), CouncilProcess.VAR_DECISION_CASES)))
        .contains("không qua Hội đồng").doesNotContain("phiếu tán thành");
    decideList(list, "approve", null);
    assertThat(list).isEnded();
    assertThat(caseOf(merit).getStatus()).isEqualTo(CaseStatus.AWARDED);
    assertThat(caseOf(collective).getStatus()).isEqualTo(CaseStatus.AWARDED);
    assertThat(caseOf(merit).getDecisionNumber()).isNotEqualTo(caseOf(collective).getDecisionNumber())
        .isNotEqualTo(councilDecision);
    assertThat(pi).isEnded().hasPassed(END_CLOSED);
    assertThat(proposalService.find(pi.getBusinessKey()).orElseThrow().getStatus()).isEqualTo(ProposalStatus.CLOSED);
  }

  @Test
  void aComplaintDuringANomineesPublicNoticeIsHandledInThatCaseAlone() {
    ProcessInstance pi = propose("ANNUAL", List.of(fighter("Lê Văn Bình"), excellentCollective("Đội 1")));
    endorse(pi);
    receive(pi);
    appraiseAll(pi);
    String fighter = nominee(pi, "Lê Văn Bình").getCaseNumber();
    ProcessInstance fighterCase = caseProcess(fighter);
    assertThat(caseRecord(fighter).getStatus()).isEqualTo(CaseStatus.UNDER_NOTICE);

    complaints.lodge(fighter, new ComplaintForm("Nguyễn Văn Dân", "dan@example.vn", "Sáng kiến chưa được áp dụng"));
    Task handle = task(fighterCase, NominationProcess.HANDLE_COMPLAINT);
    assertThat(handle).hasCandidateGroup("board-officers");
    complete("officer.ban", fighterCase, NominationProcess.HANDLE_COMPLAINT, NominationProcess.VAR_COMPLAINT_OUTCOME,
        NominationProcess.WITHDRAW_NOMINEE, NominationProcess.VAR_COMMENT, "Sáng kiến chưa được công nhận");

    assertThat(fighterCase).isEnded().hasPassed(NominationProcess.END_REJECTED);
    assertThat(caseRecord(fighter).getOutcomeReason()).contains("Sáng kiến chưa được công nhận");
    assertThat(nominee(pi, "Đội 1").getStatus()).isEqualTo(CaseStatus.AWAITING_DECISION);
  }

  @Test
  void theChairmanMayRefuseTheListAndEachCaseEndsRejected() {
    ProcessInstance pi = propose("ANNUAL", List.of(excellentCollective("Đội 1")));
    endorse(pi);
    receive(pi);
    appraiseAll(pi);
    ProcessInstance list = as("officer.ban", () -> runtime.startProcessInstanceByKey(DecisionListProcess.KEY, Map.of()));
    decideList(list, "reject", "Chưa đủ căn cứ");
    assertThat(list).isEnded();
    CommendationCase c = nominee(pi, "Đội 1");
    assertThat(c.getStatus()).isEqualTo(CaseStatus.REJECTED);
    assertThat(c.getOutcomeReason()).contains("Chưa đủ căn cứ");
    assertThat(pi).isEnded();
  }

  @Test
  void aDecisionListWithNothingWaitingIsRefused() {
    Refusal refusal = refused(() -> as("officer.ban",
        () -> runtime.startProcessInstanceByKey(DecisionListProcess.KEY, Map.of())));
    assertThat(refusal.status()).isEqualTo(400);
  }

  @Test
  void aCaseProcessCannotBeStartedExceptByItsProposal() {
    ProcessInstance pi = propose("ANNUAL", List.of(excellentCollective("Đội 1")));
    String caseNumber = nominees(pi).get(0).getCaseNumber();
    assertThrows(AuthorizationException.class, () -> as("nominator.thads",
        () -> runtime.startProcessInstanceByKey(CaseProcess.KEY, caseNumber)));
    Refusal refusal = refused(() -> runtime.startProcessInstanceByKey(CaseProcess.KEY, caseNumber));
    assertThat(refusal.status()).isEqualTo(403);
  }

  // ---- sudden (AD_HOC) ---------------------------------------------------------------------------------

  @Test
  void aSuddenProposalTakesOnlyItsAwardsSkipsTheClusterAndHasItsOwnShorterLimit() {
    Map<String, Object> flag = excellentCollective("Đội cứu hộ");
    flag.put("awardType", "TAP_THE_LAO_DONG_XUAT_SAC");
    Map<String, Object> noDate = merit("Không ngày");
    RowsRefused refused = (RowsRefused) refused(() -> propose("AD_HOC", List.of(flag, noDate)));
    assertThat(refused.errors()).extracting(RowError::row, RowError::column).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, NomineeField.AWARD.header),
        org.assertj.core.groups.Tuple.tuple(1, NomineeField.ACHIEVEMENT_DATE.header),
        org.assertj.core.groups.Tuple.tuple(2, NomineeField.ACHIEVEMENT_DATE.header));
    assertThat(refused.errors().get(0).message()).contains("đột xuất");

    Map<String, Object> rescuer = merit("Phạm Văn Cứu");
    rescuer.put("consecutiveExcellentYears", 0);
    rescuer.put("recognisedInitiatives", 0);
    rescuer.put("achievementSummary", "Dũng cảm cứu 3 người bị nạn trong lũ");
    rescuer.put("achievementDate", TODAY.minusDays(3).toString());
    ProcessInstance pi = propose("AD_HOC", List.of(rescuer));
    CommendationCase c = nominees(pi).get(0);
    assertThat(c.getEligible()).as("the sudden-achievement route of Art. 74").isTrue();
    assertThat(c.getEligibilityReason()).contains("đột xuất");
    endorse(pi);
    assertThat(pi).isWaitingAt(RECEIVE).hasNotPassed(REVIEW_IN_CLUSTER);
    receive(pi);
    Proposal p = proposalOf(pi);
    assertThat(p.getAppraisalDueAt()).isEqualTo(calendar.deadline(p.getReceivedAt(),
        proposalSettings.getAdHocAppraisalWorkingDays()));
    assertThat(Duration.between(p.getReceivedAt(), p.getAppraisalDueAt()))
        .isLessThan(Duration.between(p.getReceivedAt(), calendar.deadline(p.getReceivedAt(), 25)));
  }

  // ---- campaigns (THEMATIC) --------------------------------------------------------------------------------

  @Test
  void aThematicProposalWaitsForItsCampaignsDeadlineAndIsRefusedAfterIt() {
    Campaign open = campaign("Phong trào chuyển đổi số", TODAY.plusDays(10), Instant.now().plus(Duration.ofDays(10)), 3);
    Map<String, Object> h = header("THEMATIC");
    h.put(VAR_CAMPAIGN, open.getId().intValue());
    Map<String, Object> movement = merit("Người chuyển đổi số");
    movement.put("consecutiveExcellentYears", 0);
    movement.put("recognisedInitiatives", 0);
    Map<String, Object> fighterRow = fighter("Không thuộc đợt");
    RowsRefused notInCampaign = (RowsRefused) refused(() -> propose("nominator.thads", h,
        List.of(movement, fighterRow)));
    assertThat(notInCampaign.errors().get(0).message()).contains("Phong trào chuyển đổi số");
    Refusal overQuota = refused(() -> propose("nominator.thads", h, List.of(merit("1"), merit("2"),
        merit("3"), merit("4"))));
    assertThat(overQuota.getMessage()).contains("chỉ còn nhận 3");

    ProcessInstance pi = propose("nominator.thads", h, List.of(movement));
    assertThat(nominees(pi).get(0).getEligible()).as("the movement route of Art. 74").isTrue();
    endorse(pi);
    assertThat(pi).hasNotPassed(REVIEW_IN_CLUSTER);
    receive(pi);
    assertThat(pi).isWaitingAt(CAMPAIGN_DEADLINE);
    assertThat(proposalOf(pi).getStatus()).isEqualTo(ProposalStatus.AWAITING_CAMPAIGN);
    fireTimer(pi, CAMPAIGN_DEADLINE);
    assertThat(pi).isWaitingAt(APPRAISE);
    assertThat(proposalOf(pi).getAppraisalDueAt()).isEqualTo(calendar.deadline(open.getDeadlineAt(), 25));
    appraiseAll(pi);

    // the campaign's list: its decision cites the plan the campaign rewards, after the texts of law
    ProcessInstance list = as("head.ban", () -> runtime.startProcessInstanceByKey(DecisionListProcess.KEY,
        Map.of(DecisionListProcess.VAR_CAMPAIGN, open.getId().intValue())));
    decideList(list, "approve", null);
    CommendationCase awarded = nominees(pi).get(0);
    assertThat(awarded.getStatus()).isEqualTo(CaseStatus.AWARDED);
    String decision = pdfText(documents.decisionPdf(awarded.getDecisionNumber(), awarded.getDecisionDate().getYear()));
    assertThat(decision).contains("Căn cứ Kế hoạch số 130/KH-UBND;");
    assertThat(decision.indexOf("Căn cứ Kế hoạch số 130/KH-UBND")).isGreaterThan(decision.indexOf("Luật Thi đua"));

    Campaign closed = campaign("Đợt đã hết hạn", TODAY.minusDays(1), Instant.now().minus(Duration.ofHours(1)), null);
    h.put(VAR_CAMPAIGN, closed.getId().intValue());
    Refusal late = refused(() -> propose("nominator.thads", h, List.of(merit("Muộn"))));
    assertThat(late.getMessage()).contains("hết hạn nhận hồ sơ");
  }

  private static String pdfText(byte[] pdf) {
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Campaign campaign(String name, LocalDate deadline, Instant deadlineAt, Integer quota) {
    return campaignRepository.save(new Campaign(name, "Kế hoạch số 130/KH-UBND", EnumSet.of(
        AwardType.BANG_KHEN_CHU_TICH_TINH), quota, deadline, deadlineAt, "officer.ban", Instant.now()));
  }

  private List<String> outcomesOf(CommendationCase c) {
    return jdbc.queryForList("select e.outcome from case_event e join case_record c on c.id = e.case_id "
        + "where c.case_number = ? order by e.id", String.class, c.getCaseNumber());
  }
}
