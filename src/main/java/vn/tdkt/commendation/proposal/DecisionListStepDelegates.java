package vn.tdkt.commendation.proposal;

import static vn.tdkt.commendation.proposal.DecisionListProcess.*;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.tdkt.commendation.council.CouncilService;
import vn.tdkt.commendation.council.CouncilSession;
import vn.tdkt.commendation.engine.Inputs;

/**
 * The steps of "decision-list" ({@code openDecisionList} → {@code openDecisionListDelegate}, {@code closeDecisionList}
 * → {@code closeDecisionListDelegate}); its sub-process per award type calls the Council's beans
 * ({@code approveDecisionListener}, {@code recordDecisionNumberListener}, {@code issueDecisionDelegate}), which find the
 * list by the process instance as they find a session.
 */
@Configuration(proxyBeanMethods = false)
class DecisionListStepDelegates {

  @Bean
  JavaDelegate openDecisionListDelegate(CouncilService council, CampaignService campaigns) {
    return execution -> {
      Inputs.onlyKnown(execution.getVariableNames(), START_INPUTS);
      Integer campaignId = Inputs.wholeNumber(execution.getVariable(VAR_CAMPAIGN), VAR_CAMPAIGN, "đợt khen thưởng", 1,
          Integer.MAX_VALUE);
      String heading = null;
      String basis = null;
      if (campaignId != null) {
        Campaign c = campaigns.get(campaignId.longValue());
        heading = "Đợt khen thưởng chuyên đề: " + c.getName() + " (" + c.getBasis() + ")";
        basis = c.getBasis();
      }
      String awardTypes = String.join(",", Inputs.choices(execution.getVariable(VAR_AWARD_TYPES), VAR_AWARD_TYPES,
          "các hình thức khen thưởng"));
      CouncilSession list = council.openDirect((String) execution.getVariable(VAR_INITIATOR), awardTypes, campaignId == null ? null : campaignId.longValue(), heading, basis, execution.getProcessInstanceId());
      execution.setProcessBusinessKey(list.getSessionNumber());
    };
  }

  @Bean
  JavaDelegate closeDecisionListDelegate(CouncilService council) {
    return execution -> council.close(council.sessionIdOf(execution.getProcessInstanceId()));
  }
}
