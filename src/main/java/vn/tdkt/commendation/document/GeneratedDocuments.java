package vn.tdkt.commendation.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.council.Decision;
import vn.tdkt.commendation.council.DecisionDocuments;
import vn.tdkt.commendation.council.Decisions;
import vn.tdkt.commendation.official.IssuedDocument;
import vn.tdkt.commendation.official.IssuedDocuments;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.problem.Refusal;

/**
 * The documents read from here: a decision as it was issued and signed (kept by official.IssuedDocuments; one issued
 * before documents were kept is rendered again from its record, unsigned), the certificate of an awarded case
 * (council.DecisionDocuments), and a year's decisions with the payout list of their bonuses as an Excel workbook
 * (Apache POI).
 */
@Service
@Transactional(readOnly = true)
public class GeneratedDocuments {

  private final Decisions decisions;
  private final CaseService cases;
  private final OrganisationService organisation;
  private final DecisionDocuments documents;
  private final IssuedDocuments issued;

  GeneratedDocuments(Decisions decisions, CaseService cases, OrganisationService organisation,
      DecisionDocuments documents, IssuedDocuments issued) {
    this.decisions = decisions;
    this.cases = cases;
    this.organisation = organisation;
    this.documents = documents;
    this.issued = issued;
  }

  /** The decision's file: the signed one kept when it was issued. */
  public byte[] decisionPdf(String decisionNumber, Integer year) {
    Decision d = decision(decisionNumber, year);
    return issued.find(IssuedDocument.Kind.DECISION, d.getDecisionYear(), d.getDecisionNumber())
        .map(IssuedDocument::getContent)
        .orElseGet(() -> documents.decisionPdf(d));
  }

  public byte[] certificatePdf(CommendationCase c) {
    if (c.getStatus() != CaseStatus.AWARDED || c.getDecisionNumber() == null) {
      throw Refusal.conflict("caseNumber", "Hồ sơ " + c.getCaseNumber() + " chưa có quyết định khen thưởng.");
    }
    return documents.certificatePdf(c, decision(c.getDecisionNumber(), c.getDecisionDate().getYear()));
  }

