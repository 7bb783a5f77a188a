package vn.tdkt.commendation.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.tdkt.commendation.casefile.NomineeKind;
import vn.tdkt.commendation.engine.Inputs;

/**
 * The checks of one record, the same for the page's form and a spreadsheet row: each problem is a sentence
 * in Vietnamese (a spreadsheet row lists them all).
 */
final class RegistryRows {

  static final int NAME_MAX = 200;
  static final int TEXT_MAX = 200;
  static final int INITIATIVE_MAX = 500;
  static final LocalDate BORN_AFTER = LocalDate.of(1900, 1, 1);

  private RegistryRows() {
  }

  static List<String> checkEntry(AwardRegistry.EntryInput in, RegistryWriter writer, int thisYear) {
    List<String> p = new ArrayList<>();
    person(p, in.name(), in.kind(), in.dateOfBirth(), in.unitCode(), in.position(), writer);
    if (in.title() == null) {
      p.add("Chưa chọn danh hiệu, hình thức khen thưởng.");
    } else {
      if (in.kind() != null && !in.title().fits(in.kind())) {
        p.add(in.title().label() + " không áp dụng cho " + (in.kind() == NomineeKind.INDIVIDUAL ? "cá nhân." : "tập thể."));
      }
      if (!writer.writes(in.title())) {
        p.add(in.title().label() + " do cấp tỉnh hoặc Trung ương quyết định: chỉ Ban Thi đua – Khen thưởng nhập vào sổ.");
      }
      if (in.title().level() != Title.Level.RATING) {
        if (in.decisionNumber() == null || in.decisionNumber().isBlank()) {
          p.add("Thiếu số quyết định.");
        }
        if (in.decisionDate() == null) {
          p.add("Thiếu ngày quyết định.");
        }
      }
    }
    if (in.year() < Inputs.FIRST_YEAR || in.year() > thisYear) {
      p.add("Năm phải từ " + Inputs.FIRST_YEAR + " đến " + thisYear + ".");
    }
    if (in.decisionNumber() != null && in.decisionNumber().strip().length() > 50) {
      p.add("Số quyết định dài quá 50 ký tự.");
    }
    if (in.decisionDate() != null && (in.decisionDate().getYear() < in.year()
        || in.decisionDate().isAfter(LocalDate.of(thisYear, 12, 31)))) {
      p.add("Ngày quyết định phải trong hoặc sau năm " + in.year() + " và không sau năm nay.");
    }
    if (in.decidedBy() != null && in.decidedBy().strip().length() > TEXT_MAX) {
      p.add("Cấp quyết định dài quá " + TEXT_MAX + " ký tự.");
    }
    return p;
  }

  static List<String> checkInitiative(AwardRegistry.InitiativeInput in, RegistryWriter writer, int thisYear) {
    List<String> p = new ArrayList<>();
    person(p, in.name(), NomineeKind.INDIVIDUAL, in.dateOfBirth(), in.unitCode(), in.position(), writer);
    if (in.title() == null || in.title().isBlank()) {
      p.add("Thiếu tên sáng kiến.");
    } else if (in.title().strip().length() > INITIATIVE_MAX) {
      p.add("Tên sáng kiến dài quá " + INITIATIVE_MAX + " ký tự.");
    }
    if (in.level() == null) {
      p.add("Chưa chọn cấp công nhận sáng kiến (Cơ sở, Tỉnh, Toàn quốc).");
    }
    if (in.year() < Inputs.FIRST_YEAR || in.year() > thisYear) {
      p.add("Năm công nhận phải từ " + Inputs.FIRST_YEAR + " đến " + thisYear + ".");
    }
    if (in.documentNumber() != null && in.documentNumber().strip().length() > 100) {
      p.add("Số văn bản công nhận dài quá 100 ký tự.");
    }
    return p;
  }

  private static void person(List<String> p, String name, NomineeKind kind, LocalDate born, String unitCode,
      String position, RegistryWriter writer) {
    if (name == null || name.isBlank()) {
      p.add("Thiếu họ tên (tên tập thể).");
    } else if (name.strip().length() > NAME_MAX) {
      p.add("Họ tên dài quá " + NAME_MAX + " ký tự.");
    }
    if (kind == null) {
      p.add("Chưa chọn cá nhân hay tập thể.");
    }
    if (kind == NomineeKind.INDIVIDUAL && born == null) {
      p.add("Thiếu ngày sinh (để phân biệt người trùng tên).");
    }
    if (born != null && (born.isBefore(BORN_AFTER) || born.isAfter(LocalDate.now()))) {
      p.add("Ngày sinh không hợp lệ.");
    }
    if (kind == NomineeKind.COLLECTIVE && born != null) {
      p.add("Tập thể không có ngày sinh.");
    }
    if (unitCode == null) {
      p.add("Đơn vị không có trong danh sách.");
    } else if (!writer.writes(unitCode)) {
      p.add("Bạn không được nhập sổ cho đơn vị này.");
    }
    if (position != null && position.strip().length() > TEXT_MAX) {
      p.add("Chức vụ dài quá " + TEXT_MAX + " ký tự.");
    }
  }
}
