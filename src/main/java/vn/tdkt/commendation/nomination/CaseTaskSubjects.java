package vn.tdkt.commendation.nomination;

import org.springframework.stereotype.Component;

/** A proposal's nominee case is about that nominee, as a nomination is: "TDKT-2026-00012 · Nguyễn Thị Mai · Cục …". */
@Component
class CaseTaskSubjects extends NominationTaskSubjects {

  @Override
  public String processKey() {
    return CaseProcess.KEY;
  }
}
