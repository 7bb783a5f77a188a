package vn.tdkt.commendation.engine;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import vn.tdkt.commendation.problem.Refusal;

/** The one refusal of variables that no form has, for starts and tasks alike. */
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
}
