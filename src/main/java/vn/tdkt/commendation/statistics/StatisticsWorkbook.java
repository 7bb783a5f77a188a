package vn.tdkt.commendation.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report forms as an Excel workbook (Apache POI), one sheet per form, laid out as the circular prints them: the
 * form's code, its basis and due date on the left, the reporting and receiving units on the right, the title and the
 * period, the table with its lettered and numbered columns (A, B, C, 1, 2 …), the notes, and the signatures.
 */
final class StatisticsWorkbook {

  /** Where a form's table starts: the first data row (after the header rows) on every sheet. */
  static final int FIRST_DATA_ROW = 9;
  /** The first numeric column (column 1 of the form): A label, B code, C unit. */
  static final int FIRST_VALUE_COLUMN = 3;

  record Header(String basis, String due, String reportingUnit, String receivingUnit, String period, String placeDate) {
  }

  private StatisticsWorkbook() {
  }

  static byte[] write(Header header, List<StatisticsForms.Form> forms) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(wb);
      for (StatisticsForms.Form form : forms) {
        sheet(wb.createSheet(form.code().substring(0, form.code().indexOf('/'))), form, header, styles);
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sheet(Sheet sheet, StatisticsForms.Form form, Header h, Styles s) {
    int width = FIRST_VALUE_COLUMN + form.columns().size();
    text(sheet, 0, 0, "Biểu số: " + form.code(), s.bold);
    text(sheet, 1, 0, "Ban hành theo " + h.basis(), s.plain);
    text(sheet, 2, 0, "Ngày nhận báo cáo: " + h.due(), s.plain);
    text(sheet, 0, width - 2, "Đơn vị báo cáo: " + h.reportingUnit(), s.plain);
    text(sheet, 1, width - 2, "Đơn vị nhận báo cáo: " + h.receivingUnit(), s.plain);
    text(sheet, 4, 0, form.title(), s.title);
    sheet.addMergedRegion(new CellRangeAddress(4, 4, 0, width - 1));
    text(sheet, 5, 0, h.period(), s.italicCentre);
    sheet.addMergedRegion(new CellRangeAddress(5, 5, 0, width - 1));
    if (form.unit() != null) {
      text(sheet, 6, width - 1, "Đơn vị tính: " + form.unit(), s.italic);
    }
    // column headers, then their letters and numbers
    Row head = sheet.createRow(7);
    head.setHeightInPoints(60);
    cell(head, 0, "", s.header);
    cell(head, 1, "Mã số", s.header);
    cell(head, 2, "Đơn vị tính", s.header);
    for (int c = 0; c < form.columns().size(); c++) {
      cell(head, FIRST_VALUE_COLUMN + c, form.columns().get(c), s.header);
    }
    Row letters = sheet.createRow(8);
    cell(letters, 0, "A", s.header);
    cell(letters, 1, "B", s.header);
    cell(letters, 2, "C", s.header);
    for (int c = 0; c < form.columns().size(); c++) {
      cell(letters, FIRST_VALUE_COLUMN + c, String.valueOf(c + 1), s.header);
    }
    int r = FIRST_DATA_ROW;
    for (StatisticsForms.Row row : form.rows()) {
      Row x = sheet.createRow(r++);
      cell(x, 0, row.label(), row.heading() || "01".equals(row.code()) ? s.boldCell : s.cell);
      cell(x, 1, row.code() == null ? "" : row.code(), s.centre);
      cell(x, 2, row.unit() == null ? "" : row.unit(), s.centre);
      for (int c = 0; c < form.columns().size(); c++) {
        Cell cell = x.createCell(FIRST_VALUE_COLUMN + c);
        cell.setCellStyle(s.number);
        if (!row.heading() && row.cells()[c] != null) {
          cell.setCellValue(row.cells()[c]);
        }
      }
    }
    r++;
    for (String note : form.notes()) {
      text(sheet, r++, 0, "Ghi chú: " + note, s.italic);
    }
    r++;
    text(sheet, r++, width - 2, h.placeDate(), s.italic);
    text(sheet, r, 0, "Người lập biểu", s.bold);
    text(sheet, r++, width - 2, "Thủ trưởng đơn vị", s.bold);
    text(sheet, r, 0, "(Ký, họ tên)", s.italic);
    text(sheet, r, width - 2, "(Ký, họ tên, đóng dấu)", s.italic);
    sheet.setColumnWidth(0, 60 * 256);
    sheet.setColumnWidth(1, 8 * 256);
    sheet.setColumnWidth(2, 12 * 256);
    for (int c = 0; c < form.columns().size(); c++) {
      sheet.setColumnWidth(FIRST_VALUE_COLUMN + c, 18 * 256);
    }
  }

  private static void text(Sheet sheet, int row, int col, String value, CellStyle style) {
    Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    cell(r, col, value, style);
  }

  private static void cell(Row row, int col, String value, CellStyle style) {
    Cell c = row.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(style);
  }

  /** The workbook's few styles (Times New Roman, as the state's documents). */
  private static final class Styles {
    final CellStyle plain;
    final CellStyle bold;
    final CellStyle italic;
    final CellStyle italicCentre;
    final CellStyle title;
    final CellStyle header;
    final CellStyle cell;
    final CellStyle boldCell;
    final CellStyle centre;
    final CellStyle number;

    Styles(XSSFWorkbook wb) {
      plain = style(wb, false, false, 12, false);
      bold = style(wb, true, false, 12, false);
      italic = style(wb, false, true, 12, false);
      italicCentre = style(wb, false, true, 12, false);
      italicCentre.setAlignment(HorizontalAlignment.CENTER);
      title = style(wb, true, false, 14, false);
      title.setAlignment(HorizontalAlignment.CENTER);
      header = style(wb, true, false, 11, true);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setWrapText(true);
      cell = style(wb, false, false, 12, true);
      cell.setWrapText(true);
      boldCell = style(wb, true, false, 12, true);
      boldCell.setWrapText(true);
      centre = style(wb, false, false, 12, true);
      centre.setAlignment(HorizontalAlignment.CENTER);
      number = style(wb, false, false, 12, true);
      number.setAlignment(HorizontalAlignment.RIGHT);
    }

    private static CellStyle style(XSSFWorkbook wb, boolean bold, boolean italic, int size, boolean border) {
      CellStyle s = wb.createCellStyle();
      Font f = wb.createFont();
      f.setFontName("Times New Roman");
      f.setBold(bold);
      f.setItalic(italic);
      f.setFontHeightInPoints((short) size);
      s.setFont(f);
      if (border) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
      }
      return s;
    }
  }
}
