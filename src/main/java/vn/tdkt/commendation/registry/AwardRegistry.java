package vn.tdkt.commendation.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CaseClosed;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Unit;
import vn.tdkt.commendation.problem.Refusal;

/**
 * The awards registry ("sổ theo dõi khen thưởng"): people and collectives with their titles, awards, yearly
 * ratings and initiatives. Every award this system decides is recorded when its case closes as awarded (the
 * {@link CaseClosed} event, in the step's transaction); earlier and grassroots records are imported or entered.
 * Eligibility reads it through {@link #facts} and {@link #centralFacts}.
 */
@Service
@Transactional
@EnableConfigurationProperties(RegistrySettings.class)
public class AwardRegistry {

  /** Who decides the provincial awards this system records. */
  static final String CHAIRMAN = "Chủ tịch UBND tỉnh";

  private final AwardeeRepository awardees;
  private final AwardEntryRepository awards;
  private final InitiativeRepository initiatives;
  private final CaseService cases;
  private final RegistrySettings settings;
  private final OrganisationService organisation;
  private final Clock clock;

  AwardRegistry(AwardeeRepository awardees, AwardEntryRepository awards, InitiativeRepository initiatives,
      CaseService cases, RegistrySettings settings, OrganisationService organisation, Clock clock) {
    this.organisation = organisation;
    this.awardees = awardees;
    this.awards = awards;
    this.initiatives = initiatives;
    this.cases = cases;
    this.settings = settings;
    this.clock = clock;
  }

  /** Who a nomination is about; the date of birth tells namesakes apart when the nomination gives one. */
  public record Nominee(String unitCode, NomineeKind kind, String name, LocalDate dateOfBirth) {
  }

  // ------------------------------------------------------------------ eligibility

  /**
   * The figures a provincial nomination's eligibility counts (registry wins where it holds records), and the
   * initiatives it would use; {@code caseNumber} may be null (a check before any case exists).
   */
  @Transactional(readOnly = true)
  public EligibilityFacts facts(Nominee nominee, AwardType award, int year, EligibilityFacts.Counts declared,
      String caseNumber) {
    Match found = match(nominee);
    if (found.awardee() == null) {
      return FactsRule.evaluate(found.match(), declared, Title.of(award), year, caseNumber, List.of(), List.of(), 0, 0);
    }
    return FactsRule.evaluate(found.match(), declared, Title.of(award), year, caseNumber, entries(found.awardee()),
        ideas(found.awardee()), settings.getInitiativeYears(), settings.getInitiativesUsed().getOrDefault(award, 0));
  }

  /** The facts of the central routes for a nominee in a year. */
  @Transactional(readOnly = true)
  public CentralFacts centralFacts(Nominee nominee, int year, CentralFacts.Counts declared) {
    Match found = match(nominee);
    return FactsRule.central(found.match(), declared, year,
        found.awardee() == null ? List.of() : entries(found.awardee()));
  }

  /**
   * Holds the initiatives for a case while it is being decided, freeing whatever it held before (a revised
   * nomination is counted again); another case holding one of them is refused.
   */
  public void reserveInitiatives(String caseNumber, List<Long> ids) {
    initiatives.findByReservedByCase(caseNumber).forEach(Initiative::release);
    for (Long id : ids) {
      Initiative i = initiative(id);
      if (!i.freeFor(caseNumber)) {
        throw reused(i);
      }
      i.reserve(caseNumber);
    }
  }

  /**
   * The Board links an initiative of the registry to an awarded case by hand (a case decided before the
   * initiative was recorded): an initiative already used, or held by another case, is refused.
   */
  public void useInitiative(long id, String caseNumber, RegistryWriter writer) {
    Initiative i = initiative(id);
    if (!writer.board()) {
      throw Refusal.forbidden(null, "Chỉ Ban Thi đua – Khen thưởng được gắn sáng kiến với một khen thưởng.");
    }
    if (!i.freeFor(caseNumber)) {
      throw reused(i);
    }
    CommendationCase c = cases.find(caseNumber)
        .orElseThrow(() -> Refusal.notFound("Không có hồ sơ " + caseNumber + "."));
    if (c.getStatus() != CaseStatus.AWARDED) {
      throw Refusal.conflict("caseNumber", "Hồ sơ " + caseNumber + " chưa được khen thưởng.");
    }
    i.use(caseNumber, usedFor(c), clock.instant());
    cases.record(caseNumber, writer.userId(), "initiativeLinked", i.getTitle());
  }

