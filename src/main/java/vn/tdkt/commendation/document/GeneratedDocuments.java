package vn.tdkt.commendation.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import vn.tdkt.commendation.casefile.CaseService;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.CommendationCase;
import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.council.Decision;
import vn.tdkt.commendation.council.Decisions;
import vn.tdkt.commendation.organisation.OrganisationService;
import vn.tdkt.commendation.problem.Refusal;

/**
 * The documents the system writes: the Chairman's decision with its recipients and a certificate of merit
 * per recipient (PDF, openhtmltopdf), and a year's decisions as an Excel workbook (Apache POI).
 * The PDF font is Liberation Sans as shipped inside PDFBox (SIL Open Font License): it has every Vietnamese
 * letter, and coming from a Maven artifact it is there on every machine without a system font.
 */
@Service
@Transactional(readOnly = true)
public class GeneratedDocuments {

  static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final String FONT = "Liberation Sans";

  private final Decisions decisions;
  private final CaseService cases;
  private final OrganisationService organisation;

  GeneratedDocuments(Decisions decisions, CaseService cases, OrganisationService organisation) {
    this.decisions = decisions;
    this.cases = cases;
    this.organisation = organisation;
  }

  public byte[] decisionPdf(String decisionNumber) {
    Decision d = decision(decisionNumber);
    List<CommendationCase> recipients = cases.decidedBy(decisionNumber);
    Map<String, String> units = organisation.unitNames();
    StringBuilder rows = new StringBuilder();
    int i = 1;
    for (CommendationCase c : recipients) {
      rows.append("<tr><td class='n'>").append(i++).append("</td><td>").append(esc(c.getNomineeName()))
          .append("</td><td>").append(esc(c.getNomineePosition() == null ? "" : c.getNomineePosition()))
          .append("</td><td>").append(esc(units.getOrDefault(c.getUnitCode(), c.getUnitCode())))
          .append("</td></tr>");
    }
    String province = esc(organisation.provinceName());
    String award = esc(d.getAwardType().label());
    String body = """
        <table class='head'><tr>
          <td><b>ỦY BAN NHÂN DÂN<br/>TỈNH %1$s</b><br/>Số: %2$s</td>
          <td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập – Tự do – Hạnh phúc</b><br/><i>%1$s, %3$s</i></td>
        </tr></table>
        <h1>QUYẾT ĐỊNH</h1>
        <p class='c'><b>Về việc tặng %4$s</b></p>
        <p class='c'><b>CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH %1$s</b></p>
        <p>Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;</p>
        <p>Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành
        một số điều của Luật Thi đua, khen thưởng;</p>
        <p>Theo đề nghị của Hội đồng Thi đua – Khen thưởng tỉnh.</p>
        <h2>QUYẾT ĐỊNH:</h2>
        <p><b>Điều 1.</b> Tặng %4$s cho %5$d tập thể, cá nhân có tên sau:</p>
        <table class='list'><tr><th>STT</th><th>Họ và tên / Tập thể</th><th>Chức vụ</th><th>Đơn vị</th></tr>%6$s</table>
        <p><b>Điều 2.</b> Quyết định có hiệu lực kể từ ngày ký.</p>
        <p><b>Điều 3.</b> Chánh Văn phòng UBND tỉnh, Trưởng Ban Thi đua – Khen thưởng tỉnh, thủ trưởng các đơn vị
        có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.</p>
        <p class='sign'><b>CHỦ TỊCH</b><br/><br/><br/>(đã ký: %7$s)</p>
        """.formatted(province, esc(d.getDecisionNumber()), longDate(d.getDecisionDate()), award, recipients.size(),
        rows, esc(d.getSignedBy()));
    return pdf("Quyết định " + d.getDecisionNumber(), body);
  }

  public byte[] certificatePdf(CommendationCase c) {
    if (c.getStatus() != CaseStatus.AWARDED || c.getDecisionNumber() == null) {
      throw Refusal.conflict("caseNumber", "Hồ sơ " + c.getCaseNumber() + " chưa có quyết định khen thưởng.");
    }
    String unit = organisation.unitName(c.getUnitCode());
    String nominee = c.getNomineeKind() == NomineeKind.INDIVIDUAL
        ? esc(c.getNomineeName()) + (c.getNomineePosition() == null ? "" : "<br/>" + esc(c.getNomineePosition()))
        : esc(c.getNomineeName());
    String body = """
        <div class='cert'>
        <p class='c'><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập – Tự do – Hạnh phúc</b></p>
        <p class='c'>CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH %1$s</p>
        <h1>%2$s</h1>
        <p class='c'>Tặng</p>
        <p class='c big'><b>%3$s</b></p>
        <p class='c'>%4$s</p>
        <p class='c'>Đã có thành tích xuất sắc trong phong trào thi đua năm %5$d</p>
        <p class='c'><i>%6$s, %7$s</i><br/>Quyết định số %8$s</p>
        <p class='c'>Số hồ sơ: %9$s</p>
        </div>
        """.formatted(esc(organisation.provinceName()), esc(c.getAwardType().label().toUpperCase(java.util.Locale.forLanguageTag("vi"))),
        nominee, esc(unit), c.getEmulationYear(), esc(organisation.provinceName()), longDate(c.getDecisionDate()),
        esc(c.getDecisionNumber()), esc(c.getCaseNumber()));
    return pdf(c.getAwardType().label() + " – " + c.getNomineeName(), body);
  }

