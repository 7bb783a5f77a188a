package vn.tdkt.commendation.proposal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.engine.Inputs;

/**
 * What the proposal's forms show: the list of nominees as text (with each one's eligibility), the nominees to
 * choose from, the rows of the Board's appraisal. Lists are JSON variables, which Tasklist's Camunda Forms read.
 */
final class ProposalForms {

  /** Room within Camunda's 4000-character limit of a String variable; the whole list is on /proposals/{number}. */
  static final int TEXT_LIMIT = 3600;
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private ProposalForms() {
  }

  /** The header the forms show: number, unit, kind, the tờ trình. */
  static void header(VariableScope scope, Proposal p, String unitName) {
    scope.setVariable(ProposalProcess.VAR_PROPOSAL_NUMBER, p.getProposalNumber());
    scope.setVariable(ProposalProcess.VAR_UNIT_NAME, unitName);
    scope.setVariable(ProposalProcess.VAR_KIND_LABEL, p.getKind().label());
    scope.setVariable(ProposalProcess.VAR_SUBMISSION, "Tờ trình số " + p.getSubmissionNumber() + " ngày "
        + p.getSubmissionDate().format(DAY) + (p.getSignerName() == null ? "" : ", " + p.getSignerName() + " ký"));
  }

  /** One line per nominee, as much as fits a text variable; the rest is counted. */
  static String table(List<CommendationCase> nominees, String proposalNumber) {
    StringBuilder text = new StringBuilder();
    int shown = 0;
    for (CommendationCase c : nominees) {
      String line = (shown + 1) + ". **" + c.getNomineeName() + "**" + describe(c) + " — " + c.getAwardType().label()
          + ". " + eligibility(c) + "\n";
      if (text.length() + line.length() > TEXT_LIMIT) {
        break;
      }
      text.append(line);
      shown++;
    }
    if (shown < nominees.size()) {
      text.append("\n… và ").append(nominees.size() - shown).append(" đối tượng khác (tổng ").append(nominees.size())
          .append(").\n");
    }
    text.append("\n[Xem đủ danh sách, từng hồ sơ và tài liệu đính kèm](/proposals/").append(proposalNumber).append(")");
    return text.toString();
  }

  /** The nominees to choose from (a select's or checklist's values). */
  static void options(VariableScope scope, List<CommendationCase> nominees) {
    // a select's options: shown, never submitted
    List<Map<String, Object>> options = new ArrayList<>();
    for (CommendationCase c : nominees) {
      options.add(Map.of("label", c.getNomineeName() + " — " + c.getAwardType().label() + " (" + c.getCaseNumber() + ")",
          "value", c.getCaseNumber()));
    }
    json(scope, ProposalProcess.VAR_NOMINEE_OPTIONS, options);
  }

  /** A JSON variable of this scope only (what the form shows, never submitted). */
  static void json(VariableScope scope, String name, Object value) {
    scope.setVariableLocal(name, Inputs.json(value));
  }

  private static String describe(CommendationCase c) {
    String kind = c.getNomineeKind() == NomineeKind.INDIVIDUAL ? "cá nhân"
        : c.getNomineeKind() == NomineeKind.COLLECTIVE ? "tập thể" : "hộ gia đình";
    return " (" + kind + (c.getNomineePosition() == null ? "" : ", " + c.getNomineePosition()) + ")";
  }

  private static String eligibility(CommendationCase c) {
    if (c.getEligible() == null) {
      return "";
    }
    return (c.getEligible() ? "Đủ tiêu chuẩn: " : "CHƯA ĐỦ tiêu chuẩn: ") + c.getEligibilityReason();
  }
}