  private static Refusal reused(Initiative i) {
    String by = i.getUsedByCase() != null ? i.getUsedFor() != null ? i.getUsedFor() : "hồ sơ " + i.getUsedByCase()
        : "hồ sơ " + i.getReservedByCase() + " (đang xét)";
    return Refusal.conflict("initiative", "Sáng kiến \"" + i.getTitle() + "\" đã được dùng cho " + by
        + ": mỗi sáng kiến chỉ được dùng cho một lần khen thưởng.");
  }

  // ------------------------------------------------------------------ records from the system's decisions

  /** An awarded case enters the registry with its decision; a rejected or withdrawn one frees its initiatives. */
  @EventListener
  void onCaseClosed(CaseClosed closed) {
    if (closed.status() == CaseStatus.AWARDED) {
      recordAward(cases.get(closed.caseNumber()));
    } else {
      initiatives.findByReservedByCase(closed.caseNumber()).forEach(Initiative::release);
    }
  }

  void recordAward(CommendationCase c) {
    if (awards.findByCaseNumber(c.getCaseNumber()).isPresent()) {
      return;
    }
    Title title = Title.of(c.getAwardType());
    Awardee a = awardeeFor(new Nominee(c.getUnitCode(), c.getNomineeKind(), c.getNomineeName(), null),
        c.getNomineePosition(), "system");
    int year = c.getEmulationYear();
    if (awards.existsByAwardeeAndTitleAndEmulationYear(a, title, year)) {
      // recorded by hand before the system's decision: a namesake told apart by the unit later; keep both
      a = awardees.save(new Awardee(c.getNomineeKind(), c.getNomineeName(), null, c.getUnitCode(),
          c.getNomineePosition(), "system", clock.instant()));
    }
    awards.save(new AwardEntry(a, title, year, c.getDecisionNumber(), c.getDecisionDate(), CHAIRMAN,
        AwardEntry.Source.SYSTEM, c.getCaseNumber(), "system", clock.instant()));
    for (Initiative i : initiatives.findByReservedByCase(c.getCaseNumber())) {
      i.use(c.getCaseNumber(), usedFor(c), clock.instant());
    }
  }

  /** A revocation decision cancelled the award of a case: its entry is marked, never deleted. */
  public void markRevoked(String caseNumber, String revocationNumber, LocalDate revokedOn) {
    awards.findByCaseNumber(caseNumber).ifPresent(e -> e.revoke(revocationNumber, revokedOn));
  }

  /** The registry's entry of a case's award, if it was recorded. */
  @Transactional(readOnly = true)
  public Optional<AwardEntry> entryOf(String caseNumber) {
    return awards.findByCaseNumber(caseNumber);
  }

  private static String usedFor(CommendationCase c) {
    return c.getAwardType().label() + " " + c.getEmulationYear()
        + (c.getDecisionNumber() == null ? " (hồ sơ " + c.getCaseNumber() + ")" : " (" + c.getDecisionNumber() + ")");
  }

  // ------------------------------------------------------------------ entries by hand and by spreadsheet

  /** One title, award or rating entered on the registry page. */
  public record EntryInput(NomineeKind kind, String name, LocalDate dateOfBirth, String unitCode, String position,
      Title title, int year, String decisionNumber, LocalDate decisionDate, String decidedBy) {
  }

  /** One initiative entered on the registry page. */
  public record InitiativeInput(String name, LocalDate dateOfBirth, String unitCode, String position, String title,
      Initiative.Recognition level, int year, String documentNumber) {
  }