  /** One row per recipient of every decision dated in the year, in decision order. */
  public byte[] decisionsWorkbook(int year) {
    List<Decision> ofYear = decisions.newestFirst().stream()
        .filter(d -> d.getDecisionDate().getYear() == year)
        .sorted(java.util.Comparator.comparing(Decision::getDecisionDate)
            .thenComparing(d -> d.getSequenceInYear() == null ? Long.MAX_VALUE : d.getSequenceInYear())
            .thenComparing(Decision::getDecisionNumber))
        .toList();
    Map<String, String> units = organisation.unitNames();
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Quyết định " + year);
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      String[] head = {"Số quyết định", "Ngày quyết định", "Hình thức khen thưởng", "Số hồ sơ", "Đối tượng",
          "Chức vụ", "Đơn vị", "Năm thi đua"};
      Row h = sheet.createRow(0);
      for (int i = 0; i < head.length; i++) {
        h.createCell(i).setCellValue(head[i]);
        h.getCell(i).setCellStyle(bold);
      }
      int r = 1;
      for (Decision d : ofYear) {
        for (CommendationCase c : cases.decidedBy(d.getDecisionNumber())) {
          Row row = sheet.createRow(r++);
          row.createCell(0).setCellValue(d.getDecisionNumber());
          row.createCell(1).setCellValue(vn(d.getDecisionDate()));
          row.createCell(2).setCellValue(d.getAwardType().label());
          row.createCell(3).setCellValue(c.getCaseNumber());
          row.createCell(4).setCellValue(c.getNomineeName());
          row.createCell(5).setCellValue(c.getNomineePosition() == null ? "" : c.getNomineePosition());
          row.createCell(6).setCellValue(units.getOrDefault(c.getUnitCode(), c.getUnitCode()));
          row.createCell(7).setCellValue(c.getEmulationYear());
        }
      }
      for (int i = 0; i < head.length; i++) {
        sheet.setColumnWidth(i, i == 4 || i == 6 || i == 2 ? 40 * 256 : 18 * 256);
      }
      sheet.createFreezePane(0, 1);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Decision decision(String number) {
    return decisions.find(number)
        .orElseThrow(() -> Refusal.notFound("Không tìm thấy quyết định số " + number + "."));
  }

  private static byte[] pdf(String title, String body) {
    String html = """
        <!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"/><title>%s</title><style>
        @page { size: A4; margin: 2cm 2cm 2cm 3cm; }
        body { font-family: '%s'; font-size: 13pt; line-height: 1.4; }
        h1 { text-align: center; font-size: 16pt; margin: 0.8em 0 0.2em; }
        h2 { text-align: center; font-size: 13pt; }
        .c { text-align: center; } .big { font-size: 18pt; }
        table.head { width: 100%%; } table.head td { text-align: center; vertical-align: top; width: 50%%; font-size: 12pt; }
        table.list { width: 100%%; border-collapse: collapse; font-size: 12pt; }
        table.list th, table.list td { border: 1px solid #000; padding: 3px 5px; }
        td.n { text-align: center; } .sign { margin-left: 55%%; text-align: center; }
        .cert { border: 6px double #b3121f; padding: 1.5cm 1cm; margin-top: 1cm; }
        .cert h1 { color: #b3121f; font-size: 22pt; }
        </style></head><body>%s</body></html>
        """.formatted(esc(title), FONT, body);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(GeneratedDocuments::font, FONT);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream font() {
    InputStream in = GeneratedDocuments.class.getResourceAsStream(FONT_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("PDF font missing from the classpath: " + FONT_RESOURCE);
    }
    return in;
  }

  private static String esc(String s) {
    return HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8");
  }

  private static String longDate(LocalDate d) {
    return d == null ? "" : "ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue() + " năm " + d.getYear();
  }

  private static String vn(LocalDate d) {
    return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }
}
