package vn.tdkt.commendation.tasklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Our Vietnamese locales of the Camunda webapps against the vendor's English ones from the webjar on the classpath:
 * same keys, same {{placeholders}} and HTML elements, and no text left in English. Plain JUnit (no Spring context),
 * so it also catches a Camunda upgrade that brings new keys (rebuild with tools/camunda-locales/build.py).
 */
class WebappLocaleTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

  /** English texts that Vietnamese writes the same way (kept in step with SAME in tools/camunda-locales/build.py). */
  static final Set<String> SAME_IN_VIETNAMESE = Set.of("", "ID", "CSV", "JSON", "Optimize", "case", "<", "<=", ">",
      ">=", "YYYY-MM-DDTHH:mm:ss");

  /** The vendor's Camunda 8 migration banner: emptied on purpose, the banner is hidden by user-styles.css. */
  private static final Set<String> EMPTIED_ON_PURPOSE = Set.of("BANNER_CE_EOL_TEXT");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
  /** Real HTML elements only: the English texts also hold literal words in angle brackets such as "<null>". */
  private static final Pattern HTML_TAG = Pattern.compile("</?(a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishTextHasAVietnameseTextWithTheSamePlaceholders(String app) throws IOException {
    Map<String, String> en = labels(app, "en", true);
    Map<String, String> vi = labels(app, "vi", false);
    assertTrue(en.size() > 100, app + ": the webjar's en.json was not found or is nearly empty");
    assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(vi.keySet()), app + ": keys of vi.json and en.json");

    List<String> english = new ArrayList<>();
    List<String> wrongPlaceholders = new ArrayList<>();
    List<String> wrongMarkup = new ArrayList<>();
    for (Map.Entry<String, String> e : en.entrySet()) {
      String key = e.getKey();
      String source = e.getValue();
      String target = vi.get(key);
      if (target.equals(source) && !SAME_IN_VIETNAMESE.contains(source.strip())) {
        english.add(key + " = " + source);
      }
      if (EMPTIED_ON_PURPOSE.contains(key)) {
        continue;
      }
      if (!all(PLACEHOLDER, source).equals(all(PLACEHOLDER, target))) {
        wrongPlaceholders.add(key + ": " + source + " -> " + target);
      }
      if (!tagNames(source).equals(tagNames(target))) {
        wrongMarkup.add(key + ": " + source + " -> " + target);
      }
    }
    assertTrue(english.isEmpty(), app + ": " + english.size() + " texts still in English, first ones: "
        + english.subList(0, Math.min(20, english.size())));
    assertEquals(List.of(), wrongPlaceholders, app + ": {{placeholders}} differ");
    assertEquals(List.of(), wrongMarkup, app + ": HTML elements differ");
  }

  /** Reads the labels of one locale; our vi.json and the webjar's en.json share the path prefix, so pick by origin. */
  private static Map<String, String> labels(String app, String locale, boolean fromWebjar) throws IOException {
    String path = String.format(LOCALES, app, locale);
    URL found = null;
    for (URL url : Collections.list(WebappLocaleTest.class.getClassLoader().getResources(path))) {
      boolean webjar = url.toString().contains("camunda-webapp-webjar");
      if (webjar == fromWebjar) {
        found = url;
      }
    }
    assertTrue(found != null, path + (fromWebjar ? " in the Camunda webjar" : " in our resources") + " not found");
    try (InputStream in = found.openStream()) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
      JsonNode labels = new ObjectMapper().readTree(json).get("labels");
      Map<String, String> result = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> field = it.next();
        result.put(field.getKey(), field.getValue().asText());
      }
      return result;
    }
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    Collections.sort(found);
    return found;
  }

  private static List<String> tagNames(String text) {
    List<String> names = new ArrayList<>();
    Matcher m = HTML_TAG.matcher(text);
    while (m.find()) {
      names.add((m.group().startsWith("</") ? "/" : "") + m.group(1));
    }
    return names;
  }
}
