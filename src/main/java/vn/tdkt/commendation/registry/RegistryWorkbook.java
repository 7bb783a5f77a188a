package vn.tdkt.commendation.registry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

/**
 * The registry's spreadsheet (Apache POI): the template to fill in, with drop-down lists for the kind, the
 * unit, the title and the level of recognition; and the reading of a filled one, where every wrong row is
 * listed (sheet, row, what is wrong) so that nothing is stored until the whole file is right.
 */
public final class RegistryWorkbook {

  static final String AWARDS = "Khen thưởng";
  static final String INITIATIVES = "Sáng kiến";
  static final String LISTS = "Danh mục";
  static final int MAX_ROWS = 5000;
  public static final String INDIVIDUAL = "Cá nhân";
  public static final String COLLECTIVE = "Tập thể";
  static final List<String> AWARD_HEADERS = List.of("Cá nhân / Tập thể", "Họ và tên / Tên tập thể",
      "Ngày sinh (dd/mm/yyyy)", "Đơn vị", "Chức vụ", "Danh hiệu, hình thức khen thưởng", "Năm",
      "Số quyết định", "Ngày quyết định (dd/mm/yyyy)", "Cấp quyết định (người ký)");
  static final List<String> INITIATIVE_HEADERS = List.of("Họ và tên", "Ngày sinh (dd/mm/yyyy)", "Đơn vị",
      "Chức vụ", "Tên sáng kiến", "Cấp công nhận", "Năm công nhận", "Số văn bản công nhận");
  static final Map<String, Initiative.Recognition> LEVELS = Map.of("Cơ sở", Initiative.Recognition.GRASSROOTS,
      "Tỉnh", Initiative.Recognition.PROVINCE, "Toàn quốc", Initiative.Recognition.NATIONAL);

  /** One wrong row: where, and everything wrong with it. */
  public record RowError(String sheet, int row, String message) {
  }

  /** What an import stored, or why it stored nothing. */
  public record Result(int awards, int initiatives, List<RowError> errors) {
  }

  record Parsed(List<AwardRegistry.EntryInput> entries, List<AwardRegistry.InitiativeInput> initiatives,
      List<RowError> errors) {
  }

  /** What the registry holds already: a row repeating it is an error. */
  interface Known {
    boolean hasEntry(AwardRegistry.EntryInput in);

    boolean hasInitiative(AwardRegistry.InitiativeInput in);
  }

  private RegistryWorkbook() {
  }

  /** The template: two sheets to fill in, the lists they choose from on a hidden third. */
  public static byte[] template(List<String> unitNames) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet awards = header(wb, AWARDS, AWARD_HEADERS);
      Sheet ideas = header(wb, INITIATIVES, INITIATIVE_HEADERS);
      Sheet lists = wb.createSheet(LISTS);
      List<String> titles = java.util.Arrays.stream(Title.values()).map(Title::label).toList();
      column(lists, 0, List.of(INDIVIDUAL, COLLECTIVE));
      column(lists, 1, unitNames);
      column(lists, 2, titles);
      column(lists, 3, List.of("Cơ sở", "Tỉnh", "Toàn quốc"));
      wb.setSheetHidden(wb.getSheetIndex(lists), true);
      choose(awards, 0, "$A$1:$A$2");
      choose(awards, 3, "$B$1:$B$" + Math.max(1, unitNames.size()));
      choose(awards, 5, "$C$1:$C$" + titles.size());
      choose(ideas, 2, "$B$1:$B$" + Math.max(1, unitNames.size()));
      choose(ideas, 5, "$D$1:$D$3");
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Sheet header(Workbook wb, String name, List<String> headers) {
    Sheet sheet = wb.createSheet(name);
    Row row = sheet.createRow(0);
    var bold = wb.createCellStyle();
    var font = wb.createFont();
    font.setBold(true);
    bold.setFont(font);
    for (int i = 0; i < headers.size(); i++) {
      Cell c = row.createCell(i);
      c.setCellValue(headers.get(i));
      c.setCellStyle(bold);
      sheet.setColumnWidth(i, 22 * 256);
    }
    sheet.createFreezePane(0, 1);
    return sheet;
  }

