package vn.tdkt.commendation.cluster;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import vn.tdkt.commendation.CommendationApplication;
import vn.tdkt.commendation.official.OfficialTexts;
import vn.tdkt.commendation.official.PdfRenderer;
import vn.tdkt.commendation.official.Vn;
import vn.tdkt.commendation.organisation.OrganisationService;

/**
 * The round's last step: its minutes, from the text template templates/clusters/minutes.txt (Thymeleaf TEXT
 * mode, its own engine so that the pages' HTML engine stays as it is): who sent a sheet, the agreed scores,
 * each ballot round's counts, the result and the next leader. Writing them closes the round.
 */
@Service
@Transactional
class ClusterMinutesWriter {

  /** One member unit's line. */
  record MemberLine(String name, boolean submitted, Integer selfTotal, Integer agreed) {
  }

  /** One ballot round's line: the flag counts, and the merit counts of round 1 (null when none). */
  record BallotLine(int round, int ballots, String flag, String merit) {
  }

  private final SpringTemplateEngine engine = new SpringTemplateEngine();
  private final ClusterRoundService rounds;
  private final ClusterBallotService ballots;
  private final ClusterMinutesRepository minutes;
  private final OrganisationService organisation;
  private final Clock clock;
  private final PdfRenderer renderer;
  private final OfficialTexts texts;

  ClusterMinutesWriter(ClusterRoundService rounds, ClusterBallotService ballots, ClusterMinutesRepository minutes,
      OrganisationService organisation, Clock clock, PdfRenderer renderer, OfficialTexts texts) {
    this.renderer = renderer;
    this.texts = texts;
    this.rounds = rounds;
    this.ballots = ballots;
    this.minutes = minutes;
    this.organisation = organisation;
    this.clock = clock;
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/clusters/");
    resolver.setSuffix(".txt");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    engine.setTemplateResolver(resolver);
  }

  /** Writes the minutes and closes the round. */
  ClusterMinutes writeMinutes(String processInstanceId) {
    ClusterRound round = rounds.roundOf(processInstanceId);
    List<RoundMember> members = rounds.membersOf(round.getId());
    int present = (int) members.stream().filter(m -> m.getStatus() == RoundMember.Status.SUBMITTED).count();
    String text = text(round, rounds.title(round), members, rounds.nomineesOf(round.getId()));
    round.close(clock.instant());
    return minutes.save(new ClusterMinutes(round.getId(), clock.instant(), present, members.size(), text));
  }

  /** The text of the minutes of a round whose sheets are compiled and whose ballot, if any, is decided. */
  String text(ClusterRound round, String title, List<RoundMember> members, List<ClusterNominee> nominees) {
    Context context = new Context(Locale.forLanguageTag("vi"));
    context.setVariable("title", title);
    context.setVariable("leader", organisation.unitName(round.getLeaderUnitCode()));
    context.setVariable("present", members.stream().filter(m -> m.getStatus() == RoundMember.Status.SUBMITTED).count());
    context.setVariable("total", members.size());
    context.setVariable("members", members.stream().map(m -> new MemberLine(organisation.unitName(m.getUnitCode()),
        m.getStatus() == RoundMember.Status.SUBMITTED, m.getSelfTotal(), m.getAgreedScore())).toList());
    context.setVariable("yearEnd", round.getKind() == RoundKind.YEAR_END);
    context.setVariable("ballotRounds", IntStream.rangeClosed(1, round.getBallotRound())
        .mapToObj(r -> new BallotLine(r, ballots.ballots(round, r), counts(ballots.votes(round, r, VoteCount.Category.FLAG)),
            r == 1 ? counts(ballots.votes(round, 1, VoteCount.Category.MERIT)) : null))
        .toList());
    context.setVariable("result", nominees.stream()
        .map(n -> organisation.unitName(n.getUnitCode()) + " — " + n.getAwardType().label() + " (" + n.getVotesFor()
            + "/" + n.getVotesTotal() + " phiếu" + (n.getCaseNumber() == null ? "" : ", hồ sơ " + n.getCaseNumber()) + ")")
        .collect(Collectors.joining("; ")));
    context.setVariable("nextLeaderYear", round.getEmulationYear() + 1);
    context.setVariable("nextLeader", round.getNextLeaderUnitCode() == null ? null
        : organisation.unitName(round.getNextLeaderUnitCode()));
    context.setVariable("comment", round.getCompileComment());
    return engine.process("minutes", context);
  }

