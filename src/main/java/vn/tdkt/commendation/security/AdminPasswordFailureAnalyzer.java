package vn.tdkt.commendation.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the refusal to start as a short "APPLICATION FAILED TO START" notice instead of a stack trace. */
public class AdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdminPasswordCheck.UnsafeAdminPasswordException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordCheck.UnsafeAdminPasswordException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Set the environment variable TDKT_ADMIN_PASSWORD (and optionally TDKT_ADMIN_USER) to a strong secret, "
            + "or run with the profile 'demo' for a demonstration.", cause);
  }
}