  private static void column(Sheet sheet, int col, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      Row row = sheet.getRow(i) == null ? sheet.createRow(i) : sheet.getRow(i);
      row.createCell(col).setCellValue(values.get(i));
    }
  }

  private static void choose(Sheet sheet, int col, String range) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    var constraint = helper.createFormulaListConstraint("'" + LISTS + "'!" + range);
    var validation = helper.createValidation(constraint, new CellRangeAddressList(1, MAX_ROWS, col, col));
    validation.setShowErrorBox(true);
    sheet.addValidationData(validation);
  }

  /** Reads a filled template; unit names are matched to their codes by {@code unitCodes} (name → code). */
  static Parsed parse(byte[] content, RegistryWriter writer, int thisYear, Map<String, String> unitCodes, Known known) {
    List<AwardRegistry.EntryInput> entries = new ArrayList<>();
    List<AwardRegistry.InitiativeInput> ideas = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    Map<String, String> units = new java.util.HashMap<>();
    unitCodes.forEach((name, code) -> units.put(Names.key(name), code));
    Workbook opened;
    try {
      opened = WorkbookFactory.create(new ByteArrayInputStream(content));
    } catch (IOException | RuntimeException e) {
      throw Refusal.invalid("file", "Không đọc được tệp: cần bảng tính Excel (.xlsx) theo mẫu của Sổ khen thưởng.");
    }
    try (Workbook wb = opened) {
      Sheet awards = wb.getSheet(AWARDS);
      Sheet initiatives = wb.getSheet(INITIATIVES);
      if (awards == null && initiatives == null) {
        throw Refusal.invalid("file", "Bảng tính không có trang \"" + AWARDS + "\" hay \"" + INITIATIVES
            + "\": hãy dùng mẫu tải từ trang Sổ khen thưởng.");
      }
      Set<String> seen = new HashSet<>();
      if (awards != null) {
        SheetCells.rows(awards, MAX_ROWS, (row, n) -> {
          List<String> p = new ArrayList<>();
          NomineeKind kind = SheetCells.kind(SheetCells.text(row, 0), p);
          LocalDate born = SheetCells.date(row.getCell(2), "ngày sinh", p);
          String unit = SheetCells.unit(SheetCells.text(row, 3), units, p);
          Title title = SheetCells.title(SheetCells.text(row, 5), p);
          int year = SheetCells.year(row.getCell(6), p);
          AwardRegistry.EntryInput in = new AwardRegistry.EntryInput(kind, SheetCells.text(row, 1), born, unit, SheetCells.text(row, 4),
              title, year, SheetCells.text(row, 7), SheetCells.date(row.getCell(8), "ngày quyết định", p), SheetCells.text(row, 9));
          if (p.isEmpty()) {
            p.addAll(RegistryRows.checkEntry(in, writer, thisYear));
          }
          if (p.isEmpty()) {
            String key = "A|" + unit + "|" + kind + "|" + Names.key(in.name()) + "|" + born + "|" + title + "|" + year;
            if (!seen.add(key)) {
              p.add("Trùng với một dòng phía trên.");
            } else if (known.hasEntry(in)) {
              p.add(Names.clean(in.name()) + " đã có " + title.label() + " năm " + year + " trong sổ.");
            }
          }
          SheetCells.report(errors, AWARDS, n, p);
          entries.add(in);
        }, errors);
      }
      if (initiatives != null) {
        SheetCells.rows(initiatives, MAX_ROWS, (row, n) -> {
          List<String> p = new ArrayList<>();
          LocalDate born = SheetCells.date(row.getCell(1), "ngày sinh", p);
          String unit = SheetCells.unit(SheetCells.text(row, 2), units, p);
          Initiative.Recognition level = SheetCells.text(row, 5) == null ? null : LEVELS.entrySet().stream()
              .filter(e -> Names.key(e.getKey()).equals(Names.key(SheetCells.text(row, 5)))).map(Map.Entry::getValue)
              .findFirst().orElse(null);
          if (SheetCells.text(row, 5) != null && level == null) {
            p.add("Cấp công nhận \"" + SheetCells.text(row, 5) + "\" không có trong danh mục (Cơ sở, Tỉnh, Toàn quốc).");
          }
          int year = SheetCells.year(row.getCell(6), p);
          AwardRegistry.InitiativeInput in = new AwardRegistry.InitiativeInput(SheetCells.text(row, 0), born, unit, SheetCells.text(row, 3),
              SheetCells.text(row, 4), level, year, SheetCells.text(row, 7));
          if (p.isEmpty()) {
            p.addAll(RegistryRows.checkInitiative(in, writer, thisYear));
          }
          if (p.isEmpty()) {
            String key = "I|" + unit + "|" + Names.key(in.name()) + "|" + born + "|" + year + "|" + Names.key(in.title());
            if (!seen.add(key)) {
              p.add("Trùng với một dòng phía trên.");
            } else if (known.hasInitiative(in)) {
              p.add("Sáng kiến \"" + Names.clean(in.title()) + "\" đã có trong sổ.");
            }
          }
          SheetCells.report(errors, INITIATIVES, n, p);
          ideas.add(in);
        }, errors);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (entries.isEmpty() && ideas.isEmpty() && errors.isEmpty()) {
      throw Refusal.invalid("file", "Bảng tính không có dòng nào để nhập.");
    }
    return new Parsed(entries, ideas, errors);
  }

}
