package vn.tdkt.commendation.council;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.CommendationApplication;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.YearCounters;
import vn.tdkt.commendation.official.IssuedDocument;
import vn.tdkt.commendation.official.IssuedDocuments;
import vn.tdkt.commendation.official.OfficialTexts;
import vn.tdkt.commendation.official.PdfRenderer;
import vn.tdkt.commendation.official.Vn;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;

/**
 * The minutes of a Council session that reached its quorum (the model's writeSessionMinutes, right after the tally): the
 * members and who of them took part — never how anyone voted, which the ballot does not keep —, the quorum, each
 * nominee's counts against its threshold, the chair and the secretary. Rendered from
 * templates/official/council-minutes.html, signed with the organisation's certificate and kept as issued.
 */
@Service
@Transactional
public class CouncilMinutes {

  static final String COUNTER = "council-minutes";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm");

  public record Member(int no, String name, boolean took) {
  }

  public record Result(int no, String nominee, String unit, String award, int approvals, int rejections,
      String share, String threshold, boolean passed) {
  }

  public record MinutesView(String governing, List<String> issuingBody, String number, String placeDate, String summary,
      List<String> opening, String time, String chair, String secretary, List<Member> members, int total, int voters,
      String voterShare, String quorum, int round, List<Result> results, long passed) {
  }

  private final CouncilService council;
  private final CouncilSettings settings;
  private final CaseService cases;
  private final OrganisationService organisation;
  private final YearCounters counters;
  private final OfficialTexts texts;
  private final PdfRenderer renderer;
  private final IssuedDocuments issued;
  private final Clock clock;

  CouncilMinutes(CouncilService council, CouncilSettings settings, CaseService cases, OrganisationService organisation,
      YearCounters counters, OfficialTexts texts, PdfRenderer renderer, IssuedDocuments issued, Clock clock) {
    this.council = council;
    this.settings = settings;
    this.cases = cases;
    this.organisation = organisation;
    this.counters = counters;
    this.texts = texts;
    this.renderer = renderer;
    this.issued = issued;
    this.clock = clock;
  }

  /** Numbers, renders, signs and keeps the session's minutes. */
  public IssuedDocument write(Long sessionId) {
    CouncilSession session = council.get(sessionId);
    LocalDate today = LocalDate.now(clock);
    String number = Vn.INSTANCE.number(counters.next(COUNTER, today.getYear()), texts.getMinutes().getSymbol());
    session.minutes(number, today);
    byte[] pdf = pdf(session);
    return issued.issue(IssuedDocument.Kind.COUNCIL_MINUTES, today.getYear(), session.getSessionNumber(),
        "bien-ban-" + session.getSessionNumber() + ".pdf", pdf, "Biên bản họp Hội đồng " + number);
  }

  byte[] pdf(CouncilSession session) {
    return renderer.pdf("council-minutes", Map.of("m", view(session), "title", "Biên bản họp Hội đồng Thi đua - Khen thưởng",
        "author", String.join(" ", texts.getMinutes().getIssuingBody())));
  }

  MinutesView view(CouncilSession session) {
    Vn vn = Vn.INSTANCE;
    OfficialTexts.BodyTexts t = texts.getMinutes();
    Set<String> took = new HashSet<>(council.votersOf(session.getId()));
    List<Member> members = new ArrayList<>();
    for (String id : session.getMembers()) {
      members.add(new Member(members.size() + 1, organisation.personName(id), took.contains(id)));
    }
    int total = session.getMembers().size();
    Map<String, SessionCase> listed = council.casesOf(session.getId()).stream()
        .collect(Collectors.toMap(SessionCase::getCaseNumber, Function.identity()));
    Map<String, String> units = organisation.unitNames();
    List<BallotTally> tallies = council.talliesOf(session.getId());
    Map<String, CommendationCase> byNumber = cases.getAll(tallies.stream().map(BallotTally::getCaseNumber).toList())
        .stream().collect(Collectors.toMap(CommendationCase::getCaseNumber, Function.identity()));
    List<Result> results = new ArrayList<>();
    for (BallotTally tally : tallies) {
      SessionCase sc = listed.get(tally.getCaseNumber());
      CommendationCase c = byNumber.get(tally.getCaseNumber());
      CouncilSettings.Threshold threshold = settings.threshold(sc.getAwardType());
      results.add(new Result(results.size() + 1, Vn.clean(c.getNomineeName()), DecisionDocuments.positionAndUnit(c, units),
          texts.award(sc.getAwardType()).getName(), tally.getApprovals(), tally.getRejections(),
          percent(tally.getApprovals(), total), threshold.describe(),
          threshold.passes(tally.getApprovals(), total)));
    }
    String chair = settings.getChair() != null ? settings.getChair()
        : organisation.membersOf(Roles.CHAIRMAN).stream().findFirst().orElse(null);
    String secretary = settings.getSecretary() != null ? settings.getSecretary() : session.getStartedBy();
    LocalDate date = session.getMinutesDate();
    return new MinutesView(t.getGoverningBody(), t.getIssuingBody(), session.getMinutesNumber(),
        vn.placeDate(texts.getPlace(), date), t.getSummary(),
        t.getOpening().stream().map(o -> vn.fill(o, "date", vn.date(date), "session", session.getSessionNumber())).toList(),
        TIME.format(clock.instant().atZone(ZoneId.of(CommendationApplication.ZONE))) + ", " + vn.date(date),
        organisation.personName(chair), organisation.personName(secretary), members, total, took.size(),
        percent(took.size(), total), settings.getQuorum(), session.getRound(), results,
        results.stream().filter(Result::passed).count());
  }

  static String percent(int part, int whole) {
    return whole == 0 ? "0%" : Math.round(100.0 * part / whole) + "%";
  }
}
