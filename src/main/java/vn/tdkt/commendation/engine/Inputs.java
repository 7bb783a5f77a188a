package vn.tdkt.commendation.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

  // ------------------------------------------------------------------ lists of rows

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A list of rows (objects of named values), as a form's dynamic list or checklist sends it: a JSON variable
   * (Tasklist), JSON text (a REST client) or a Java list (the product's own calls). Missing is an empty list; more
   * than {@code max} rows, or anything but a list of objects, is refused. Each row's values are read by the caller.
   */
  public static List<Map<String, Object>> rows(Object value, String field, String label, int max) {
    if (missing(value)) {
      return List.of();
    }
    Object list = value;
    if (!(value instanceof List<?>)) {
      try {
        list = JSON.readValue(value.toString(), Object.class);
      } catch (JsonProcessingException e) {
        throw Refusal.invalid(field, "Giá trị của " + label + " phải là một danh sách.");
      }
    }
    if (!(list instanceof List<?> items)) {
      throw Refusal.invalid(field, "Giá trị của " + label + " phải là một danh sách.");
    }
    if (items.size() > max) {
      throw Refusal.invalid(field, "Danh sách " + label + " có " + items.size() + " dòng, nhiều hơn " + max + ".");
    }
    List<Map<String, Object>> rows = new ArrayList<>(items.size());
    for (Object item : items) {
      if (!(item instanceof Map<?, ?> map)) {
        throw Refusal.invalid(field, "Mỗi dòng của " + label + " phải là một đối tượng có các trường.");
      }
      Map<String, Object> row = new LinkedHashMap<>();
      map.forEach((k, v) -> row.put(String.valueOf(k), v));
      rows.add(row);
    }
    return rows;
  }

  /**
   * A list of choices, as a checklist sends it (a JSON variable, JSON text, a Java list) or as text separated by
   * commas; missing is an empty list. Each choice is a String, stripped; the caller checks each against its list.
   */
  public static List<String> choices(Object value, String field, String label) {
    if (missing(value)) {
      return List.of();
    }
    if (value instanceof String s && !s.strip().startsWith("[")) {
      return java.util.Arrays.stream(s.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }
    Object list = value;
    if (!(value instanceof List<?>)) {
      try {
        list = JSON.readValue(value.toString(), Object.class);
      } catch (JsonProcessingException e) {
        list = null;
      }
    }
    if (!(list instanceof List<?> items) || items.stream().anyMatch(i -> !(i instanceof String))) {
      throw Refusal.invalid(field, "Giá trị của " + label + " phải là một danh sách lựa chọn.");
    }
    return items.stream().map(i -> ((String) i).strip()).filter(c -> !c.isEmpty()).toList();
  }

  /** A list as JSON text (for a JSON variable a form's list reads its rows or options from). */
  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
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
}
