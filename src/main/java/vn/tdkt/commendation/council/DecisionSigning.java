package vn.tdkt.commendation.council;

import static vn.tdkt.commendation.council.CouncilProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.casefile.YearCounters;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.nomination.NominationProcess;
import vn.tdkt.commendation.official.BonusSettings;
import vn.tdkt.commendation.official.BonusTable;
import vn.tdkt.commendation.official.IssuedDocument;
import vn.tdkt.commendation.official.IssuedDocuments;
import vn.tdkt.commendation.official.OfficialTexts;
import vn.tdkt.commendation.official.OfficialTexts.SignerTitle;
import vn.tdkt.commendation.official.Vn;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.problem.Refusal;

/**
 * From the Council's result to the issued decision, per award type of a session: the Board's submission and the
 * list for the signer (the Chairman, or the Vice-Chairman configured to sign for the Chairman), the signer's
 * approval, the number and date the UBND office's clerk takes from the register (or the system's own count), and
 * the issue: the decision record, the cases awarded, the PDF rendered, signed with the organisation's certificate
 * and kept — all in the transaction of the step that issues it.
 */
@Service
@Transactional
public class DecisionSigning {

  /** Room for the closing line within Camunda's 4000-character limit of a String variable. */
  static final int SIGNING_TEXT_LIMIT = 3800;
  static final String PROPOSAL_COUNTER = "board-proposal";

  private final CouncilService council;
  private final DecisionDraftRepository drafts;
  private final DecisionRepository decisions;
  private final DecisionNumbers numbers;
  private final DecisionSettings settings;
  private final CaseService cases;
  private final OrganisationService organisation;
  private final YearCounters counters;
  private final OfficialTexts texts;
  private final DecisionDocuments documents;
  private final IssuedDocuments issued;
  private final BonusTable bonuses;
  private final ChairmanList chairmanList;
  private final Clock clock;

  DecisionSigning(CouncilService council, DecisionDraftRepository drafts, DecisionRepository decisions,
      DecisionNumbers numbers, DecisionSettings settings, CaseService cases, OrganisationService organisation,
      YearCounters counters, OfficialTexts texts, DecisionDocuments documents, IssuedDocuments issued,
      BonusSettings bonusSettings, ChairmanList chairmanList, Clock clock) {
    this.council = council;
    this.drafts = drafts;
    this.decisions = decisions;
    this.numbers = numbers;
    this.settings = settings;
    this.cases = cases;
    this.organisation = organisation;
    this.counters = counters;
    this.texts = texts;
    this.documents = documents;
    this.issued = issued;
    this.bonuses = new BonusTable(bonusSettings);
    this.chairmanList = chairmanList;
    this.clock = clock;
  }