  /**
   * One row per recipient of every decision dated in the year, in the register's order, with the bonus granted; and
   * a second sheet, the payout list: per unit, who gets how much under which decision, with the unit's total.
   */
  public byte[] decisionsWorkbook(int year) {
    List<Decision> ofYear = decisions.ofYear(year).stream()
        .sorted(java.util.Comparator.comparing(Decision::getDecisionDate)
            .thenComparing(d -> d.getSequenceInYear() == null ? Long.MAX_VALUE : d.getSequenceInYear())
            .thenComparing(Decision::getDecisionNumber))
        .toList();
    Map<String, String> units = organisation.unitNames();
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle money = wb.createCellStyle();
      money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
      CellStyle date = dateStyle(wb);
      Sheet sheet = wb.createSheet("Quyết định " + year);
      String[] head = {"Số quyết định", "Ngày quyết định", "Hình thức khen thưởng", "Số hồ sơ", "Đối tượng",
          "Chức vụ", "Đơn vị", "Năm thi đua", "Hệ số", "Mức lương cơ sở", "Tiền thưởng (đồng)"};
      header(sheet, head, bold);
      List<Payout> payouts = new java.util.ArrayList<>();
      int r = 1;
      for (Decision d : ofYear) {
        for (CommendationCase c : recipients(d)) {
          Row row = sheet.createRow(r++);
          row.createCell(0).setCellValue(d.getDecisionNumber());
          row.createCell(1).setCellValue(d.getDecisionDate());
          row.getCell(1).setCellStyle(date);
          row.createCell(2).setCellValue(d.getAwardType().label());
          row.createCell(3).setCellValue(c.getCaseNumber());
          row.createCell(4).setCellValue(c.getNomineeName());
          row.createCell(5).setCellValue(c.getNomineePosition() == null ? "" : c.getNomineePosition());
          row.createCell(6).setCellValue(units.getOrDefault(c.getUnitCode(), ""));
          row.createCell(7).setCellValue(c.getEmulationYear());
          Long amount = d.bonusOf(c.getNomineeKind());
          if (amount != null) {
            row.createCell(8).setCellValue(d.coefficientOf(c.getNomineeKind()).doubleValue());
            row.createCell(9).setCellValue(d.getBaseSalary());
            row.getCell(9).setCellStyle(money);
            row.createCell(10).setCellValue(amount);
            row.getCell(10).setCellStyle(money);
            payouts.add(new Payout(units.getOrDefault(c.getUnitCode(), ""), c.getNomineeName(), d, amount));
          }
        }
      }
      for (int i = 0; i < head.length; i++) {
        sheet.setColumnWidth(i, i == 4 || i == 6 || i == 2 ? 40 * 256 : 18 * 256);
      }
      sheet.createFreezePane(0, 1);
      payoutSheet(wb, year, payouts, bold, money);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Payout(String unit, String nominee, Decision decision, long amount) {
  }

  /** "Danh sách chi tiền thưởng": grouped by unit (the unit pays its people out), with totals. */
  private static void payoutSheet(XSSFWorkbook wb, int year, List<Payout> payouts, CellStyle bold, CellStyle money) {
    Sheet sheet = wb.createSheet("Chi tiền thưởng " + year);
    CellStyle date = dateStyle(wb);
    String[] head = {"STT", "Đơn vị nhận kinh phí", "Tập thể, cá nhân", "Hình thức khen thưởng", "Số quyết định",
        "Ngày quyết định", "Số tiền (đồng)"};
    header(sheet, head, bold);
    int r = 1;
    int no = 1;
    long grand = 0;
    Map<String, List<Payout>> byUnit = new java.util.TreeMap<>(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi")));
    for (Payout p : payouts) {
      byUnit.computeIfAbsent(p.unit(), k -> new java.util.ArrayList<>()).add(p);
    }
    for (Map.Entry<String, List<Payout>> unit : byUnit.entrySet()) {
      long total = 0;
      for (Payout p : unit.getValue()) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(no++);
        row.createCell(1).setCellValue(unit.getKey());
        row.createCell(2).setCellValue(p.nominee());
        row.createCell(3).setCellValue(p.decision().getAwardType().label());
        row.createCell(4).setCellValue(p.decision().getDecisionNumber());
        row.createCell(5).setCellValue(p.decision().getDecisionDate());
        row.getCell(5).setCellStyle(date);
        row.createCell(6).setCellValue(p.amount());
        row.getCell(6).setCellStyle(money);
        total += p.amount();
      }
      Row sum = sheet.createRow(r++);
      sum.createCell(1).setCellValue("Cộng " + unit.getKey());
      sum.getCell(1).setCellStyle(bold);
      sum.createCell(6).setCellValue(total);
      sum.getCell(6).setCellStyle(money);
      grand += total;
    }
    Row all = sheet.createRow(r);
    all.createCell(1).setCellValue("Tổng cộng");
    all.getCell(1).setCellStyle(bold);
    all.createCell(6).setCellValue(grand);
    all.getCell(6).setCellStyle(money);
    for (int i = 0; i < head.length; i++) {
      sheet.setColumnWidth(i, i == 1 || i == 2 || i == 3 ? 40 * 256 : 16 * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  private static void header(Sheet sheet, String[] head, CellStyle bold) {
    Row h = sheet.createRow(0);
    for (int i = 0; i < head.length; i++) {
      h.createCell(i).setCellValue(head[i]);
      h.getCell(i).setCellStyle(bold);
    }
  }

  /** A decision's recipients: the cases carrying its number and date (numbers repeat from one year to the next). */
  private List<CommendationCase> recipients(Decision d) {
    return cases.decidedBy(d.getDecisionNumber()).stream()
        .filter(c -> d.getDecisionDate().equals(c.getDecisionDate())).toList();
  }

  private Decision decision(String number, Integer year) {
    return decisions.find(number, year)
        .orElseThrow(() -> Refusal.notFound("Không tìm thấy quyết định số " + number + "."));
  }

  /** Dates are dates in the sheet (sorted and filtered as dates), shown day/month/year as Vietnamese write them. */
  private static CellStyle dateStyle(XSSFWorkbook wb) {
    CellStyle date = wb.createCellStyle();
    date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
    return date;
  }
}
