package vn.tdkt.commendation.registration;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.problem.Refusal;
import vn.tdkt.commendation.registry.Names;
import vn.tdkt.commendation.registry.RegistryWorkbook;
import vn.tdkt.commendation.registry.SheetCells;
import vn.tdkt.commendation.registry.Title;

/**
 * A registration as a spreadsheet (Apache POI): the template with drop-down lists for the kind and the title,
 * and the reading of a filled one, every wrong row listed so that nothing changes until the file is right.
 */
final class RegistrationWorkbook {

  static final String SHEET = "Đăng ký";
  static final String LISTS = "Danh mục";
  static final List<String> HEADERS = List.of("Cá nhân / Tập thể", "Họ và tên / Tên tập thể", "Ngày sinh (dd/mm/yyyy)",
      "Chức vụ", "Danh hiệu, hình thức đăng ký");

  record Parsed(List<RegistrationService.LineInput> lines, List<RegistryWorkbook.RowError> errors) {
  }

  private RegistrationWorkbook() {
  }

  static List<Title> registrable() {
    return Arrays.stream(Title.values()).filter(t -> t.level() != Title.Level.RATING).toList();
  }

  static byte[] template() {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet(SHEET);
      Row header = sheet.createRow(0);
      var bold = wb.createCellStyle();
      var font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      for (int i = 0; i < HEADERS.size(); i++) {
        Cell c = header.createCell(i);
        c.setCellValue(HEADERS.get(i));
        c.setCellStyle(bold);
        sheet.setColumnWidth(i, 26 * 256);
      }
      sheet.createFreezePane(0, 1);
      Sheet lists = wb.createSheet(LISTS);
      List<String> titles = registrable().stream().map(Title::label).toList();
      for (int i = 0; i < Math.max(2, titles.size()); i++) {
        Row row = lists.createRow(i);
        if (i < 2) {
          row.createCell(0).setCellValue(i == 0 ? RegistryWorkbook.INDIVIDUAL : RegistryWorkbook.COLLECTIVE);
        }
        if (i < titles.size()) {
          row.createCell(1).setCellValue(titles.get(i));
        }
      }
      wb.setSheetHidden(wb.getSheetIndex(lists), true);
      DataValidationHelper helper = sheet.getDataValidationHelper();
      sheet.addValidationData(helper.createValidation(helper.createFormulaListConstraint("'" + LISTS + "'!$A$1:$A$2"),
          new CellRangeAddressList(1, RegistrationService.MAX_LINES, 0, 0)));
      sheet.addValidationData(helper.createValidation(
          helper.createFormulaListConstraint("'" + LISTS + "'!$B$1:$B$" + titles.size()),
          new CellRangeAddressList(1, RegistrationService.MAX_LINES, 4, 4)));
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a filled template; {@code check} gives each row's problems beyond its cells. */
  static Parsed parse(byte[] content, int max, Function<RegistrationService.LineInput, List<String>> check) {
    Workbook opened;
    try {
      opened = WorkbookFactory.create(new ByteArrayInputStream(content));
    } catch (IOException | RuntimeException e) {
      throw Refusal.invalid("file", "Không đọc được tệp: cần bảng tính Excel (.xlsx) theo mẫu đăng ký thi đua.");
    }
    List<RegistrationService.LineInput> lines = new ArrayList<>();
    List<RegistryWorkbook.RowError> errors = new ArrayList<>();
    try (Workbook wb = opened) {
      Sheet sheet = wb.getSheet(SHEET);
      if (sheet == null) {
        throw Refusal.invalid("file", "Bảng tính không có trang \"" + SHEET + "\": hãy dùng mẫu tải từ trang Đăng ký thi đua.");
      }
      Set<String> seen = new HashSet<>();
      SheetCells.rows(sheet, max, (row, n) -> {
        List<String> p = new ArrayList<>();
        NomineeKind kind = SheetCells.kind(SheetCells.text(row, 0), p);
        LocalDate born = SheetCells.date(row.getCell(2), "ngày sinh", p);
        Title title = SheetCells.title(SheetCells.text(row, 4), p);
        RegistrationService.LineInput in = new RegistrationService.LineInput(kind, SheetCells.text(row, 1), born,
            SheetCells.text(row, 3), title);
        if (p.isEmpty()) {
          p.addAll(check.apply(in));
        }
        if (p.isEmpty() && !seen.add(kind + "|" + Names.key(in.name()) + "|" + born + "|" + title)) {
          p.add("Trùng với một dòng phía trên.");
        }
        SheetCells.report(errors, SHEET, n, p);
        lines.add(in);
      }, errors);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (lines.isEmpty() && errors.isEmpty()) {
      throw Refusal.invalid("file", "Bảng tính không có dòng nào để đăng ký.");
    }
    return new Parsed(lines, errors);
  }
}
