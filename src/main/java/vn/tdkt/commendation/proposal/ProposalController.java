package vn.tdkt.commendation.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.casefile.CaseScope;
import vn.tdkt.commendation.casefile.CommendationKind;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.organisation.Roles;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.security.CurrentUser;

/**
 * The proposals' pages: the list a person may read with the Excel import (template, upload) for nominators, one
 * proposal with its receipt and each nominee's case, and the campaigns the Board opens and submits for decision.
 */
@Controller
class ProposalController {

  static final int LIST_SIZE = 100;

  private final ProposalService proposals;
  private final ProposalImport imports;
  private final CampaignService campaigns;
  private final OrganisationService organisation;
  private final RuntimeService runtimeService;
  private final Clock clock;

  ProposalController(ProposalService proposals, ProposalImport imports, CampaignService campaigns,
      OrganisationService organisation, RuntimeService runtimeService, Clock clock) {
    this.proposals = proposals;
    this.imports = imports;
    this.campaigns = campaigns;
    this.organisation = organisation;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  @GetMapping("/proposals")
  String list(Model model) {
    CurrentUser user = CurrentUser.get();
    model.addAttribute("proposals", proposals.visible(CaseScope.of(user.groups()), LIST_SIZE));
    model.addAttribute("unitNames", organisation.unitNames());
    model.addAttribute("canImport", !organisation.nominatingUnitsOf(user.id()).isEmpty());
    model.addAttribute("myUnits", organisation.nominatingUnitsOf(user.id()).stream()
        .map(code -> organisation.unit(code).orElseThrow()).toList());
    model.addAttribute("kinds", CommendationKind.values());
    model.addAttribute("openCampaigns", campaigns.all().stream().filter(c -> c.isOpen(clock.instant())).toList());
    model.addAttribute("today", LocalDate.now(clock));
    return "proposals/list";
  }

  @GetMapping("/proposals/template.xlsx")
  ResponseEntity<byte[]> template() {
    return ProposalApiController.template(clock);
  }

  /** The page's upload: to the new proposal, or the same page with every wrong row (400, nothing stored). */
  @PostMapping("/proposals")
  String importFile(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String unitCode, @RequestParam(required = false) String submissionNumber,
      @RequestParam(required = false) String submissionDate, @RequestParam(required = false) String signerName,
      @RequestParam(required = false) String campaignId, @RequestParam(required = false) String emulationYear,
      Model model, jakarta.servlet.http.HttpServletResponse response) {
    try {
      ProposalStarter.Started started = imports.importFile(file, new ProposalImport.Header(kind, unitCode,
          submissionNumber, submissionDate, signerName, campaignId, emulationYear));
      return "redirect:/proposals/" + started.proposalNumber();
    } catch (RuntimeException e) {
      Refusal refusal = Refusal.findIn(e);
      if (refusal == null) {
        throw e;
      }
      response.setStatus(refusal.status());
      model.addAttribute("error", refusal.getMessage());
      model.addAttribute("rowErrors", refusal instanceof RowsRefused rows ? rows.errors() : List.of());
      return list(model);
    }
  }

  @GetMapping("/proposals/{proposalNumber}")
  String show(@PathVariable String proposalNumber, Model model) {
    Proposal p = proposals.readable(proposalNumber, CaseScope.of(CurrentUser.get().groups()));
    model.addAttribute("p", p);
    model.addAttribute("nominees", proposals.nominees(p));
    model.addAttribute("unitName", organisation.unitName(p.getUnitCode()));
    model.addAttribute("campaign", p.getCampaignId() == null ? null : campaigns.get(p.getCampaignId()));
    return "proposals/show";
  }

  @GetMapping("/campaigns")
  String campaigns(Model model) {
    List<String> groups = CurrentUser.get().groups();
    List<Campaign> all = campaigns.all();
    model.addAttribute("campaigns", all);
    Map<Long, String> movementNames = new HashMap<>();
    all.forEach(c -> movementNames.put(c.getId(), campaigns.movementName(c)));
    model.addAttribute("movementNames", movementNames);
    model.addAttribute("movements", campaigns.movements());
    model.addAttribute("awards", AwardType.values());
    model.addAttribute("board", groups.contains(Roles.BOARD_OFFICERS) || groups.contains(Roles.BOARD_HEADS)
        || groups.contains(Roles.ADMIN));
    model.addAttribute("now", clock.instant());
    return "proposals/campaigns";
  }

  @PostMapping("/campaigns")
  String openCampaign(@RequestParam Map<String, String> form, @RequestParam(required = false) List<String> awardTypes,
      Model model, jakarta.servlet.http.HttpServletResponse response) {
    Map<String, Object> input = new HashMap<>(form);
    input.put("awardTypes", awardTypes == null ? List.of() : awardTypes);
    try {
      campaigns.open(input, CurrentUser.get().id());
      return "redirect:/campaigns";
    } catch (Refusal refusal) {
      response.setStatus(refusal.status());
      model.addAttribute("error", refusal.getMessage());
      return campaigns(model);
    }
  }

  /** The Board submits a campaign's appraised nominees to the Chairman: a "decision-list" for that campaign. */
  @PostMapping("/campaigns/{id}/decision-list")
  String submitCampaign(@PathVariable Long id, Model model, jakarta.servlet.http.HttpServletResponse response) {
    Campaign c = campaigns.get(id);
    try {
      runtimeService.startProcessInstanceByKey(DecisionListProcess.KEY,
          Map.of(DecisionListProcess.VAR_CAMPAIGN, c.getId().intValue()));
      return "redirect:/campaigns";
    } catch (RuntimeException e) {
      Refusal refusal = Refusal.findIn(e);
      if (refusal == null) {
        throw e;
      }
      response.setStatus(refusal.status());
      model.addAttribute("error", refusal.getMessage());
      return campaigns(model);
    }
  }

  @ExceptionHandler(Refusal.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(Refusal refusal, Model model) {
    model.addAttribute("message", refusal.getMessage());
    return "error/refused";
  }
}
