package vn.tdkt.commendation.casefile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tdkt.commendation.audit.AuditLog;
import vn.tdkt.commendation.problem.Refusal;

/** Reads a case for a person: a case outside their scope is "not found", never "forbidden". */
@Service
@Transactional(readOnly = true)
public class CaseReader {

  private final CaseRepository cases;

  CaseReader(CaseRepository cases) {
    this.cases = cases;
  }

  public CaseView view(String caseNumber, CaseScope scope) {
    return CaseView.of(readable(caseNumber, scope));
  }

  public CommendationCase readable(String caseNumber, CaseScope scope) {
    CommendationCase c = cases.findByCaseNumber(caseNumber).orElse(null);
    if (c == null || !scope.allows(c)) {
      AuditLog.denied(404, "case " + caseNumber, c == null ? "no such case" : "outside the caller's scope " + scope);
      throw Refusal.notFound("Không tìm thấy hồ sơ " + caseNumber + ".");
    }
    c.getEvents().size();
    return c;
  }
}
