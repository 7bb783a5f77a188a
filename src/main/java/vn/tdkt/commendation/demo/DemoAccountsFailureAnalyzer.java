package vn.tdkt.commendation.demo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the refusal to start with demo accounts as a short "APPLICATION FAILED TO START" notice. */
public class DemoAccountsFailureAnalyzer
    extends AbstractFailureAnalyzer<DemoAccountsOutsideDemo.DemoAccountsPresentException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, DemoAccountsOutsideDemo.DemoAccountsPresentException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Start once with TDKT_DEMO_ACCOUNTS=remove to delete the demo people (the administrator's password is then "
            + "taken from TDKT_ADMIN_PASSWORD), or run with the profile 'demo' for a demonstration.", cause);
  }
}