  /** "Công an tỉnh 4, Bộ Chỉ huy Quân sự tỉnh 2" (units by name, never by code), or null when nobody was on the list. */
  private String counts(Map<String, Integer> votes) {
    return votes.isEmpty() ? null
        : votes.entrySet().stream().map(e -> organisation.unitName(e.getKey()) + " " + e.getValue())
            .collect(Collectors.joining(", "));
  }

  /** What the minutes' PDF prints. */
  record MinutesView(String governing, List<String> issuingBody, String placeDate, String summary, List<String> opening,
      String leader, long present, int total, List<MemberLine> members, boolean yearEnd, List<BallotLine> ballotRounds,
      List<String> results, String nextLeader, int nextLeaderYear, String comment, String signerName) {
  }

  /**
   * The round's minutes as an official document (templates/official/cluster-minutes.html, Decree 30 layout), from
   * the same records as the text; the cluster's name heads it, the leader unit's representative signs it.
   */
  byte[] pdf(ClusterRound round) {
    Vn vn = Vn.INSTANCE;
    OfficialTexts.BodyTexts t = texts.getClusterMinutes();
    List<RoundMember> members = rounds.membersOf(round.getId());
    String cluster = organisation.clusterName(round.getClusterCode());
    String title = rounds.title(round);
    String[] values = {"cluster", cluster, "year", String.valueOf(round.getEmulationYear()), "title", title};
    java.time.LocalDate date = minutes.findByRoundId(round.getId())
        .map(m -> m.getWrittenAt().atZone(java.time.ZoneId.of(CommendationApplication.ZONE)).toLocalDate())
        .orElse(null);
    MinutesView view = new MinutesView(t.getGoverningBody(), List.of(vn.upper(cluster)),
        vn.placeDate(texts.getPlace(), date), vn.fill(t.getSummary(), values),
        t.getOpening().stream().map(o -> vn.fill(o, values)).toList(), organisation.unitName(round.getLeaderUnitCode()),
        members.stream().filter(m -> m.getStatus() == RoundMember.Status.SUBMITTED).count(), members.size(),
        members.stream().map(m -> new MemberLine(organisation.unitName(m.getUnitCode()),
            m.getStatus() == RoundMember.Status.SUBMITTED, m.getSelfTotal(), m.getAgreedScore())).toList(),
        round.getKind() == RoundKind.YEAR_END,
        IntStream.rangeClosed(1, round.getBallotRound())
            .mapToObj(r -> new BallotLine(r, ballots.ballots(round, r), counts(ballots.votes(round, r, VoteCount.Category.FLAG)),
                r == 1 ? counts(ballots.votes(round, 1, VoteCount.Category.MERIT)) : null))
            .toList(),
        rounds.nomineesOf(round.getId()).stream().map(n -> organisation.unitName(n.getUnitCode()) + " — "
            + n.getAwardType().label() + " (" + n.getVotesFor() + "/" + n.getVotesTotal() + " phiếu)").toList(),
        round.getNextLeaderUnitCode() == null ? null : organisation.unitName(round.getNextLeaderUnitCode()),
        round.getEmulationYear() + 1, Vn.clean(round.getCompileComment()), organisation.personName(round.getStartedBy()));
    return renderer.pdf("cluster-minutes", Map.of("m", view, "title", title, "author", cluster));
  }
}
