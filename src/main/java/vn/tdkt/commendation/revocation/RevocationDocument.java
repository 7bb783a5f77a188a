package vn.tdkt.commendation.revocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.official.OfficialTexts;
import vn.tdkt.commendation.official.PdfRenderer;
import vn.tdkt.commendation.official.Vn;
import vn.tdkt.commendation.organisation.OrganisationService;

/**
 * The revocation decision as a document: the template official/revocation.html in the Decree 30/2020/NĐ-CP layout
 * of the award decisions (issuing body and national title, number, place and date, the "Căn cứ" lines, articles,
 * "Nơi nhận", the signer's title and name), with the same texts (tdkt.official) and renderer
 * (official.PdfRenderer, Liberation Serif).
 */
@Component
class RevocationDocument {

  static final String TEMPLATE = "revocation";

  private final PdfRenderer renderer;
  private final OfficialTexts texts;
  private final RevocationSettings settings;
  private final OrganisationService organisation;

  RevocationDocument(PdfRenderer renderer, OfficialTexts texts, RevocationSettings settings,
      OrganisationService organisation) {
    this.renderer = renderer;
    this.texts = texts;
    this.settings = settings;
    this.organisation = organisation;
  }

  /** What the template reads: every value ready to print. */
  record View(List<String> issuingBody, String number, String placeDate, String authority, List<String> bases,
      String article1, String article2, String executors, List<String> signerTitle, String signerName,
      List<String> recipients, String archive) {
  }

  View view(Revocation r, CommendationCase c, String awardDecision, LocalDate awardDate) {
    Vn vn = Vn.INSTANCE;
    String unit = organisation.unitName(c.getUnitCode());
    String award = texts.award(c.getAwardType()).getName();
    List<String> bases = new ArrayList<>(texts.getLegalBases());
    bases.add("Căn cứ Quyết định số " + awardDecision + " " + vn.date(awardDate) + " của " + texts.getIssuer()
        + " về việc tặng " + award);
    bases.add("Theo đề nghị của " + settings.getProposer());
    String nominee = c.getNomineeKind() == NomineeKind.INDIVIDUAL
        ? c.getNomineeName() + (c.getNomineePosition() == null ? "" : ", " + c.getNomineePosition()) + ", " + unit
        : c.getNomineeName() + " (" + unit + ")";
    String article1 = "Hủy bỏ Quyết định số " + awardDecision + " " + vn.date(awardDate) + " của " + texts.getIssuer()
        + " về việc tặng " + award + " đối với " + nominee + ". Lý do: " + r.getGround().citation() + ".";
    String article2 = unit + " có trách nhiệm thu hồi hiện vật khen thưởng (" + award + ")"
        + (r.getBonusAmount() > 0 ? " và số tiền thưởng " + vn.money(r.getBonusAmount()) + " đồng đã nhận" : "")
        + ", nộp lại " + settings.getRecoveredTo() + ".";
    List<String> recipients = new ArrayList<>();
    recipients.add("Như Điều 3");
    recipients.addAll(texts.getRecipients());
    return new View(texts.getIssuingBody(), r.getDecisionNumber(), vn.placeDate(texts.getPlace(), r.getDecisionDate()),
        texts.getAuthority(), bases, article1, article2,
        texts.getExecutors() + ", Thủ trưởng " + unit + " và " + c.getNomineeName(),
        texts.titleOf(r.getSignerTitle()), r.getSignerName(), recipients, texts.getArchive());
  }

  byte[] pdf(Revocation r, CommendationCase c, String awardDecision, LocalDate awardDate) {
    Map<String, Object> model = new HashMap<>();
    model.put("d", view(r, c, awardDecision, awardDate));
    model.put("title", "Quyết định " + r.getDecisionNumber());
    model.put("author", texts.getIssuer());
    return renderer.pdf(TEMPLATE, model);
  }
}
