package vn.tdkt.commendation.announcement;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletContext;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.tdkt.commendation.announcement.DecidedCases.Decided;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.portal.Formats;

/**
 * The HTML rows of one page of decisions, rendered by Thymeleaf (which escapes every value) once per
 * page and then kept with it by {@link DecisionList}: 25 rows of links, dates, award labels and unit
 * names were two thirds of the cost of every visit.
 */
@Component
class DecisionRows {

  /** One row, ready to print. */
  record Row(String decisionNumber, String href, String date, String award, String nominee, String position,
      String unit, boolean revoked) {
  }

  private final ITemplateEngine templates;
  private final OrganisationService organisation;
  private final Formats formats;
  private final ServletContext servletContext;

  DecisionRows(ITemplateEngine templates, OrganisationService organisation, Formats formats,
      ServletContext servletContext) {
    this.templates = templates;
    this.organisation = organisation;
    this.formats = formats;
    this.servletContext = servletContext;
  }

  String html(List<Decided> decided) {
    if (decided.isEmpty()) {
      return "";
    }
    Map<String, String> unitNames = organisation.unitNames();
    String pdf = servletContext.getContextPath() + "/decisions/decision.pdf?number=";
    List<Row> rows = decided.stream().map(d -> new Row(d.decisionNumber(),
        pdf + UriUtils.encodeQueryParam(d.decisionNumber(), StandardCharsets.UTF_8) + "&year=" + d.decisionDate().getYear(),
        formats.date(d.decisionDate()),
        d.awardType().label(), d.nomineeName(),
        d.nomineePosition() == null || d.nomineePosition().isBlank() ? null : d.nomineePosition(),
        unitNames.getOrDefault(d.unitCode(), d.unitCode()), d.revoked())).toList();
    return templates.process("fragments/decision-rows",
        new Context(LocaleContextHolder.getLocale(), Map.of("rows", rows)));
  }
}
