package vn.tdkt.commendation.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

import vn.tdkt.commendation.casefile.CaseScope;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.security.CurrentUser;

/** Proposals as JSON: the Excel template and import, one proposal, the campaigns. */
@RestController
class ProposalApiController {

  static final MediaType XLSX = MediaType.parseMediaType(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final String TEMPLATE_FILE = "mau-danh-sach-de-nghi-khen-thuong.xlsx";

  private final ProposalImport imports;
  private final ProposalService proposals;
  private final CampaignService campaigns;
  private final Clock clock;

  ProposalApiController(ProposalImport imports, ProposalService proposals, CampaignService campaigns, Clock clock) {
    this.imports = imports;
    this.proposals = proposals;
    this.campaigns = campaigns;
    this.clock = clock;
  }

  @GetMapping("/api/proposals/template.xlsx")
  ResponseEntity<byte[]> template() {
    return template(clock);
  }

  static ResponseEntity<byte[]> template(Clock clock) {
    return ResponseEntity.ok().contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + TEMPLATE_FILE + "\"")
        .body(ProposalWorkbook.template(LocalDate.now(clock).getYear()));
  }

  /** 201 {"proposalNumber", "cases"}; 400 {"type", "message", "errors": [{"row", "column", "message"}]}. */
  @PostMapping(value = "/api/proposals", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ProposalStarter.Started> importFile(@RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String kind, @RequestParam(required = false) String unitCode,
      @RequestParam(required = false) String submissionNumber, @RequestParam(required = false) String submissionDate,
      @RequestParam(required = false) String signerName, @RequestParam(required = false) String campaignId,
      @RequestParam(required = false) String emulationYear) {
    ProposalStarter.Started started = imports.importFile(file, new ProposalImport.Header(kind, unitCode,
        submissionNumber, submissionDate, signerName, campaignId, emulationYear));
    return ResponseEntity.status(HttpStatus.CREATED).body(started);
  }

  @GetMapping("/api/proposals/{proposalNumber}")
  ProposalView get(@PathVariable String proposalNumber) {
    Proposal p = proposals.readable(proposalNumber, CaseScope.of(CurrentUser.get().groups()));
    return ProposalView.of(p, proposals.nominees(p));
  }

  @GetMapping("/api/campaigns")
  List<CampaignView> campaigns() {
    return campaigns.all().stream().map(CampaignView::of).toList();
  }

  @PostMapping("/api/campaigns")
  ResponseEntity<CampaignView> openCampaign(@RequestBody Map<String, Object> body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(CampaignView.of(campaigns.open(body, CurrentUser.get().id())));
  }

  /** A refused list answers with every wrong row; other refusals as every API does. */
  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Object> refused(RuntimeException e) {
    Refusal refusal = Refusal.findIn(e);
    if (refusal == null) {
      throw e;
    }
    Object body = refusal instanceof RowsRefused rows ? rows.listBody() : refusal.body();
    return ResponseEntity.status(refusal.status()).body(body);
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Object> notMultipart(MultipartException e) {
    return ResponseEntity.badRequest().body(Refusal.invalid("file", "Cần gửi tệp danh sách (multipart/form-data, "
        + "trường file).").body());
  }

  /** A campaign as JSON. */
  record CampaignView(Long id, String name, String basis, Long movementId, List<String> awardTypes, Integer quota,
      LocalDate deadline) {

    static CampaignView of(Campaign c) {
      return new CampaignView(c.getId(), c.getName(), c.getBasis(), c.getMovementId(),
          c.getAwardTypes().stream().map(Enum::name).toList(), c.getQuota(), c.getDeadline());
    }
  }
}