  /**
   * Gives an award type's passed cases to the signer's new task, with the Board's submission that proposes them
   * (numbered once), and returns the list as text for the task's form.
   */
  public String prepare(Long sessionId, String awardType, String taskId) {
    AwardType award = AwardType.valueOf(awardType);
    DecisionDraft draft = draftFor(sessionId, award);
    draft.signingTask(taskId);
    Map<String, String> unitNames = organisation.unitNames();
    CouncilSession session = council.get(sessionId);
    int members = session.getMembers().size();
    // a list without a Council vote (process "decision-list"): no minutes, no ballot counts
    boolean direct = session.getKind() == CouncilSession.Kind.DIRECT;
    String links = "/council/sessions/" + session.getSessionNumber();
    StringBuilder text = new StringBuilder(texts.award(award).getName()).append(" — Tờ trình số ")
        .append(draft.getProposalNumber()).append(" ").append(Vn.INSTANCE.date(draft.getProposalDate()))
        .append(" ([tờ trình](").append(links).append("/proposals/").append(awardType).append(".pdf), [dự thảo quyết định](")
        .append(links).append("/drafts/").append(awardType).append(".pdf)")
        .append(direct ? "" : ", [biên bản họp Hội đồng](" + links + "/minutes.pdf)").append("):\n\n");
    if (direct) {
      text.append(session.getHeading() == null ? "" : session.getHeading() + "\n\n")
          .append("Ban Thi đua – Khen thưởng đã thẩm định; hình thức này không qua Hội đồng bỏ phiếu.\n\n");
    }
    List<SessionCase> passed = council.passedCases(sessionId, awardType);
    cases.getAll(passed.stream().map(SessionCase::getCaseNumber).toList());
    int shown = 0;
    for (SessionCase sc : passed) {
      sc.signIn(taskId);
      CommendationCase c = cases.get(sc.getCaseNumber());
      String line = "- " + c.getCaseNumber() + ": " + c.getNomineeName()
          + (c.getNomineePosition() == null ? "" : ", " + c.getNomineePosition())
          + " (" + unitNames.getOrDefault(c.getUnitCode(), "") + ")"
          + (direct ? "\n" : " — " + sc.getApprovals() + "/" + members + " phiếu tán thành\n");
      // a String variable holds at most 4000 characters (Camunda's TEXT_ column on PostgreSQL and H2);
      // the list the signer signs is the session record, this text only shows it
      if (text.length() + line.length() <= SIGNING_TEXT_LIMIT) {
        text.append(line);
        shown++;
      }
    }
    if (shown < passed.size()) {
      text.append("… và ").append(passed.size() - shown).append(" hồ sơ khác (tổng ").append(passed.size())
          .append(" hồ sơ; xem tờ trình và từng hồ sơ trong Sổ hồ sơ)\n");
    }
    // what the Council turned down of this award, with the counts, and the session page
    chairmanList.appendNotPassed(text, council.get(sessionId), awardType, SIGNING_TEXT_LIMIT);
    return text.toString();
  }

  /** The session's draft of an award type, made with its submission's number when the list first goes to a signer. */
  DecisionDraft draftFor(Long sessionId, AwardType award) {
    return drafts.findBySessionIdAndAwardType(sessionId, award).orElseGet(() -> {
      LocalDate today = LocalDate.now(clock);
      long n = counters.next(PROPOSAL_COUNTER, today.getYear());
      return drafts.save(new DecisionDraft(sessionId, award, Vn.INSTANCE.number(n, texts.getProposal().getSymbol()),
          today, council.get(sessionId).getStartedBy(), settings.signerOf(award).getTitle()));
    });
  }

  /**
   * The signer's answer on the list given to the task: not approved (every case rejected, with the reason), or
   * approved with some cases left out (each rejected, with the reason) and the rest waiting for the decision.
   * Returns whether a decision follows.
   */
  public boolean approve(Long sessionId, String taskId, SignInput input, String actor) {
    List<SessionCase> list = council.passedCases(sessionId, null).stream()
        .filter(sc -> taskId.equals(sc.getSigningTaskId())).toList();
    if (list.isEmpty()) {
      throw Refusal.invalid(null, "Danh sách trình ký của việc này đã được xử lý.");
    }
    AwardType award = list.get(0).getAwardType();
    DecisionDraft draft = draftFor(sessionId, award);
    cases.getAll(list.stream().map(SessionCase::getCaseNumber).toList());
    Set<String> listed = list.stream().map(SessionCase::getCaseNumber).collect(Collectors.toSet());
    for (String excluded : input.excludedCases()) {
      if (!listed.contains(excluded)) {
        throw Refusal.invalid(VAR_EXCLUDED_CASES, "Hồ sơ " + excluded + " không có trong danh sách trình ký này.");
      }
    }
    String signer = draft.getSignerTitle() == SignerTitle.VICE_CHAIRMAN ? "Phó Chủ tịch UBND tỉnh" : "Chủ tịch UBND tỉnh";
    LocalDate today = LocalDate.now(clock);
    if (REJECT.equals(input.outcome())) {
      for (SessionCase sc : list) {
        sc.result(SessionCase.Result.REFUSED, null);
        council.passResult(sc.getCaseNumber(), NominationProcess.REJECTED, signer + " không phê duyệt: " + input.comment());
      }
      draft.refused(actor, today);
      return false;
    }
    if (input.excludedCases().size() == list.size()) {
      throw Refusal.invalid(VAR_EXCLUDED_CASES,
          "Không thể loại mọi hồ sơ khỏi quyết định: hãy chọn \"Không phê duyệt\" (reject).");
    }
    for (SessionCase sc : list) {
      if (input.excludedCases().contains(sc.getCaseNumber())) {
        sc.result(SessionCase.Result.EXCLUDED, null);
        council.passResult(sc.getCaseNumber(), NominationProcess.REJECTED,
            signer + " không đưa vào quyết định khen thưởng: " + input.comment());
      } else {
        sc.result(SessionCase.Result.APPROVED, null);
        cases.record(sc.getCaseNumber(), actor, "decisionApproved", signer + " đã ký duyệt; chờ cấp số quyết định.");
      }
    }
    draft.approved(actor, today);
    return true;
  }

