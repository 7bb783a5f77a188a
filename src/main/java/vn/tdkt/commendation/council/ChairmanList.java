package vn.tdkt.commendation.council;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.engine.Inputs;
import vn.tdkt.commendation.organisation.OrganisationService;

/**
 * What the Chairman's signing task shows besides the list to sign: the cases of the same award the Council turned
 * down, with their counts and the share they needed, a link to the session page, and the listed cases as choices
 * for a checklist of those to leave out.
 */
@Component
class ChairmanList {

  private final SessionCaseRepository sessionCases;
  private final CouncilSettings settings;
  private final CaseService cases;
  private final OrganisationService organisation;

  ChairmanList(SessionCaseRepository sessionCases, CouncilSettings settings, CaseService cases,
      OrganisationService organisation) {
    this.sessionCases = sessionCases;
    this.settings = settings;
    this.cases = cases;
    this.organisation = organisation;
  }

  /** Appends the cases of this award the Council did not pass, and the session page's link, within {@code limit}. */
  void appendNotPassed(StringBuilder text, CouncilSession session, String awardType, int limit) {
    int members = session.getMembers().size();
    Map<String, String> unitNames = organisation.unitNames();
    List<SessionCase> notPassed = sessionCases.findBySessionIdOrderByCaseNumber(session.getId()).stream()
        .filter(sc -> sc.getResult() == SessionCase.Result.NOT_PASSED && sc.getAwardType().name().equals(awardType))
        .toList();
    CouncilSettings.Threshold threshold = settings.threshold(AwardType.valueOf(awardType));
    String link = "\n[Xem phiên họp " + session.getSessionNumber() + ": số phiếu của từng hồ sơ](/council/sessions/"
        + session.getSessionNumber() + ")\n";
    if (!notPassed.isEmpty()) {
      text.append("\n**Hội đồng không tán thành (không trình ký):**\n\n");
      for (SessionCase sc : notPassed) {
        CommendationCase c = cases.get(sc.getCaseNumber());
        String line = "- " + c.getCaseNumber() + ": " + c.getNomineeName() + " ("
            + unitNames.getOrDefault(c.getUnitCode(), c.getUnitCode()) + ") — " + sc.getApprovals() + "/" + members
            + " phiếu tán thành, cần " + threshold.describe() + " tổng số thành viên (" + threshold.votesNeeded(members)
            + "/" + members + ")\n";
        if (text.length() + line.length() + link.length() + 40 > limit) {
          text.append("- … (xem trang phiên họp)\n");
          break;
        }
        text.append(line);
      }
    }
    if (text.length() + link.length() <= limit) {
      text.append(link);
    }
  }

  /** The cases listed for one signing task as {label, value} choices. */
  List<Map<String, String>> choices(Long sessionId, String taskId) {
    Map<String, String> unitNames = organisation.unitNames();
    List<String> listed = sessionCases.findBySessionIdOrderByCaseNumber(sessionId).stream()
        .filter(sc -> taskId.equals(sc.getSigningTaskId())).map(SessionCase::getCaseNumber).toList();
    List<Map<String, String>> choices = new ArrayList<>();
    for (CommendationCase c : cases.getAll(listed)) {
      choices.add(Inputs.option(c.getCaseNumber() + " — " + c.getNomineeName() + " ("
          + unitNames.getOrDefault(c.getUnitCode(), c.getUnitCode()) + ")", c.getCaseNumber()));
    }
    return choices;
  }
}
