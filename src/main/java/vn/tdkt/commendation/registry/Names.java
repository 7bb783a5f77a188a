package vn.tdkt.commendation.registry;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared: Unicode NFC, spaces collapsed, lower case (Vietnamese), as the case record does. */
public final class Names {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private Names() {
  }

  public static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(VI);
  }

  /** The name as entered, NFC and single spaces. */
  public static String clean(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
  }
}
