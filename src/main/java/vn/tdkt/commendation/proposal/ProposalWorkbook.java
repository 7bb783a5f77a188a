package vn.tdkt.commendation.proposal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tdkt.commendation.casefile.AwardType;
import vn.tdkt.commendation.problem.Refusal;

/**
 * The Excel side of a nominee list (Apache POI, already used for the decisions' export): the template with the
 * columns, Vietnamese headers, lists to choose award and nominee kind from, and an example row; and the reading
 * of a filled one into rows of named values, which {@link NomineeRows} then checks like any other list.
 */
final class ProposalWorkbook {

  static final String SHEET = "Danh sách đề nghị";
  static final String NUMBER_HEADER = "STT";
  static final String EXAMPLE = "Ví dụ";
  /** Rows the template's choice lists cover. */
  static final int TEMPLATE_ROWS = 1000;
  static final String YES_NO = "Có,Không";

  private ProposalWorkbook() {
  }

  /** The template: header, example row, choice lists on the kind, award and yes/no columns, a sheet of help. */
  static byte[] template(int year) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet(SHEET);
      CellStyle header = wb.createCellStyle();
      Font bold = wb.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setWrapText(true);
      CellStyle example = wb.createCellStyle();
      Font italic = wb.createFont();
      italic.setItalic(true);
      italic.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
      example.setFont(italic);
      Row top = sheet.createRow(0);
      top.setHeightInPoints(48);
      cell(top, 0, NUMBER_HEADER, header);
      sheet.setColumnWidth(0, 8 * 256);
      for (NomineeField f : NomineeField.values()) {
        cell(top, f.ordinal() + 1, f.header, header);
        sheet.setColumnWidth(f.ordinal() + 1, f.width * 256);
      }
      sheet.createFreezePane(0, 1);
      Map<NomineeField, String> sample = new EnumMap<>(NomineeField.class);
      sample.put(NomineeField.NAME, "Nguyễn Thị Mai");
      sample.put(NomineeField.KIND, "Cá nhân");
      sample.put(NomineeField.POSITION, "Chấp hành viên, Chi cục Thi hành án dân sự");
      sample.put(NomineeField.AWARD, AwardType.BANG_KHEN_CHU_TICH_TINH.label());
      sample.put(NomineeField.SUMMARY, "Hoàn thành xuất sắc nhiệm vụ năm " + year + "; 2 sáng kiến được công nhận.");
      sample.put(NomineeField.GRASSROOTS_YEARS, "0");
      sample.put(NomineeField.EXCELLENT_YEARS, "2");
      sample.put(NomineeField.INITIATIVES, "2");
      sample.put(NomineeField.UNDER_DISCIPLINE, "Không");
      sample.put(NomineeField.ACHIEVEMENT_DATE, "15/12/" + year);
      Row ex = sheet.createRow(1);
      cell(ex, 0, EXAMPLE, example);
      sample.forEach((f, v) -> cell(ex, f.ordinal() + 1, v, example));
      DataValidationHelper dv = sheet.getDataValidationHelper();
      choose(sheet, dv, NomineeField.KIND, "Cá nhân,Tập thể,Hộ gia đình");
      choose(sheet, dv, NomineeField.AWARD, Arrays.stream(AwardType.values()).map(AwardType::label)
          .collect(Collectors.joining(",")));
      for (NomineeField f : List.of(NomineeField.UNDER_DISCIPLINE, NomineeField.ALL_MEMBERS_COMPLETE,
          NomineeField.MEMBER_WARNED)) {
        choose(sheet, dv, f, YES_NO);
      }
      Sheet help = wb.createSheet("Hướng dẫn");
      List<String> lines = List.of(
          "Mỗi dòng của trang \"" + SHEET + "\" là một đối tượng được đề nghị trong tờ trình; dòng \"" + EXAMPLE
              + "\" được bỏ qua khi nhập.",
          "Chọn Loại đối tượng và Hình thức khen thưởng trong danh sách của ô; Có/Không cho các cột Có/Không.",
          "Chức vụ, đơn vị công tác bắt buộc với cá nhân. Ngày ghi theo dạng ngày/tháng/năm (15/03/" + year + ").",
          "Khen thưởng đột xuất: bắt buộc ngày lập thành tích; chỉ xét Bằng khen của Chủ tịch UBND tỉnh.",
          "Tập thể đề nghị Tập thể lao động xuất sắc: điền bốn cột \"Tập thể: …\" (Luật Thi đua, khen thưởng 2022, Điều 27).",
          "Khi nhập, mọi dòng sai được liệt kê cùng cột và lý do; tệp có dòng sai không được lưu.");
      for (int i = 0; i < lines.size(); i++) {
        help.createRow(i).createCell(0).setCellValue(lines.get(i));
      }
      help.setColumnWidth(0, 120 * 256);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void cell(Row row, int column, String value, CellStyle style) {
    Cell c = row.createCell(column);
    c.setCellValue(value);
    c.setCellStyle(style);
  }

