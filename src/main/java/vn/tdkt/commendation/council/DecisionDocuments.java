package vn.tdkt.commendation.council;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.official.BonusSettings;
import vn.tdkt.commendation.official.BonusTable;
import vn.tdkt.commendation.official.OfficialTexts;
import vn.tdkt.commendation.official.PdfRenderer;
import vn.tdkt.commendation.official.Vn;
import vn.tdkt.commendation.organisation.OrganisationService;

/**
 * The decision, its draft, its certificates and the Board's submission that proposes it, from the templates
 * templates/official/decision.html, certificate.html and proposal.html. Every word that law or organisation may
 * change comes from {@link OfficialTexts}, read at each rendering; names come from the case records and, for
 * signers, from the identity store.
 */
@Component
@Transactional(readOnly = true)
public class DecisionDocuments {

  /** One recipient's line in the list attached to the decision or the submission. */
  public record Row(int no, String name, String positionAndUnit, String bonus, String votes) {
  }

  /** "I. Tập thể" and its rows. */
  public record Group(String numeral, String label, List<Row> rows) {
  }

  public record BonusLine(String kind, String amount, String coefficient) {
  }

  /** What the decision template prints. */
  public record DecisionView(boolean draft, List<String> issuingBody, String number, String placeDate, String summary,
      String authority, List<String> bases, String verb, String awardName, String counts, String reason,
      List<BonusLine> bonuses, String baseSalary, String bonusFunding, int lastArticle, String executors,
      List<String> signerTitle, String signerName, List<String> recipients, String archive, String issuer,
      String dateText, List<Group> groups, String total) {
  }

  /** What the Board's submission prints. */
  public record ProposalView(String governing, List<String> issuingBody, String number, String placeDate,
      String summary, List<String> addressees, List<String> paragraphs, List<Row> rows, List<String> signerTitle,
      String signerName, List<String> recipients, String archive) {
  }

  /** What a certificate prints: no internal number, the signer as on the decision. */
  public record CertificateView(String authority, String verb, String heading, String name, String detail,
      String reason, String decisionRef, String placeDate, List<String> signerTitle, String signerName) {

    /** A name and position this long are set smaller, so that the certificate stays one page. */
    public boolean longText() {
      return name.length() > 60 || detail.length() > 110;
    }
  }

  private final PdfRenderer renderer;
  private final OfficialTexts texts;
  private final CaseService cases;
  private final OrganisationService organisation;
  private final CouncilService council;
  private final DecisionSettings settings;
  private final BonusTable bonuses;

  DecisionDocuments(PdfRenderer renderer, OfficialTexts texts, CaseService cases, OrganisationService organisation,
      CouncilService council, DecisionSettings settings, BonusSettings bonusSettings) {
    this.renderer = renderer;
    this.texts = texts;
    this.cases = cases;
    this.organisation = organisation;
    this.council = council;
    this.settings = settings;
    this.bonuses = new BonusTable(bonusSettings);
  }

  /** The issued decision: its recipients are the cases carrying its number and date. */
  public byte[] decisionPdf(Decision d) {
    List<CommendationCase> recipients = cases.decidedBy(d.getDecisionNumber()).stream()
        .filter(c -> d.getDecisionDate().equals(c.getDecisionDate())).toList();
    Map<NomineeKind, Long> amounts = new java.util.EnumMap<>(NomineeKind.class);
    Map<NomineeKind, java.math.BigDecimal> coefficients = new java.util.EnumMap<>(NomineeKind.class);
    for (NomineeKind kind : NomineeKind.values()) {
      if (d.bonusOf(kind) != null) {
        amounts.put(kind, d.bonusOf(kind));
        coefficients.put(kind, d.coefficientOf(kind));
      } else if (d.getBaseSalary() == null) {
        // a decision from before bonuses were kept: the rule on its date
        bonuses.bonus(d.getAwardType(), kind, d.getDecisionDate()).ifPresent(b -> {
          amounts.put(kind, b.amount());
          coefficients.put(kind, b.coefficient());
        });
      }
    }
    Long base = d.getBaseSalary() != null ? d.getBaseSalary()
        : bonuses.baseSalaryOn(d.getDecisionDate()).map(BonusSettings.BaseSalary::getAmount).orElse(null);
    DecisionView view = view(false, d.getDecisionNumber(), d.getDecisionDate(), d.getAwardType(), d.getSessionId(),
        d.getProposalNumber(), d.getProposalDate(), d.getSignerTitle(), d.getSignedBy(), recipients, amounts,
        coefficients, base);
    return renderer.pdf("decision", Map.of("d", view, "title", "Quyết định số " + d.getDecisionNumber(),
        "author", String.join(" ", texts.getIssuingBody())));
  }

