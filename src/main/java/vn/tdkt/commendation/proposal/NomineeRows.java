package vn.tdkt.commendation.proposal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CollectiveFigures;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.CommendationKind;
import vn.tdkt.commendation.casefile.NominationData;
import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.casefile.ProposalEntry;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.problem.Refusal;

/**
 * Checks a proposal's nominee rows, whichever door they came through (an Excel file, Tasklist's list, a REST
 * client): the same checks as a single nomination, each value read with {@link Inputs}, plus what only lists
 * have. Every wrong value of every row is reported, not only the first. Pure: the duplicates against the cases
 * already open are the caller's to add (they need the database).
 */
final class NomineeRows {

  static final int MAX_COUNT = 60;
  static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
      .withResolverStyle(ResolverStyle.STRICT);
  static final Map<String, NomineeKind> KIND_LABELS = Map.of("cá nhân", NomineeKind.INDIVIDUAL, "tập thể",
      NomineeKind.COLLECTIVE, "hộ gia đình", NomineeKind.HOUSEHOLD);

  /** A row as it came, with the number a person finds it by. */
  record Numbered(int row, Map<String, Object> values) {
  }

  /** A valid row. */
  record Valid(int row, ProposalEntry entry) {
  }

  record Result(List<Valid> valid, List<RowError> errors) {
  }

  /** What the rows are checked against: the proposal's kind, the awards it may ask for, its year, today. */
  record Context(CommendationKind kind, Set<AwardType> awards, String awardsRefusal, int emulationYear,
      LocalDate today) {
  }

  private NomineeRows() {
  }