  /** The award type whose list a signing task was given: from the session's record, never from the task's variables. */
  @Transactional(readOnly = true)
  public String awardTypeOfTask(Long sessionId, String taskId) {
    return council.casesOf(sessionId).stream().filter(sc -> taskId.equals(sc.getSigningTaskId()))
        .map(sc -> sc.getAwardType().name()).findFirst()
        .orElseThrow(() -> new IllegalStateException("No list of session " + sessionId + " for task " + taskId));
  }

  /** What the clerk is shown: the approved decision waiting for its number. */
  @Transactional(readOnly = true)
  public String summaryForClerk(Long sessionId, String awardType) {
    DecisionDraft draft = approvedDraft(sessionId, AwardType.valueOf(awardType));
    long count = council.casesOf(sessionId).stream()
        .filter(sc -> sc.getAwardType() == draft.getAwardType() && sc.getResult() == SessionCase.Result.APPROVED).count();
    Vn vn = Vn.INSTANCE;
    return "Quyết định tặng " + texts.award(draft.getAwardType()).getName() + " cho " + count + " tập thể, cá nhân"
        + "\n\nTheo Tờ trình số " + draft.getProposalNumber() + " " + vn.date(draft.getProposalDate())
        + ".\n\n" + (draft.getSignerTitle() == SignerTitle.VICE_CHAIRMAN ? "Phó Chủ tịch" : "Chủ tịch") + " UBND tỉnh "
        + organisation.personName(draft.getSignerId()) + " đã ký duyệt " + vn.date(draft.getApprovedOn())
        + ".\n\n[Dự thảo quyết định](/council/sessions/" + council.get(sessionId).getSessionNumber() + "/drafts/"
        + awardType + ".pdf)";
  }

  /** The clerk records the number and date from the register; a number the year already has is refused. */
  public void recordNumber(Long sessionId, String awardType, Object rawNumber, Object rawDate, String clerk) {
    DecisionDraft draft = approvedDraft(sessionId, AwardType.valueOf(awardType));
    int number = Inputs.wholeNumber(rawNumber, VAR_REGISTER_NUMBER, 1, (int) DecisionNumbers.REGISTER_MAX,
        "Số quyết định theo sổ đăng ký văn bản là số nguyên từ 1 đến " + DecisionNumbers.REGISTER_MAX + ".");
    LocalDate date = Inputs.date(rawDate, VAR_REGISTER_DATE, "ngày ban hành", draft.getApprovedOn(), LocalDate.now(clock));
    if (date == null) {
      throw Refusal.invalid(VAR_REGISTER_DATE, "Thiếu ngày ban hành theo sổ đăng ký văn bản.");
    }
    numbers.fromRegister(number, date);
    draft.numbered(number, date, clerk);
  }

  /** The model's issueDecision: the number from the register, or the system's next one on the approval's date. */
  public Decision issue(Long sessionId, String awardType) {
    DecisionDraft draft = approvedDraft(sessionId, AwardType.valueOf(awardType));
    if (draft.getRegisterNumber() != null) {
      return issue(draft, numbers.fromRegister(draft.getRegisterNumber(), draft.getRegisterDate()),
          draft.getRegisterDate(), draft.getNumberedBy());
    }
    return issue(draft, numbers.numberFor(null, draft.getApprovedOn()), draft.getApprovedOn(), null);
  }