  private static void choose(Sheet sheet, DataValidationHelper dv, NomineeField field, String values) {
    DataValidation validation = dv.createValidation(dv.createExplicitListConstraint(values.split(",")),
        new CellRangeAddressList(1, TEMPLATE_ROWS, field.ordinal() + 1, field.ordinal() + 1));
    validation.setShowErrorBox(true);
    validation.setSuppressDropDownArrow(true);
    sheet.addValidationData(validation);
  }

  /**
   * The rows of a filled template, numbered as Excel numbers them, each a map from field key to its text (dates
   * as yyyy-MM-dd); blank rows and the example row are skipped. Anything but an .xlsx workbook with the template's
   * columns is refused.
   */
  static List<NomineeRows.Numbered> read(InputStream in) {
    Workbook wb;
    try {
      wb = new XSSFWorkbook(in);
    } catch (IOException | RuntimeException e) {
      throw Refusal.invalid("file", "Tệp không phải bảng tính Excel (.xlsx) theo mẫu: hãy tải mẫu tại "
          + "/api/proposals/template.xlsx, điền danh sách và gửi lại.");
    }
    try (wb) {
      Sheet sheet = wb.getSheet(SHEET) != null ? wb.getSheet(SHEET) : wb.getSheetAt(0);
      Map<NomineeField, Integer> columns = columns(sheet.getRow(sheet.getFirstRowNum()));
      DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("vi"));
      List<NomineeRows.Numbered> rows = new ArrayList<>();
      for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        String number = text(row.getCell(0), formatter);
        if (number != null && EXAMPLE.equalsIgnoreCase(number)) {
          continue;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        columns.forEach((field, column) -> {
          String v = text(row.getCell(column), formatter);
          if (v != null) {
            values.put(field.key, v);
          }
        });
        if (!values.isEmpty()) {
          rows.add(new NomineeRows.Numbered(r + 1, values));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<NomineeField, Integer> columns(Row header) {
    Map<String, Integer> byText = new LinkedHashMap<>();
    if (header != null) {
      for (Cell c : header) {
        if (c.getCellType() == CellType.STRING) {
          byText.put(normal(c.getStringCellValue()), c.getColumnIndex());
        }
      }
    }
    Map<NomineeField, Integer> columns = new EnumMap<>(NomineeField.class);
    List<String> missing = new ArrayList<>();
    for (NomineeField f : NomineeField.values()) {
      Integer column = byText.get(normal(f.header));
      if (column == null) {
        missing.add(f.header);
      } else {
        columns.put(f, column);
      }
    }
    if (!missing.isEmpty()) {
      throw Refusal.invalid("file", "Tệp không theo mẫu danh sách đề nghị: thiếu cột " + String.join("; ", missing)
          + ". Hãy tải mẫu tại /api/proposals/template.xlsx.");
    }
    return columns;
  }

  private static String normal(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** A cell as text: a date cell as yyyy-MM-dd, a whole number without decimals, a formula by its value. */
  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return null;
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    String value = switch (type) {
      case NUMERIC -> {
        if (DateUtil.isCellDateFormatted(cell)) {
          LocalDate day = cell.getLocalDateTimeCellValue().toLocalDate();
          yield day.toString();
        }
        double d = cell.getNumericCellValue();
        yield d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
      }
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      case STRING -> cell.getStringCellValue();
      default -> formatter.formatCellValue(cell);
    };
    return value == null || value.isBlank() ? null : value.strip();
  }
}
