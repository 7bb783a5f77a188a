package vn.tdkt.commendation.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.spin.json.SpinJsonNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.tdkt.commendation.problem.Refusal;

/**
 * The one vocabulary for what forms, Tasklist and REST clients send: known variables, whole numbers, bounded
 * text, dates, yes/no and choices. Values arrive as the types those clients send (String, Integer, Long,
 * Double, Boolean); "missing" is null or a blank string. Anything wrong is a {@link Refusal} (400) that names
 * the field, in Vietnamese, so every delegate, listener and service refuses the same input the same way.
 */
public final class Inputs {

  /** The first emulation year the province keeps records of. */
  public static final int FIRST_YEAR = 2000;

  private Inputs() {
  }

  /** Refuses (400, naming the first unknown variable) when a name is not among the allowed ones. */
  public static void onlyKnown(Collection<String> given, Set<String> allowed) {
    Set<String> unknown = new TreeSet<>(given);
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      throw Refusal.invalid(unknown.iterator().next(), "Không được gửi biến " + String.join(", ", unknown)
          + ": biểu mẫu này chỉ nhận các trường "
          + (allowed.isEmpty() ? "(không có trường nào)" : String.join(", ", new TreeSet<>(allowed))) + ".");
    }
  }

  /** Null or a blank string: what a client sends for a field it leaves empty. */
  public static boolean missing(Object value) {
    return value == null || (value instanceof String s && s.isBlank());
  }

  // ------------------------------------------------------------------ text

  /**
   * A free-text input, stripped: blank counts as missing (refused when required, else null), anything but
   * a String or longer than {@code max} is refused, each with the field and a Vietnamese message.
   */
  public static String text(Object value, String field, String label, int max, boolean required) {
    if (missing(value)) {
      if (required) {
        throw Refusal.invalid(field, "Thiếu " + label + ".");
      }
      return null;
    }
    if (!(value instanceof String s)) {
      throw Refusal.invalid(field, "Giá trị của " + label + " phải là văn bản.");
    }
    String t = s.strip();
    if (t.length() > max) {
      throw Refusal.invalid(field, "Nội dung " + label + " dài quá " + max + " ký tự (hiện có " + t.length() + ").");
    }
    return t;
  }

  // ------------------------------------------------------------------ whole numbers

  /**
   * The value as a whole number, or null when it is missing or not one: an integral Number within int, or a
   * String of digits (an optional sign). For lenient readings such as a list's filter; forms use the others.
   */
  public static Integer asWholeNumber(Object value) {
    if (value instanceof Number n) {
      double d = n.doubleValue();
      return d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE ? (int) d : null;
    }
    if (value instanceof String s && s.strip().matches("[+-]?\\d{1,10}")) {
      long l = Long.parseLong(s.strip());
      return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? (int) l : null;
    }
    return null;
  }

  /**
   * A whole number from {@code min} to {@code max}, or null when missing. Refused as "Giá trị {label} phải
   * là số nguyên: …" or "… phải từ {min} đến {max}."
   */
  public static Integer wholeNumber(Object value, String field, String label, int min, int max) {
    if (missing(value)) {
      return null;
    }
    Integer n = asWholeNumber(value);
    if (n == null) {
      throw Refusal.invalid(field, "Giá trị " + label + " phải là số nguyên: " + value);
    }
    if (n < min || n > max) {
      throw Refusal.invalid(field, "Giá trị " + label + " phải từ " + min + " đến " + max + ".");
    }
    return n;
  }

  /** A required whole number from {@code min} to {@code max}; every way of getting it wrong gets {@code refusal}. */
  public static int wholeNumber(Object value, String field, int min, int max, String refusal) {
    Integer n = asWholeNumber(value);
    if (n == null || n < min || n > max) {
      throw Refusal.invalid(field, refusal);
    }
    return n;
  }

  /** An emulation year, required: from {@link #FIRST_YEAR} to the current year. */
  public static int year(Object value, String field, Clock clock) {
    int thisYear = LocalDate.now(clock).getYear();
    Integer year = wholeNumber(value, field, "năm thi đua", Integer.MIN_VALUE, Integer.MAX_VALUE);
    if (year == null) {
      throw Refusal.invalid(field, "Thiếu năm thi đua.");
    }
    if (year < FIRST_YEAR || year > thisYear) {
      throw Refusal.invalid(field, "Năm thi đua phải từ " + FIRST_YEAR + " đến " + thisYear + ".");
    }
    return year;
  }

  // ------------------------------------------------------------------ dates, yes/no, choices

  /** A date as yyyy-MM-dd from {@code min} to {@code max}, or null when missing. */
  public static LocalDate date(Object value, String field, String label, LocalDate min, LocalDate max) {
    String t = text(value, field, label, 10, false);
    if (t == null) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw Refusal.invalid(field, "Giá trị " + label + " phải có dạng yyyy-MM-dd: " + t);
    }
    if (date.isBefore(min) || date.isAfter(max)) {
      throw Refusal.invalid(field, "Giá trị " + label + " phải từ " + min + " đến " + max + ": " + t);
    }
    return date;
  }

  /** Yes or no: a Boolean or the text true/false; missing is no. */
  public static boolean yesNo(Object value, String field, String label) {
    if (missing(value)) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.parseBoolean((String) value);
    }
    throw Refusal.invalid(field, "Giá trị " + label + " phải là true hoặc false.");
  }

  /** One of the allowed values (a String, stripped); anything else, missing included, gets {@code refusal}. */
  public static String choice(Object value, String field, Collection<String> allowed, String refusal) {
    String chosen = value instanceof String s ? s.strip() : null;
    if (chosen == null || !allowed.contains(chosen)) {
      throw Refusal.invalid(field, refusal);
    }
    return chosen;
  }

  /** One of an enum's constants by its name (stripped), or null when the value names none. */
  public static <E extends Enum<E>> E choice(Object value, Class<E> type) {
    String name = value instanceof String s ? s.strip() : null;
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ lists (checklists, dynamic lists)

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Several of the allowed values, in the order given and each once: a checklist's JSON array, a Java collection,
   * or (what older clients send) one text with the values separated by commas. Missing is an empty set; a value
   * that is not allowed gets {@code refusal} followed by the value.
   */
  public static Set<String> choices(Object value, String field, Collection<String> allowed, String refusal) {
    Set<String> chosen = new LinkedHashSet<>();
    for (Object item : items(value, field, "danh sách lựa chọn")) {
      if (item instanceof String s && s.isBlank()) {
        continue;
      }
      String c = item instanceof String s ? s.strip() : null;
      if (c == null || !allowed.contains(c)) {
        throw Refusal.invalid(field, refusal + " " + item);
      }
      chosen.add(c);
    }
    return chosen;
  }

  /**
   * A list of choices the caller checks itself (each against its own list), read as {@link #choices(Object, String,
   * Collection, String)} reads them: each a text, stripped, blank ones skipped.
   */
  public static List<String> choices(Object value, String field, String label) {
    List<String> result = new ArrayList<>();
    for (Object item : items(value, field, label)) {
      if (!(item instanceof String s)) {
        throw Refusal.invalid(field, "Giá trị của " + label + " phải là một danh sách lựa chọn.");
      }
      if (!s.isBlank()) {
        result.add(s.strip());
      }
    }
    return result;
  }

  /** Several short texts (a checklist's JSON list or a Java collection), stripped, each once, blank ones skipped. */
  public static List<String> texts(Object value, String field, String label, int maxEach) {
    Set<String> result = new LinkedHashSet<>();
    if (missing(value)) {
      return List.of();
    }
    for (Object item : list(value, field, label)) {
      String t = text(item, field, label, maxEach, false);
      if (t != null) {
        result.add(t);
      }
    }
    return List.copyOf(result);
  }

  /** The rows of a dynamic list or of a list a client sends, with no limit on their number. */
  public static List<Map<String, Object>> rows(Object value, String field, String label) {
    return rows(value, field, label, Integer.MAX_VALUE);
  }

  /**
   * The rows of a list (a JSON variable or JSON text of objects, or a Java list of maps) as maps of plain values:
   * missing is none; more than {@code max} rows, or a row that is not an object, is refused. The caller reads each
   * row's fields with the other readings.
   */
  public static List<Map<String, Object>> rows(Object value, String field, String label, int max) {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (missing(value)) {
      return rows;
    }
    List<Object> items = list(value, field, label);
    if (items.size() > max) {
      throw Refusal.invalid(field, "Danh sách " + label + " có " + items.size() + " dòng, nhiều hơn " + max + ".");
    }
    for (Object item : items) {
      if (!(item instanceof Map<?, ?> m)) {
        throw Refusal.invalid(field, "Mỗi dòng của " + label + " phải là một bản ghi có các trường.");
      }
      Map<String, Object> row = new LinkedHashMap<>();
      m.forEach((k, v) -> row.put(String.valueOf(k), v));
      rows.add(row);
    }
    return rows;
  }

  /** One choice of a select or checklist fed from data: {"label": what a person reads, "value": what is stored}. */
  public static Map<String, String> option(String label, String value) {
    Map<String, String> option = new LinkedHashMap<>();
    option.put("label", label);
    option.put("value", value);
    return option;
  }

  /**
   * Data for a form (choices fed to a checklist or select by its valuesKey, the rows of a dynamic list) as the Json
   * variable Tasklist reads: lists and maps of plain values.
   */
  public static org.camunda.spin.plugin.variable.value.JsonValue json(Object data) {
    try {
      return org.camunda.spin.plugin.variable.SpinValues.jsonValue(JSON.writeValueAsString(data)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not JSON: " + data, e);
    }
  }

  /** The items of a choice list: one text of comma-separated values, or a list ({@link #list}); missing: none. */
  private static List<Object> items(Object value, String field, String label) {
    if (missing(value)) {
      return List.of();
    }
    if (value instanceof String s && !s.strip().startsWith("[")) {
      return new ArrayList<>(List.of((Object[]) s.split(",")));
    }
    return list(value, field, label);
  }

  /** A JSON array (Spin's node as Tasklist's forms send it, or JSON text) or a Java list, as plain Java values. */
  private static List<Object> list(Object value, String field, String label) {
    Object plain = value;
    try {
      if (value instanceof SpinJsonNode || value instanceof String) {
        plain = JSON.readValue(value.toString(), Object.class);
      }
    } catch (JsonProcessingException e) {
      plain = null;
    }
    if (plain instanceof Collection<?> c) {
      return new ArrayList<>(c);
    }
    throw Refusal.invalid(field, "Giá trị của " + label + " phải là một danh sách.");
  }
}