  /** Model version 1.1.0: the Chairman approves and the decision is issued at once, numbered as the form says. */
  public Decision signAndIssue(Long sessionId, String taskId, SignInput input, String actor) {
    String awardType = council.passedCases(sessionId, null).stream().filter(sc -> taskId.equals(sc.getSigningTaskId()))
        .map(sc -> sc.getAwardType().name()).findFirst().orElse(null);
    if (!approve(sessionId, taskId, input, actor)) {
      return null;
    }
    DecisionDraft draft = approvedDraft(sessionId, AwardType.valueOf(awardType));
    LocalDate date = input.decisionDate() == null ? LocalDate.now(clock) : input.decisionDate();
    return issue(draft, numbers.numberFor(input.decisionNumber(), date), date, null);
  }

  private Decision issue(DecisionDraft draft, DecisionNumbers.Number number, LocalDate date, String numberedBy) {
    List<SessionCase> list = council.casesOf(draft.getSessionId()).stream()
        .filter(sc -> sc.getAwardType() == draft.getAwardType() && sc.getResult() == SessionCase.Result.APPROVED)
        .toList();
    List<CommendationCase> recipients = cases.getAll(list.stream().map(SessionCase::getCaseNumber).toList());
    Decision decision = new Decision(number.number(), number.sequence(), date, draft.getAwardType(),
        draft.getSessionId(), draft.getSignerId(), clock.instant(), list.size());
    decision.signer(draft.getSignerTitle(), numberedBy, draft.getProposalNumber(), draft.getProposalDate());
    for (NomineeKind kind : NomineeKind.values()) {
      if (recipients.stream().anyMatch(c -> c.getNomineeKind() == kind)) {
        bonuses.bonus(draft.getAwardType(), kind, date)
            .ifPresent(b -> decision.bonus(kind, b.coefficient(), b.baseSalary(), b.amount()));
      }
    }
    decisions.save(decision);
    for (SessionCase sc : list) {
      sc.result(SessionCase.Result.AWARDED, number.number());
      cases.decide(sc.getCaseNumber(), number.number(), date, draft.getSignerId());
      council.passResult(sc.getCaseNumber(), NominationProcess.AWARDED, null);
    }
    draft.issued(number.number());
    issued.issue(IssuedDocument.Kind.DECISION, date.getYear(), number.number(),
        "quyet-dinh-" + Vn.fileNamePart(number.number()) + "-" + date.getYear() + ".pdf",
        documents.decisionPdf(decision), "Ban hành Quyết định số " + number.number());
    return decision;
  }

  private DecisionDraft approvedDraft(Long sessionId, AwardType award) {
    DecisionDraft draft = drafts.findBySessionIdAndAwardType(sessionId, award)
        .orElseThrow(() -> new IllegalStateException("No draft of " + award + " in session " + sessionId));
    if (draft.getStatus() != DecisionDraft.Status.APPROVED) {
      throw Refusal.conflict(null, "Quyết định này không ở bước chờ cấp số (trạng thái " + draft.getStatus() + ").");
    }
    return draft;
  }

  /** The draft and its list, for the draft PDF and the Board's submission. */
  @Transactional(readOnly = true)
  public java.util.Optional<DecisionDraft> draft(Long sessionId, AwardType award) {
    return drafts.findBySessionIdAndAwardType(sessionId, award);
  }

  /** The cases of a draft's list as they stand: passed and waiting, or approved, or awarded under it. */
  @Transactional(readOnly = true)
  public List<CommendationCase> listOf(DecisionDraft draft) {
    return cases.getAll(council.casesOf(draft.getSessionId()).stream()
        .filter(sc -> sc.getAwardType() == draft.getAwardType())
        .filter(sc -> sc.getResult() == SessionCase.Result.PASSED || sc.getResult() == SessionCase.Result.APPROVED
            || sc.getResult() == SessionCase.Result.AWARDED)
        .map(SessionCase::getCaseNumber).toList());
  }
}