  /** The draft the signer and the clerk read: no number, no date, the list as the Council passed it. */
  public byte[] draftPdf(DecisionDraft draft, List<CommendationCase> recipients) {
    LocalDate today = draft.getApprovedOn() != null ? draft.getApprovedOn() : draft.getProposalDate();
    Map<NomineeKind, Long> amounts = new java.util.EnumMap<>(NomineeKind.class);
    Map<NomineeKind, java.math.BigDecimal> coefficients = new java.util.EnumMap<>(NomineeKind.class);
    for (NomineeKind kind : NomineeKind.values()) {
      bonuses.bonus(draft.getAwardType(), kind, today).ifPresent(b -> {
        amounts.put(kind, b.amount());
        coefficients.put(kind, b.coefficient());
      });
    }
    Long base = bonuses.baseSalaryOn(today).map(BonusSettings.BaseSalary::getAmount).orElse(null);
    String signer = draft.getSignerId() != null ? draft.getSignerId()
        : draft.getSignerTitle() == OfficialTexts.SignerTitle.VICE_CHAIRMAN
            ? settings.signerOf(draft.getAwardType()).getUser() : firstChairman();
    DecisionView view = view(true, null, null, draft.getAwardType(), draft.getSessionId(), draft.getProposalNumber(),
        draft.getProposalDate(), draft.getSignerTitle(), signer, recipients, amounts, coefficients, base);
    return renderer.pdf("decision", Map.of("d", view, "title", "Dự thảo quyết định",
        "author", String.join(" ", texts.getIssuingBody())));
  }

  /** The Board's submission (tờ trình) to the signer that proposes the draft's list, with the Council's counts. */
  public byte[] proposalPdf(DecisionDraft draft, List<CommendationCase> list) {
    Vn vn = Vn.INSTANCE;
    OfficialTexts.BodyTexts t = texts.getProposal();
    OfficialTexts.AwardTexts a = texts.award(draft.getAwardType());
    CouncilSession session = council.get(draft.getSessionId());
    Map<String, Integer> approvals = council.casesOf(session.getId()).stream()
        .filter(sc -> sc.getApprovals() != null)
        .collect(java.util.stream.Collectors.toMap(SessionCase::getCaseNumber, SessionCase::getApprovals));
    Map<String, String> units = organisation.unitNames();
    int members = session.getMembers().size();
    List<Row> rows = new ArrayList<>();
    for (CommendationCase c : list) {
      rows.add(new Row(rows.size() + 1, Vn.clean(c.getNomineeName()), positionAndUnit(c, units), "",
          approvals.getOrDefault(c.getCaseNumber(), 0) + "/" + members));
    }
    long collectives = list.stream().filter(c -> c.getNomineeKind() == NomineeKind.COLLECTIVE).count();
    String[] values = {"award", a.getName(), "verb", a.getVerb().toLowerCase(Vn.VI), "counts",
        vn.counts(collectives, list.size() - collectives), "date",
        vn.date(session.getMinutesDate() != null ? session.getMinutesDate() : draft.getProposalDate()),
        "minutes", session.getMinutesNumber() == null ? "" : session.getMinutesNumber(), "session", session.getSessionNumber()};
    ProposalView view = new ProposalView(t.getGoverningBody(), t.getIssuingBody(), draft.getProposalNumber(),
        vn.placeDate(texts.getPlace(), draft.getProposalDate()), vn.fill(t.getSummary(), values), t.getAddressees(),
        t.getOpening().stream().map(o -> vn.fill(o, values)).toList(), rows, t.getSignerTitle(),
        organisation.personName(draft.getProposedBy()), t.getRecipients(), t.getArchive());
    return renderer.pdf("proposal", Map.of("p", view, "title", "Tờ trình số " + draft.getProposalNumber(),
        "author", String.join(" ", t.getIssuingBody())));
  }

  /** The certificate of one awarded case: landscape, the award, the name, the decision, the signer. */
  public byte[] certificatePdf(CommendationCase c, Decision d) {
    Vn vn = Vn.INSTANCE;
    OfficialTexts.AwardTexts a = texts.award(c.getAwardType());
    String detail = positionAndUnit(c, organisation.unitNames());
    CertificateView view = new CertificateView(texts.getAuthority(), a.getCertificateVerb(), a.getCertificateHeading(),
        Vn.clean(c.getNomineeName()), detail, vn.fill(a.getCertificateReason(), "year", String.valueOf(c.getEmulationYear())),
        "Quyết định số " + d.getDecisionNumber() + " " + vn.date(d.getDecisionDate()),
        vn.placeDate(texts.getPlace(), d.getDecisionDate()), texts.titleOf(d.getSignerTitle()),
        organisation.personName(d.getSignedBy()));
    return renderer.pdf("certificate", Map.of("c", view, "title", a.getCertificateHeading() + " – " + view.name(),
        "author", String.join(" ", texts.getIssuingBody())));
  }

