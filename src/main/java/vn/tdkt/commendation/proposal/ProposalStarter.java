package vn.tdkt.commendation.proposal;

import static vn.tdkt.commendation.proposal.ProposalProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CommendationKind;
import vn.tdkt.commendation.engine.SystemAction;

/**
 * Starts proposals for the product's other doors: the Excel import (as the signed-in nominator, like a Tasklist
 * start) and a cluster round (on its leader's behalf, one proposal per unit). The rows travel as a transient
 * variable: checked and registered by the start's first step, never stored as a process variable.
 */
@Service
public class ProposalStarter {

  /** What a cluster round vouches for: its minutes and, per award, the secret-ballot tally of the unit. */
  public record RoundSource(String roundNumber, String unitCode, Map<AwardType, String> tallies) {
  }

  /** One unit's nominee of a cluster round. */
  public record RoundNominee(String nomineeName, AwardType awardType, String summary, String tally) {
  }

  /** The started proposal and its cases, in the order of the rows. */
  public record Started(String proposalNumber, List<String> cases) {
  }

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final ProposalRegistration registration;
  private final SystemAction system;
  private final Clock clock;

  ProposalStarter(RuntimeService runtimeService, IdentityService identityService, ProposalRegistration registration,
      SystemAction system, Clock clock) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.registration = registration;
    this.system = system;
    this.clock = clock;
  }

  /** Starts a proposal as the signed-in caller (who needs the grant to start one, and to be the unit's nominator). */
  public Started start(Map<String, Object> header, List<Map<String, Object>> rows) {
    VariableMap variables = Variables.createVariables();
    header.forEach((k, v) -> {
      if (v != null) {
        variables.put(k, v);
      }
    });
    variables.putValueTyped(VAR_NOMINEES, Variables.objectValue(new ArrayList<>(rows), true).create());
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(KEY, variables);
    return new Started(pi.getBusinessKey(), registration.caseNumbers(pi.getBusinessKey()));
  }

  /**
   * A cluster round's nominees of one unit become one yearly proposal, started on the round leader's behalf
   * without the signed-in caller (whoever cast the last ballot); its first step takes the round's word for the
   * unit and the votes, which no REST client can give.
   */
  public Started startForClusterRound(String roundNumber, String leaderId, String unitCode, int emulationYear,
      List<RoundNominee> nominees) {
    Map<AwardType, String> tallies = new EnumMap<>(AwardType.class);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (RoundNominee n : nominees) {
      tallies.put(n.awardType(), n.tally());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(NomineeField.NAME.key, n.nomineeName());
      row.put(NomineeField.KIND.key, "COLLECTIVE");
      row.put(NomineeField.AWARD.key, n.awardType().name());
      row.put(NomineeField.SUMMARY.key, n.summary());
      rows.add(row);
    }
    Map<String, Object> v = new HashMap<>();
    v.put(VAR_INITIATOR, leaderId);
    v.put(VAR_KIND, CommendationKind.ANNUAL.name());
    v.put(VAR_YEAR, emulationYear);
    v.put(VAR_SUBMISSION_NUMBER, "Biên bản " + roundNumber);
    v.put(VAR_SUBMISSION_DATE, LocalDate.now(clock).toString());
    VariableMap variables = Variables.fromMap(v);
    variables.putValueTyped(VAR_NOMINEES, Variables.objectValue(rows, true).create());
    variables.putValueTyped(VAR_ROUND_SOURCE, Variables.objectValue(new RoundSource(roundNumber, unitCode, tallies),
        true).create());
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      ProcessInstance pi = system.call(() -> runtimeService.startProcessInstanceByKey(KEY, variables));
      return new Started(pi.getBusinessKey(), registration.caseNumbers(pi.getBusinessKey()));
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
