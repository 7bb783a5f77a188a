package vn.tdkt.commendation.proposal;

import static vn.tdkt.commendation.proposal.ProposalProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.CommendationKind;
import vn.tdkt.commendation.casefile.ProposalEntry;
import vn.tdkt.commendation.casefile.YearCounters;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.organisation.Unit;
import vn.tdkt.commendation.problem.Refusal;

/**
 * Reads and checks a proposal (the tờ trình's header and its nominee rows) and registers it: the proposal record
 * numbered {@code DN-{year}-{00001}} and a case record per nominee. The Excel import checks with the same code
 * before it starts anything, so a list refused there is refused the same way from Tasklist or REST.
 */
@Service
@Transactional
public class ProposalRegistration {

  static final String COUNTER = "proposal";

  private final ProposalRepository proposals;
  private final CaseService cases;
  private final CampaignService campaigns;
  private final OrganisationService organisation;
  private final YearCounters counters;
  private final ProposalSettings settings;
  private final Clock clock;

  ProposalRegistration(ProposalRepository proposals, CaseService cases, CampaignService campaigns,
      OrganisationService organisation, YearCounters counters, ProposalSettings settings, Clock clock) {
    this.proposals = proposals;
    this.cases = cases;
    this.campaigns = campaigns;
    this.organisation = organisation;
    this.counters = counters;
    this.settings = settings;
    this.clock = clock;
  }

  /** A checked proposal, ready to register. */
  record Checked(ProposalHeader header, Unit unit, List<ProposalEntry> entries) {
  }

  /** The header of a tờ trình from start variables or the import's form fields. */
  ProposalHeader header(Map<String, ?> values) {
    CommendationKind kind = CommendationKind.parse(Inputs.text(values.get(VAR_KIND), VAR_KIND,
        "loại khen thưởng", 20, true));
    if (kind == null) {
      throw Refusal.invalid(VAR_KIND, "Loại khen thưởng phải là ANNUAL (thường xuyên, hằng năm), THEMATIC (theo đợt, "
          + "chuyên đề) hoặc AD_HOC (đột xuất).");
    }
    LocalDate today = LocalDate.now(clock);
    Object yearValue = values.get(VAR_YEAR);
    int year = Inputs.missing(yearValue) ? today.getYear() : Inputs.year(yearValue, VAR_YEAR, clock);
    String number = Inputs.text(values.get(VAR_SUBMISSION_NUMBER), VAR_SUBMISSION_NUMBER, "số tờ trình",
        Proposal.SUBMISSION_NUMBER_MAX, true);
    LocalDate date = Inputs.date(values.get(VAR_SUBMISSION_DATE), VAR_SUBMISSION_DATE, "ngày tờ trình",
        LocalDate.of(Inputs.FIRST_YEAR, 1, 1), today);
    if (date == null) {
      throw Refusal.invalid(VAR_SUBMISSION_DATE, "Thiếu ngày tờ trình.");
    }
    String signer = Inputs.text(values.get(VAR_SIGNER), VAR_SIGNER, "người ký tờ trình", Proposal.SIGNER_MAX, false);
    Integer campaign = Inputs.wholeNumber(values.get(VAR_CAMPAIGN), VAR_CAMPAIGN, "đợt khen thưởng", 1,
        Integer.MAX_VALUE);
    if (kind == CommendationKind.THEMATIC && campaign == null) {
      throw Refusal.invalid(VAR_CAMPAIGN, "Tờ trình theo đợt, chuyên đề cần chọn đợt khen thưởng.");
    }
    if (kind != CommendationKind.THEMATIC && campaign != null) {
      throw Refusal.invalid(VAR_CAMPAIGN, "Chỉ tờ trình theo đợt, chuyên đề mới thuộc một đợt khen thưởng.");
    }
    return new ProposalHeader(kind, year, number, date, signer, campaign == null ? null : campaign.longValue());
  }

  /** The unit a person proposes for: the one named, if they are its nominator; else their only one. */
  Unit unitFor(String unitCode, String initiator) {
    return organisation.proposingUnit(Inputs.text(unitCode, VAR_UNIT, "mã đơn vị", 32, false), initiator, VAR_UNIT);
  }