  String firstChairman() {
    List<String> chairmen = organisation.membersOf(vn.tdkt.commendation.organisation.Roles.CHAIRMAN);
    return chairmen.isEmpty() ? null : chairmen.get(0);
  }

  private DecisionView view(boolean draft, String number, LocalDate date, AwardType award, Long sessionId,
      String proposalNumber, LocalDate proposalDate, OfficialTexts.SignerTitle title, String signerId,
      List<CommendationCase> recipients, Map<NomineeKind, Long> amounts,
      Map<NomineeKind, java.math.BigDecimal> coefficients, Long baseSalary) {
    Vn vn = Vn.INSTANCE;
    OfficialTexts.AwardTexts a = texts.award(award);
    int year = recipients.stream().mapToInt(CommendationCase::getEmulationYear).max()
        .orElse(date == null ? LocalDate.now().getYear() : date.getYear());
    List<String> bases = new ArrayList<>(texts.getLegalBases());
    bases.addAll(a.getExtraBases());
    CouncilSession session = sessionId == null ? null : council.get(sessionId);
    if (session != null && session.getCampaignBasis() != null && !texts.getCampaignBasis().isBlank()) {
      // what the Board typed may start with "Căn cứ" or end with ";" already: the line has each once
      String basis = Vn.clean(session.getCampaignBasis()).strip().replaceFirst("^(?iu)căn cứ\\s+", "")
          .replaceFirst("[;.]+$", "");
      bases.add(vn.fill(texts.getCampaignBasis(), "basis", basis));
    }
    if (session != null && session.getMinutesDate() != null && !texts.getMinutesBasis().isBlank()) {
      bases.add(vn.fill(texts.getMinutesBasis(), "date", vn.date(session.getMinutesDate()), "number",
          session.getMinutesNumber()));
    }
    if (proposalNumber != null && !texts.getProposalBasis().isBlank()) {
      bases.add(vn.fill(texts.getProposalBasis(), "number", proposalNumber, "date", vn.date(proposalDate)));
    }
    Map<String, String> units = organisation.unitNames();
    List<Group> groups = new ArrayList<>();
    long total = 0;
    int no = 1;
    String[] numerals = {"I", "II"};
    for (NomineeKind kind : List.of(NomineeKind.COLLECTIVE, NomineeKind.INDIVIDUAL)) {
      List<Row> rows = new ArrayList<>();
      for (CommendationCase c : recipients) {
        if (c.getNomineeKind() != kind) {
          continue;
        }
        Long amount = amounts.get(kind);
        total += amount == null ? 0 : amount;
        rows.add(new Row(no++, Vn.clean(c.getNomineeName()), positionAndUnit(c, units), amount == null ? "" : vn.money(amount), ""));
      }
      if (!rows.isEmpty()) {
        groups.add(new Group(numerals[groups.size()], kind == NomineeKind.COLLECTIVE ? "Tập thể" : "Cá nhân", rows));
      }
    }
    long collectives = recipients.stream().filter(c -> c.getNomineeKind() == NomineeKind.COLLECTIVE).count();
    long individuals = recipients.size() - collectives;
    List<BonusLine> bonusLines = new ArrayList<>();
    for (NomineeKind kind : List.of(NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE)) {
      boolean present = kind == NomineeKind.INDIVIDUAL ? individuals > 0 : collectives > 0;
      if (present && amounts.get(kind) != null) {
        bonusLines.add(new BonusLine(kind == NomineeKind.INDIVIDUAL ? "cá nhân" : "tập thể", vn.money(amounts.get(kind)),
            vn.decimal(coefficients.get(kind))));
      }
    }
    return new DecisionView(draft, texts.getIssuingBody(), draft ? vn.number(null, settings.getSymbol()) : number,
        vn.placeDate(texts.getPlace(), date), vn.fill(a.getSummary(), "year", String.valueOf(year)), texts.getAuthority(),
        bases, a.getVerb(), a.getName(), vn.counts(collectives, individuals), vn.fill(a.getReason(), "year", String.valueOf(year)),
        bonusLines, baseSalary == null ? "" : vn.money(baseSalary), texts.getBonusFunding(), bonusLines.isEmpty() ? 2 : 3,
        texts.getExecutors(), texts.titleOf(title), organisation.personName(signerId), texts.getRecipients(),
        texts.getArchive(), texts.getIssuer(), vn.date(date), groups, vn.money(total));
  }

  static String positionAndUnit(CommendationCase c, Map<String, String> units) {
    String unit = units.getOrDefault(c.getUnitCode(), "");
    String position = Vn.clean(c.getNomineePosition());
    if (c.getNomineeKind() == NomineeKind.COLLECTIVE || position.isEmpty()) {
      return unit;
    }
    return position + ", " + unit;
  }
}