  public AwardEntry addEntry(EntryInput in, RegistryWriter writer) {
    List<String> problems = RegistryRows.checkEntry(in, writer, LocalDate.now(clock).getYear());
    if (!problems.isEmpty()) {
      throw Refusal.invalid(null, String.join(" ", problems));
    }
    return saveEntry(in, writer, AwardEntry.Source.ENTERED);
  }

  public Initiative addInitiative(InitiativeInput in, RegistryWriter writer) {
    List<String> problems = RegistryRows.checkInitiative(in, writer, LocalDate.now(clock).getYear());
    if (!problems.isEmpty()) {
      throw Refusal.invalid(null, String.join(" ", problems));
    }
    return saveInitiative(in, writer);
  }

  /**
   * Imports a workbook made from the registry's template: every row is checked first; when any row is wrong,
   * nothing is stored and the answer lists the wrong rows.
   */
  public RegistryWorkbook.Result importWorkbook(byte[] content, RegistryWriter writer) {
    if (!writer.writesAnything()) {
      throw Refusal.forbidden(null, "Chỉ Ban Thi đua – Khen thưởng và cán bộ đề nghị khen thưởng của đơn vị được nhập sổ.");
    }
    java.util.Map<String, String> unitCodes = new java.util.HashMap<>();
    organisation.allUnits().forEach(u -> unitCodes.put(u.getName(), u.getCode()));
    RegistryWorkbook.Parsed parsed = RegistryWorkbook.parse(content, writer, LocalDate.now(clock).getYear(), unitCodes,
        new RegistryWorkbook.Known() {
          @Override
          public boolean hasEntry(EntryInput in) {
            return existing(new Nominee(in.unitCode(), in.kind(), in.name(), in.dateOfBirth()))
                .map(a -> awards.existsByAwardeeAndTitleAndEmulationYear(a, in.title(), in.year())).orElse(false);
          }

          @Override
          public boolean hasInitiative(InitiativeInput in) {
            return existing(new Nominee(in.unitCode(), NomineeKind.INDIVIDUAL, in.name(), in.dateOfBirth()))
                .map(a -> initiatives.existsByAwardeeAndRecognisedYearAndTitle(a, in.year(), in.title())).orElse(false);
          }
        });
    if (!parsed.errors().isEmpty()) {
      return new RegistryWorkbook.Result(0, 0, parsed.errors());
    }
    parsed.entries().forEach(e -> saveEntry(e, writer, AwardEntry.Source.IMPORTED));
    parsed.initiatives().forEach(i -> saveInitiative(i, writer));
    return new RegistryWorkbook.Result(parsed.entries().size(), parsed.initiatives().size(), List.of());
  }

  private AwardEntry saveEntry(EntryInput in, RegistryWriter writer, AwardEntry.Source source) {
    Awardee a = awardeeFor(new Nominee(in.unitCode(), in.kind(), in.name(), in.dateOfBirth()), in.position(),
        writer.userId());
    if (awards.existsByAwardeeAndTitleAndEmulationYear(a, in.title(), in.year())) {
      throw Refusal.conflict("title", Names.clean(in.name()) + " đã có " + in.title().label() + " năm " + in.year()
          + " trong sổ.");
    }
    return awards.save(new AwardEntry(a, in.title(), in.year(), blankToNull(in.decisionNumber()), in.decisionDate(),
        blankToNull(in.decidedBy()), source, null, writer.userId(), clock.instant()));
  }

  private Initiative saveInitiative(InitiativeInput in, RegistryWriter writer) {
    Awardee a = awardeeFor(new Nominee(in.unitCode(), NomineeKind.INDIVIDUAL, in.name(), in.dateOfBirth()),
        in.position(), writer.userId());
    String title = Names.clean(in.title());
    if (initiatives.existsByAwardeeAndRecognisedYearAndTitle(a, in.year(), title)) {
      throw Refusal.conflict("title", "Sáng kiến \"" + title + "\" đã có trong sổ.");
    }
    return initiatives.save(new Initiative(a, title, in.level(), blankToNull(in.documentNumber()), in.year(),
        writer.userId(), clock.instant()));
  }