  static Result check(List<Numbered> rows, Context context) {
    List<Valid> valid = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Numbered row : rows) {
      List<RowError> rowErrors = new ArrayList<>();
      ProposalEntry entry = entry(row, context, rowErrors);
      if (entry != null) {
        String key = key(entry.data().nomineeName(), entry.data().awardType());
        Integer first = seen.putIfAbsent(key, row.row());
        if (first != null) {
          rowErrors.add(new RowError(row.row(), NomineeField.NAME.header, "Trùng với dòng " + first + ": cùng đối tượng "
              + "và cùng hình thức khen thưởng (mỗi thành tích chỉ được khen một lần)."));
        }
      }
      if (rowErrors.isEmpty()) {
        valid.add(new Valid(row.row(), entry));
      }
      errors.addAll(rowErrors);
    }
    return new Result(valid, errors);
  }

  /** The same nominee and award, however it is spelled (case, spaces, Unicode form). */
  static String key(String name, AwardType award) {
    return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
        .toLowerCase(Locale.forLanguageTag("vi")) + "|" + award;
  }

  private static ProposalEntry entry(Numbered row, Context context, List<RowError> errors) {
    Reader r = new Reader(row, errors);
    String name = r.text(NomineeField.NAME, CommendationCase.NAME_MAX, true);
    NomineeKind kind = r.kind();
    String position = kind == NomineeKind.INDIVIDUAL ? r.text(NomineeField.POSITION, CommendationCase.NAME_MAX, true)
        : null;
    AwardType award = r.award(kind, context);
    String summary = r.text(NomineeField.SUMMARY, CommendationCase.SUMMARY_MAX, true);
    int grassroots = r.count(NomineeField.GRASSROOTS_YEARS, MAX_COUNT);
    int excellent = r.count(NomineeField.EXCELLENT_YEARS, MAX_COUNT);
    int initiatives = r.count(NomineeField.INITIATIVES, MAX_COUNT);
    boolean discipline = r.yesNo(NomineeField.UNDER_DISCIPLINE);
    LocalDate date = r.date(NomineeField.ACHIEVEMENT_DATE, context.today());
    if (date == null && context.kind() == CommendationKind.AD_HOC && !r.failed(NomineeField.ACHIEVEMENT_DATE)) {
      errors.add(new RowError(row.row(), NomineeField.ACHIEVEMENT_DATE.header,
          "Khen thưởng đột xuất cần ngày lập thành tích."));
    }
    CollectiveFigures figures = kind == NomineeKind.COLLECTIVE
        ? new CollectiveFigures(r.yesNo(NomineeField.ALL_MEMBERS_COMPLETE), r.count(NomineeField.ADVANCED_SHARE, 100),
            r.count(NomineeField.GRASSROOTS_FIGHTERS, 100_000), r.yesNo(NomineeField.MEMBER_WARNED))
        : CollectiveFigures.NONE;
    if (!errors.isEmpty()) {
      return null;
    }
    return new ProposalEntry(new NominationData(award, kind, name, position, context.emulationYear(), summary,
        grassroots, excellent, initiatives, discipline), figures, date);
  }

  /** Reads one row's values; a wrong value becomes a {@link RowError} of its column, and reading goes on. */
  private static final class Reader {

    private final Numbered row;
    private final List<RowError> errors;
    private final Set<String> failed = new java.util.HashSet<>();

    Reader(Numbered row, List<RowError> errors) {
      this.row = row;
      this.errors = errors;
    }

    boolean failed(NomineeField field) {
      return failed.contains(field.key);
    }

    private Object value(NomineeField field) {
      return row.values().get(field.key);
    }

    private void fail(NomineeField field, String message) {
      failed.add(field.key);
      errors.add(new RowError(row.row(), field.header, message));
    }

    String text(NomineeField field, int max, boolean required) {
      try {
        return Inputs.text(value(field), field.key, field.header.toLowerCase(Locale.forLanguageTag("vi")), max, required);
      } catch (Refusal refusal) {
        fail(field, refusal.getMessage());
        return null;
      }
    }

    NomineeKind kind() {
      String text = text(NomineeField.KIND, 40, true);
      if (text == null) {
        return null;
      }
      NomineeKind kind = NomineeKind.parse(text);
      if (kind == null) {
        kind = KIND_LABELS.get(text.toLowerCase(Locale.forLanguageTag("vi")));
      }
      if (kind == null) {
        fail(NomineeField.KIND, "Loại đối tượng \"" + text + "\" không hợp lệ: chọn Cá nhân, Tập thể hoặc Hộ gia đình.");
      }
      return kind;
    }

    AwardType award(NomineeKind kind, Context context) {
      String text = text(NomineeField.AWARD, 100, true);
      if (text == null) {
        return null;
      }
      AwardType award = AwardType.parse(text);
      if (award == null) {
        for (AwardType t : AwardType.values()) {
          if (t.label().equalsIgnoreCase(text)) {
            award = t;
          }
        }
      }
      if (award == null) {
        fail(NomineeField.AWARD, "Hình thức khen thưởng \"" + text + "\" không có trong danh sách.");
        return null;
      }
      if (!context.awards().contains(award)) {
        fail(NomineeField.AWARD, award.label() + " " + context.awardsRefusal());
        return null;
      }
      if (kind != null && !award.fits(kind)) {
        fail(NomineeField.AWARD, award.label() + " không tặng cho " + kindLabel(kind) + ".");
        return null;
      }
      return award;
    }

    int count(NomineeField field, int max) {
      try {
        Integer n = Inputs.wholeNumber(value(field), field.key, field.header.toLowerCase(Locale.forLanguageTag("vi")), 0,
            max);
        return n == null ? 0 : n;
      } catch (Refusal refusal) {
        fail(field, refusal.getMessage());
        return 0;
      }
    }

    boolean yesNo(NomineeField field) {
      Object v = value(field);
      if (v instanceof String s) {
        String t = s.strip().toLowerCase(Locale.forLanguageTag("vi"));
        if (t.equals("có") || t.equals("x")) {
          return true;
        }
        if (t.equals("không")) {
          return false;
        }
      }
      try {
        return Inputs.yesNo(v, field.key, field.header);
      } catch (Refusal refusal) {
        fail(field, "Giá trị \"" + v + "\" không hợp lệ: ghi Có hoặc Không.");
        return false;
      }
    }

    LocalDate date(NomineeField field, LocalDate today) {
      Object v = value(field);
      if (Inputs.missing(v)) {
        return null;
      }
      String t = v instanceof String s ? s.strip() : String.valueOf(v);
      LocalDate date;
      try {
        date = t.contains("/") ? LocalDate.parse(t, DAY_MONTH_YEAR) : LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
      } catch (DateTimeParseException e) {
        fail(field, "Ngày \"" + t + "\" không hợp lệ: ghi theo dạng ngày/tháng/năm, ví dụ 15/03/" + today.getYear() + ".");
        return null;
      }
      if (date.getYear() < Inputs.FIRST_YEAR || date.isAfter(today)) {
        fail(field, "Ngày lập thành tích phải từ năm " + Inputs.FIRST_YEAR + " đến hôm nay: " + t + ".");
        return null;
      }
      return date;
    }
  }

  static String kindLabel(NomineeKind kind) {
    return switch (kind) {
      case INDIVIDUAL -> "cá nhân";
      case COLLECTIVE -> "tập thể";
      case HOUSEHOLD -> "hộ gia đình";
    };
  }

  /** A short message for the whole list (a refusal inside the engine carries one message). */
  static String summary(List<RowError> errors) {
    String first = errors.stream().limit(5).map(e -> "dòng " + e.row() + " (" + e.column() + "): " + e.message())
        .collect(Collectors.joining("; "));
    return "Danh sách đối tượng có " + errors.size() + " lỗi: " + first + (errors.size() > 5 ? "; …" : "");
  }
}