  /**
   * Every row checked against the proposal's kind (and campaign) and against the cases already open; refused with
   * every wrong row ({@link RowsRefused}), else the entries in the order given.
   */
  Checked check(ProposalHeader header, Unit unit, List<NomineeRows.Numbered> rows) {
    if (rows.isEmpty()) {
      throw Refusal.invalid(VAR_NOMINEES, "Tờ trình cần ít nhất một đối tượng được đề nghị.");
    }
    if (rows.size() > settings.getMaxNominees()) {
      throw Refusal.invalid(VAR_NOMINEES, "Một tờ trình có tối đa " + settings.getMaxNominees() + " đối tượng; danh sách có "
          + rows.size() + ".");
    }
    Set<AwardType> awards = settings.awardTypesFor(header.kind());
    String awardsRefusal = header.kind() == CommendationKind.AD_HOC
        ? "không xét theo thủ tục đơn giản (khen thưởng đột xuất chỉ cho " + labels(awards) + ")."
        : "không có trong các hình thức được đề nghị.";
    if (header.kind() == CommendationKind.THEMATIC) {
      Campaign campaign = campaigns.admit(header.campaignId(), rows.size());
      awards = EnumSet.copyOf(campaign.getAwardTypes());
      awardsRefusal = "không thuộc đợt \"" + campaign.getName() + "\" (đợt này xét " + labels(awards) + ").";
    }
    NomineeRows.Result result = NomineeRows.check(rows, new NomineeRows.Context(header.kind(), awards, awardsRefusal,
        header.emulationYear(), LocalDate.now(clock)));
    List<RowError> errors = new ArrayList<>(result.errors());
    Map<Integer, String> open = cases.sameAchievements(unit.getCode(), header.emulationYear(), result.valid().stream()
        .map(v -> new CaseService.Achievement(v.entry().data().nomineeName(), v.entry().data().awardType())).toList());
    open.forEach((index, caseNumber) -> errors.add(new RowError(result.valid().get(index).row(),
        NomineeField.NAME.header, "Đối tượng đã có hồ sơ " + caseNumber + " cùng hình thức khen thưởng trong năm thi đua "
            + header.emulationYear() + " (đang xét hoặc đã được tặng; mỗi thành tích chỉ được khen một lần).")));
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparingInt(RowError::row));
      throw new RowsRefused(errors);
    }
    return new Checked(header, unit, result.valid().stream().map(NomineeRows.Valid::entry).toList());
  }

  /** Registers a checked proposal and its nominees' cases, in the caller's (the start's) transaction. */
  Proposal register(Checked checked, String initiator, String processInstanceId) {
    int year = LocalDate.now(clock).getYear();
    String number = String.format("DN-%d-%05d", year, counters.next(COUNTER, year));
    Unit unit = checked.unit();
    Proposal proposal = proposals.save(new Proposal(number, checked.header(), unit.getCode(), unit.getClusterCode(),
        initiator, processInstanceId, clock.instant()));
    cases.registerProposal(number, checked.header().kind(), checked.header().campaignId(), checked.entries(),
        unit.getCode(), unit.getClusterCode(), initiator);
    return proposal;
  }

  /** Key of the row number an Excel import gives each row (its row in the sheet). */
  static final String ROW = "row";

  /** The rows of a start variable, numbered as the Excel sheet numbers them, else from 1 as a form lists them. */
  static List<NomineeRows.Numbered> numbered(List<Map<String, Object>> rows) {
    List<NomineeRows.Numbered> numbered = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Object row = rows.get(i).get(ROW);
      numbered.add(new NomineeRows.Numbered(row instanceof Integer n ? n : i + 1, rows.get(i)));
    }
    return numbered;
  }

  private static String labels(Set<AwardType> awards) {
    return awards.stream().map(AwardType::label).collect(Collectors.joining(", "));
  }

  /** The cases registered for a proposal, for the caller that needs their numbers. */
  @Transactional(readOnly = true)
  List<String> caseNumbers(String proposalNumber) {
    return cases.ofProposal(proposalNumber).stream().map(CommendationCase::getCaseNumber).toList();
  }
}
