package vn.tdkt.commendation.official;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How official documents write things (Decree 30/2020/NĐ-CP, Appendix I): dates with a leading 0 for days below 10
 * and for January and February, numbers below 10 with a leading 0, upper case in Vietnamese, amounts with dots.
 * Templates reach it as {@code vn}. And {@link #clean}: what a person typed, made safe for a PDF.
 */
public final class Vn {

  public static final Locale VI = Locale.forLanguageTag("vi");
  public static final Vn INSTANCE = new Vn();

  private Vn() {
  }

  /** "ngày 05 tháng 01 năm 2026", "ngày 16 tháng 6 năm 2025". */
  public String date(LocalDate d) {
    if (d == null) {
      return "ngày      tháng      năm";
    }
    String day = d.getDayOfMonth() < 10 ? "0" + d.getDayOfMonth() : String.valueOf(d.getDayOfMonth());
    String month = d.getMonthValue() < 3 ? "0" + d.getMonthValue() : String.valueOf(d.getMonthValue());
    return "ngày " + day + " tháng " + month + " năm " + d.getYear();
  }

  /** "Thanh Hóa, ngày 05 tháng 01 năm 2026". */
  public String placeDate(String place, LocalDate d) {
    return place + ", " + date(d);
  }

  /** "05/QĐ-UBND"; a number not yet given: "    /QĐ-UBND". */
  public String number(Long n, String symbol) {
    return (n == null ? "      " : n < 10 ? "0" + n : String.valueOf(n)) + "/" + symbol;
  }

  public String upper(String s) {
    return s == null ? "" : s.toUpperCase(VI);
  }

  /** "3.800.000". */
  public String money(long amount) {
    return String.format(Locale.GERMANY, "%,d", amount);
  }

  /** "1,5". */
  public String decimal(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  /** "2 tập thể và 3 cá nhân", "3 cá nhân". */
  public String counts(long collectives, long individuals) {
    if (collectives > 0 && individuals > 0) {
      return collectives + " tập thể và " + individuals + " cá nhân";
    }
    return collectives > 0 ? collectives + " tập thể" : individuals + " cá nhân";
  }

  /** Replaces {key} placeholders in a configured text. */
  public String fill(String text, String... keyValues) {
    String result = text == null ? "" : text;
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      result = result.replace("{" + keyValues[i] + "}", keyValues[i + 1] == null ? "" : keyValues[i + 1]);
    }
    return result;
  }

  /**
   * A document number as part of a file name: Vietnamese letters without their marks ("1/QĐ-UBND" → "1-QD-UBND",
   * not "1-Q-UBND"), anything else but letters and digits one hyphen.
   */
  public static String fileNamePart(String s) {
    String plain = Normalizer.normalize(s.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "");
    return plain.replaceAll("[^0-9A-Za-z]+", "-");
  }

  /**
   * What a person typed, made safe to print: composed (NFC, so "Nguyễn" typed with combining marks prints with
   * the font's precomposed letters), without control characters or unpaired surrogates (XML 1.0 has no place for
   * them), and with runs of combining marks cut to three.
   */
  public static String clean(String s) {
    if (s == null) {
      return "";
    }
    String composed = Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    int marks = 0;
    for (int i = 0; i < composed.length(); i++) {
      char c = composed.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < composed.length() && Character.isLowSurrogate(composed.charAt(i + 1))) {
        out.append(c).append(composed.charAt(++i));
        marks = 0;
        continue;
      }
      if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\n') || c == '\uFFFE' || c == '\uFFFF') {
        continue;
      }
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
        if (++marks > 3) {
          continue;
        }
      } else {
        marks = 0;
      }
      out.append(c);
    }
    return out.toString().strip();
  }
}
