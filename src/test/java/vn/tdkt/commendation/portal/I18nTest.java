package vn.tdkt.commendation.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import vn.tdkt.commendation.casefile.CaseStage;
import vn.tdkt.commendation.casefile.CaseStatus;
import vn.tdkt.commendation.casefile.NomineeKind;

/**
 * Every visible text of the templates comes from the message bundles, and the bundles agree: a template
 * with a hard-coded text, a key missing from a bundle, or bundles with different keys fail the build.
 * No Spring context: it reads the files.
 */
class I18nTest {

  static final Path TEMPLATES = Path.of("src/main/resources/templates");
  static final Path RESOURCES = Path.of("src/main/resources");
  /** Attributes a reader sees or hears. */
  static final List<String> VISIBLE_ATTRIBUTES = List.of("placeholder", "title", "alt", "aria-label");
  /** Attributes that make Thymeleaf replace or drop an element's content, so its prototype text never shows. */
  static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove",
      "sec:authentication");
  static final Pattern LETTER = Pattern.compile("\\p{L}");
  static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");

  @Test
  void noTemplateHasAHardCodedVisibleText() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path template : templates()) {
      problems.addAll(hardCodedTexts(TEMPLATES.relativize(template).toString(), Files.readString(template)));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theCheckFindsAHardCodedTextAndAHardCodedAttribute() {
    assertEquals(List.of("x.html: text \"Xin chào\"", "x.html: placeholder=\"Nhập tên\""), hardCodedTexts("x.html",
        "<html><body><p>Xin chào</p><p th:text=\"#{a}\">Được thay</p><input placeholder=\"Nhập tên\">"
            + "<span>: · (</span></body></html>"));
  }

  @Test
  void everyKeyUsedInATemplateIsInEveryBundle() throws IOException {
    Properties vi = bundle("messages_vi.properties");
    Properties en = bundle("messages_en.properties");
    Properties fallback = bundle("messages.properties");
    Set<String> used = new TreeSet<>();
    for (Path template : templates()) {
      Matcher m = KEY.matcher(Files.readString(template));
      while (m.find()) {
        used.add(m.group(1));
      }
    }
    // keys the templates build from values: #{|cases.sort.${k}|}, #messages.msg('status.' + c.status) …
    for (CaseStatus s : CaseStatus.values()) {
      used.add("status." + s);
    }
    for (CaseStage s : CaseStage.values()) {
      used.add("stage." + s);
    }
    for (NomineeKind k : NomineeKind.values()) {
      used.add("nomineeKind." + k);
    }
    for (String sort : List.of("caseNumber", "createdAt", "nominee", "status", "updatedAt", "year")) {
      used.add("cases.sort." + sort);
    }
    assertTrue(used.size() > 100, "templates use " + used.size() + " keys");
    List<String> missing = new ArrayList<>();
    for (String key : used) {
      if (!vi.containsKey(key)) {
        missing.add("messages_vi: " + key);
      }
      if (!en.containsKey(key)) {
        missing.add("messages_en: " + key);
      }
      if (!fallback.containsKey(key)) {
        missing.add("messages: " + key);
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void theBundlesHaveTheSameKeysAndTheDefaultIsVietnamese() throws IOException {
    Properties vi = bundle("messages_vi.properties");
    Properties en = bundle("messages_en.properties");
    Properties fallback = bundle("messages.properties");
    assertEquals(new TreeSet<>(vi.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    assertEquals(vi, fallback, "messages.properties is the Vietnamese default");
    for (String key : en.stringPropertyNames()) {
      assertTrue(!en.getProperty(key).isBlank(), "empty English text for " + key);
    }
  }

  static List<String> hardCodedTexts(String name, String html) {
    Document doc = Jsoup.parse(html, "", Parser.xmlParser());
    List<String> problems = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      if (replaced(e) || e.tagName().equals("script") || e.tagName().equals("style")) {
        continue;
      }
      for (TextNode t : e.textNodes()) {
        if (LETTER.matcher(t.text()).find()) {
          problems.add(name + ": text \"" + t.text().strip() + "\"");
        }
      }
      for (String attribute : VISIBLE_ATTRIBUTES) {
        if (e.hasAttr(attribute) && LETTER.matcher(e.attr(attribute)).find() && !e.hasAttr("th:" + attribute)
            && !e.hasAttr("th:attr")) {
          problems.add(name + ": " + attribute + "=\"" + e.attr(attribute) + "\"");
        }
      }
    }
    return problems;
  }

  /** The element or one of its ancestors has its content replaced by Thymeleaf. */
  private static boolean replaced(Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      for (String attribute : REPLACING) {
        if (x.hasAttr(attribute)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The pages' templates. Not templates/official/: those are documents of the Vietnamese state, written in
   * Vietnamese whatever the reader's language (Decree 30/2020); their fixed words are the form's, and every word law or
   * organisation may change comes from tdkt.official (OfficialDocumentsTest checks them).
   */
  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(p -> p.toString().endsWith(".html"))
          .filter(p -> !p.startsWith(TEMPLATES.resolve("official"))).sorted().toList();
    }
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(RESOURCES.resolve(name))) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
