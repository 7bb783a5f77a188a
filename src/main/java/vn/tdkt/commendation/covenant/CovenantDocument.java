package vn.tdkt.commendation.covenant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.tdkt.commendation.official.OfficialTexts;
import vn.tdkt.commendation.official.PdfRenderer;
import vn.tdkt.commendation.official.Vn;
import vn.tdkt.commendation.organisation.OrganisationService;

/**
 * The signed covenant as a document of the cluster's year: official/covenant.html in the Decree 30 layout of the
 * other documents (the cluster as issuing body, national title, place and date, the targets, one signature block per
 * member unit with its head's name), rendered by official.PdfRenderer.
 */
@Component
class CovenantDocument {

  static final java.time.ZoneId ZONE = java.time.ZoneId.of(vn.tdkt.commendation.CommendationApplication.ZONE);

  private final PdfRenderer renderer;
  private final OfficialTexts texts;
  private final OrganisationService organisation;

  CovenantDocument(PdfRenderer renderer, OfficialTexts texts, OrganisationService organisation) {
    this.renderer = renderer;
    this.texts = texts;
    this.organisation = organisation;
  }

  /** One member unit's signature on the document. */
  record Signer(String unit, String name, String date) {
  }

  record View(List<String> issuingBody, String placeDate, String year, String clusterName, String title,
      List<CovenantTarget> targets, int total, List<Signer> signers) {
  }

  View view(Covenant c) {
    Vn vn = Vn.INSTANCE;
    String cluster = organisation.clusterName(c.getClusterCode());
    List<Signer> signers = c.currentSignatures().stream().map(s -> new Signer(vn.upper(organisation.unitName(s.getUnitCode())),
        organisation.personName(s.getSignedBy()), vn.date(s.getSignedAt().atZone(ZONE).toLocalDate()))).toList();
    return new View(List.of(vn.upper(cluster)), vn.placeDate(texts.getPlace(), java.time.LocalDate.now(
        ZONE)), String.valueOf(c.getEmulationYear()),
        cluster, c.getTitle(), c.getTargets(), c.getTargets().stream().mapToInt(CovenantTarget::getMaxPoints).sum(),
        signers);
  }

  byte[] pdf(Covenant c) {
    Map<String, Object> model = new HashMap<>();
    model.put("d", view(c));
    model.put("title", c.getTitle());
    model.put("author", organisation.clusterName(c.getClusterCode()));
    return renderer.pdf("covenant", model);
  }
}
