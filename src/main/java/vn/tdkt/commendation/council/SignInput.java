package vn.tdkt.commendation.council;

import static vn.tdkt.commendation.council.CouncilProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.problem.Refusal;

/** What the Chairman fills in on "signDecision", checked; built from the task's variables by its listener. */
public record SignInput(String outcome, String comment, List<String> excludedCases, String decisionNumber,
    LocalDate decisionDate) {

  static final int COMMENT_MAX = 2000;
  static final int EXCLUDED_MAX = 4000;

  static SignInput parse(Object outcome, Object comment, Object excluded, Object number, Object date, Clock clock) {
    String chosen = Inputs.choice(outcome, VAR_CHAIRMAN_OUTCOME, List.of(APPROVE, REJECT),
        "Chọn kết quả: approve (phê duyệt) hoặc reject (không phê duyệt).");
    String commentText = Inputs.text(comment, VAR_COMMENT, "ý kiến", COMMENT_MAX, false);
    // a checklist of the listed cases (a JSON list, decisionCaseOptions) or, from older clients, typed numbers
    List<String> excludedCases = excluded instanceof String || Inputs.missing(excluded) ? typed(excluded)
        : Inputs.texts(excluded, VAR_EXCLUDED_CASES, "số hồ sơ loại ra", 40);
    if ((REJECT.equals(chosen) || !excludedCases.isEmpty()) && commentText == null) {
      throw Refusal.invalid(VAR_COMMENT, "Cần ghi rõ lý do khi không phê duyệt hoặc loại hồ sơ khỏi quyết định.");
    }
    String numberText = Inputs.text(number, VAR_DECISION_NUMBER, "số quyết định", DecisionNumbers.NUMBER_MAX, false);
    LocalDate decisionDate = Inputs.date(date, VAR_DECISION_DATE, "ngày quyết định", LocalDate.of(Inputs.FIRST_YEAR, 1, 1),
        LocalDate.now(clock));
    return new SignInput(chosen, commentText, excludedCases, numberText, decisionDate);
  }

  private static List<String> typed(Object excluded) {
    String excludedText = Inputs.text(excluded, VAR_EXCLUDED_CASES, "danh sách hồ sơ loại ra", EXCLUDED_MAX, false);
    return excludedText == null ? List.of()
        : Arrays.stream(excludedText.split("[,;\\s]+")).filter(s -> !s.isBlank()).distinct().toList();
  }
}
