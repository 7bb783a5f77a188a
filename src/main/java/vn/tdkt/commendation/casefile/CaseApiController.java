package vn.tdkt.commendation.casefile;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.tdkt.commendation.security.CurrentUser;

@RestController
@RequestMapping("/api/cases")
class CaseApiController {

  private final CaseReader reader;

  CaseApiController(CaseReader reader) {
    this.reader = reader;
  }

  @GetMapping("/{caseNumber}")
  CaseView get(@PathVariable String caseNumber) {
    return reader.view(caseNumber, CaseScope.of(CurrentUser.get().groups()));
  }
}