  /** The template of the import, with the province's units to choose from. */
  @Transactional(readOnly = true)
  public byte[] template() {
    return RegistryWorkbook.template(organisation.allUnits().stream().map(Unit::getName).toList());
  }

  // ------------------------------------------------------------------ reading

  @Transactional(readOnly = true)
  public Page<Awardee> search(boolean all, Collection<String> units, String name, Pageable pageable) {
    String contains = name == null || name.isBlank() ? ""
        : Names.key(name).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return awardees.search(all, units.isEmpty() ? List.of("-") : units, "%" + contains + "%", pageable);
  }

  @Transactional(readOnly = true)
  public Awardee awardee(long id) {
    return awardees.findById(id).orElseThrow(() -> Refusal.notFound("Không có người hoặc tập thể số " + id + " trong sổ."));
  }

  @Transactional(readOnly = true)
  public List<AwardEntry> awardsOf(Awardee a) {
    return awards.findByAwardeeOrderByEmulationYearDescIdDesc(a);
  }

  @Transactional(readOnly = true)
  public List<Initiative> initiativesOf(Awardee a) {
    return initiatives.findByAwardeeOrderByRecognisedYearAscIdAsc(a);
  }

  /** The registry's awards of these titles decided within the dates, not revoked (the statistics). */
  @Transactional(readOnly = true)
  public List<AwardEntry> decidedBetween(Collection<Title> titles, LocalDate from, LocalDate to) {
    return awards.decidedBetween(titles, from, to);
  }

  // ------------------------------------------------------------------ matching

  private record Match(EligibilityFacts.Match match, Awardee awardee) {
  }

  private Match match(Nominee n) {
    List<Awardee> same = candidates(n);
    if (same.isEmpty()) {
      return new Match(EligibilityFacts.Match.NONE, null);
    }
    return same.size() == 1 ? new Match(EligibilityFacts.Match.FOUND, same.get(0))
        : new Match(EligibilityFacts.Match.AMBIGUOUS, null);
  }

  /** The unit's awardees of that kind and name; with a date of birth, those born that day or of unknown birth. */
  private List<Awardee> candidates(Nominee n) {
    List<Awardee> same = awardees.findByUnitCodeAndKindAndNameKeyOrderById(n.unitCode(), n.kind(), Names.key(n.name()));
    if (n.dateOfBirth() == null) {
      return same;
    }
    List<Awardee> born = same.stream().filter(a -> n.dateOfBirth().equals(a.getDateOfBirth())).toList();
    return born.isEmpty() ? same.stream().filter(a -> a.getDateOfBirth() == null).toList() : born;
  }

  private Optional<Awardee> existing(Nominee n) {
    List<Awardee> same = candidates(n);
    return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
  }

  /** The one awardee the nominee is, completed with what the record adds; a new one when none or several fit. */
  private Awardee awardeeFor(Nominee n, String position, String actor) {
    Optional<Awardee> found = existing(n);
    if (found.isPresent()) {
      found.get().complete(n.dateOfBirth(), position);
      return found.get();
    }
    return awardees.save(new Awardee(n.kind(), n.name(), n.dateOfBirth(), n.unitCode(), blankToNull(position), actor,
        clock.instant()));
  }

  private List<FactsRule.Entry> entries(Awardee a) {
    return awards.findByAwardeeOrderByEmulationYearDescIdDesc(a).stream()
        .map(e -> new FactsRule.Entry(e.getTitle(), e.getEmulationYear(), e.isRevoked(), e.getDecisionNumber()))
        .toList();
  }

  private List<FactsRule.Idea> ideas(Awardee a) {
    return initiatives.findByAwardeeOrderByRecognisedYearAscIdAsc(a).stream()
        .map(i -> new FactsRule.Idea(i.getId(), i.getTitle(), i.getRecognisedYear(),
            i.getUsedByCase() != null ? i.getUsedByCase() : i.getReservedByCase(), i.getUsedFor()))
        .toList();
  }

  private Initiative initiative(long id) {
    return initiatives.findById(id).orElseThrow(() -> Refusal.notFound("Không có sáng kiến số " + id + " trong sổ."));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
