package vn.tdkt.commendation.registry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import vn.tdkt.commendation.casefile.NomineeKind;

/**
 * Reading the cells of the year's spreadsheets (the registry's, the registrations'): text, dates as cells or
 * as dd/mm/yyyy, years, kinds, units by name, titles by name; each wrong value adds a Vietnamese sentence to
 * the row's problems.
 */
public final class SheetCells {

  // strict: 31/02 is refused, not read as 28/02
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu")
      .withResolverStyle(java.time.format.ResolverStyle.STRICT);

  private SheetCells() {
  }

  public interface RowReader {
    void read(Row row, int number);
  }

  /** Reads each non-blank row after the header; more than {@code max} rows is one error. */
  public static void rows(Sheet sheet, int max, RowReader reader, List<RegistryWorkbook.RowError> errors) {
    int count = 0;
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null || blank(row)) {
        continue;
      }
      if (++count > max) {
        errors.add(new RegistryWorkbook.RowError(sheet.getSheetName(), r + 1, "Quá " + max + " dòng: hãy chia thành nhiều tệp."));
        return;
      }
      reader.read(row, r + 1);
    }
  }

  public static void report(List<RegistryWorkbook.RowError> errors, String sheet, int row, List<String> problems) {
    if (!problems.isEmpty()) {
      errors.add(new RegistryWorkbook.RowError(sheet, row, String.join(" ", problems)));
    }
  }

  static boolean blank(Row row) {
    for (Cell c : row) {
      if (c.getCellType() != CellType.BLANK && !FORMAT.formatCellValue(c).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static final DataFormatter FORMAT = new DataFormatter();

  public static String text(Row row, int col) {
    Cell c = row.getCell(col);
    if (c == null) {
      return null;
    }
    String t = FORMAT.formatCellValue(c).strip();
    return t.isEmpty() ? null : t;
  }

  public static NomineeKind kind(String t, List<String> p) {
    if (t == null) {
      return null;
    }
    if (Names.key(t).equals(Names.key(RegistryWorkbook.INDIVIDUAL))) {
      return NomineeKind.INDIVIDUAL;
    }
    if (Names.key(t).equals(Names.key(RegistryWorkbook.COLLECTIVE))) {
      return NomineeKind.COLLECTIVE;
    }
    p.add("\"" + t + "\" không phải Cá nhân hay Tập thể.");
    return null;
  }

  public static String unit(String t, Map<String, String> units, List<String> p) {
    if (t == null) {
      p.add("Thiếu đơn vị.");
      return null;
    }
    String code = units.get(Names.key(t));
    if (code == null) {
      p.add("Đơn vị \"" + t + "\" không có trong danh sách đơn vị của tỉnh.");
    }
    return code;
  }

  public static Title title(String t, List<String> p) {
    if (t == null) {
      return null;
    }
    Title title = Title.parse(t).orElse(null);
    if (title == null) {
      p.add("Danh hiệu, hình thức \"" + t + "\" không có trong danh mục.");
    }
    return title;
  }

  public static int year(Cell c, List<String> p) {
    if (c == null) {
      p.add("Thiếu năm.");
      return 0;
    }
    String t = FORMAT.formatCellValue(c).strip();
    if (!t.matches("\\d{4}")) {
      p.add("Năm \"" + t + "\" phải là 4 chữ số.");
      return 0;
    }
    return Integer.parseInt(t);
  }

  public static LocalDate date(Cell c, String label, List<String> p) {
    if (c == null || c.getCellType() == CellType.BLANK) {
      return null;
    }
    if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
      return c.getLocalDateTimeCellValue().toLocalDate();
    }
    String t = FORMAT.formatCellValue(c).strip();
    if (t.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(t, DMY);
    } catch (DateTimeParseException e) {
      p.add("Giá trị " + label + " \"" + t + "\" phải có dạng dd/mm/yyyy.");
      return null;
    }
  }
}
