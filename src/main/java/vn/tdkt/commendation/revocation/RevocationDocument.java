package vn.tdkt.commendation.revocation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.organisation.OrganisationService;

/**
 * The revocation decision as a document: the Thymeleaf template revocation/decision-document.html, laid out
 * with the elements of Decree 30/2020/NĐ-CP (issuing body and national title, number, place and date, the
 * "Căn cứ" lines from configuration, the articles, "Nơi nhận", the signer's title and name from the identity
 * store), printed to PDF with openhtmltopdf like the award decision. The font is PDFBox's Liberation Sans, as
 * for the other documents, until the document layer brings Times New Roman.
 */
@Component
class RevocationDocument {

  static final String TEMPLATE = "revocation/decision-document";
  static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  static final String FONT = "Liberation Sans";
  private static final Locale VI = Locale.forLanguageTag("vi");

  private final ITemplateEngine templates;
  private final OrganisationService organisation;
  private final RevocationSettings settings;

  RevocationDocument(ITemplateEngine templates, OrganisationService organisation, RevocationSettings settings) {
    this.templates = templates;
    this.organisation = organisation;
    this.settings = settings;
  }

  /** The model of the template: every value ready to print. */
  Map<String, Object> model(Revocation r, CommendationCase c, String awardDecision, LocalDate awardDate) {
    String province = organisation.provinceName();
    String unit = organisation.unitName(c.getUnitCode());
    Map<String, Object> m = new HashMap<>();
    m.put("font", FONT);
    m.put("provinceUpper", province.toUpperCase(VI));
    m.put("number", r.getDecisionNumber());
    m.put("placeDate", placeDate(province, r.getDecisionDate()));
    List<String> bases = new ArrayList<>(settings.getLegalBases());
    bases.add("Căn cứ Quyết định số " + awardDecision + " ngày " + longDate(awardDate) + " của Chủ tịch Ủy ban nhân dân tỉnh "
        + province + " về việc tặng " + c.getAwardType().label());
    bases.add("Theo đề nghị của " + settings.getProposer());
    m.put("bases", terminated(bases));
    m.put("awardDecision", awardDecision);
    m.put("awardDate", longDate(awardDate));
    m.put("award", c.getAwardType().label());
    m.put("nominee", c.getNomineeKind() == NomineeKind.INDIVIDUAL
        ? c.getNomineeName() + (c.getNomineePosition() == null ? "" : ", " + c.getNomineePosition()) + ", " + unit
        : c.getNomineeName() + " (" + unit + ")");
    m.put("ground", r.getGround().citation());
    m.put("unit", unit);
    m.put("bonus", r.getBonusAmount() > 0 ? money(r.getBonusAmount()) : null);
    m.put("executors", settings.getExecutors() + ", Thủ trưởng " + unit);
    m.put("person", c.getNomineeName());
    List<String> recipients = new ArrayList<>();
    recipients.add("Như Điều 3");
    recipients.addAll(settings.getRecipients());
    m.put("recipients", terminated(recipients));
    boolean chairman = RevocationService.CHAIRMAN_TITLE.equalsIgnoreCase(r.getSignerTitle());
    m.put("onBehalf", !chairman);
    m.put("signerTitle", r.getSignerTitle().toUpperCase(VI));
    m.put("signerName", r.getSignerName());
    return m;
  }

  byte[] pdf(Revocation r, CommendationCase c, String awardDecision, LocalDate awardDate) {
    String html = templates.process(TEMPLATE, new Context(VI, model(r, c, awardDecision, awardDate)));
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(RevocationDocument::font, FONT);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decree 30: each line ends with ";", the last with ".". */
  static List<String> terminated(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip().replaceAll("[;.]$", "");
      out.add(l + (i == lines.size() - 1 ? "." : ";"));
    }
    return out;
  }

  /** "Thanh Hóa, ngày 05 tháng 01 năm 2026": day below 10 and months 1 and 2 with a leading zero (Decree 30). */
  static String placeDate(String place, LocalDate d) {
    String day = String.format("%02d", d.getDayOfMonth());
    String month = d.getMonthValue() <= 2 ? String.format("%02d", d.getMonthValue()) : String.valueOf(d.getMonthValue());
    return place + ", ngày " + day + " tháng " + month + " năm " + d.getYear();
  }

  static String longDate(LocalDate d) {
    return d == null ? "" : String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  static String money(long amount) {
    return NumberFormat.getIntegerInstance(VI).format(amount);
  }

  private static InputStream font() {
    InputStream in = RevocationDocument.class.getResourceAsStream(FONT_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("PDF font missing from the classpath: " + FONT_RESOURCE);
    }
    return in;
  }
}
