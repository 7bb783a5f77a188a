package vn.tdkt.commendation.engine;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import vn.tdkt.commendation.problem.Refusal;

/** Checks on what forms and clients send: variables no form has, and free text. */
public final class Inputs {

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

  /**
   * A free-text input, stripped: blank counts as missing (refused when required, else null), anything but
   * a String or longer than {@code max} is refused, each with the field and a Vietnamese message.
   */
  public static String text(Object value, String field, String label, int max, boolean required) {
    if (value == null || (value instanceof String s && s.isBlank())) {
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
      throw Refusal.invalid(field, "Nội dung " + label + " dài quá " + max + " ký tự.");
    }
    return t;
  }
}
