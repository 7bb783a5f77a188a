package vn.tdkt.commendation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The allow-lists written out in docs/security.md are exactly the ones the doors enforce (EngineRoutes,
 * PageRoutes). After a change of an allow-list, {@code -Ddocs.update=true} rewrites the two tables.
 */
class DoorsDocTest {

  private static final Path DOC = Path.of("docs/security.md");

  @Test
  void theEngineDoorsTableIsTheAllowList() throws IOException {
    check("engine-doors", engineTable());
  }

  @Test
  void thePageDoorsTableIsTheAllowList() throws IOException {
    check("page-doors", pageTable());
  }

  static String engineTable() {
    List<String> rows = new ArrayList<>();
    rows.add("| API | who | method | path | body | what for |");
    rows.add("|---|---|---|---|---|---|");
    for (EngineRoutes.Route r : EngineRoutes.ROUTES) {
      rows.add("| " + r.api().label + " | " + r.who().label + " | " + r.method() + " | `" + r.pattern() + "` | "
          + r.body().describe() + " | " + r.purpose() + " |");
    }
    return String.join("\n", rows) + "\n";
  }

  static String pageTable() {
    List<String> rows = new ArrayList<>();
    rows.add("| method | path | who | what for |");
    rows.add("|---|---|---|---|");
    for (PageRoutes.Route r : PageRoutes.ROUTES) {
      rows.add("| " + r.method() + " | `" + r.pattern() + "` | " + r.who().label + " | " + r.purpose() + " |");
    }
    return String.join("\n", rows) + "\n";
  }

  private static void check(String marker, String expected) throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String start = "<!-- " + marker + ":start -->\n";
    String end = "<!-- " + marker + ":end -->";
    assertThat(doc).contains(start, end);
    String documented = doc.substring(doc.indexOf(start) + start.length(), doc.indexOf(end));
    if (Boolean.getBoolean("docs.update") && !documented.equals(expected)) {
      Files.writeString(DOC, doc.replace(start + documented + end, start + expected + end), StandardCharsets.UTF_8);
      documented = expected;
    }
    assertThat(documented).as("docs/security.md between the %s markers (-Ddocs.update=true rewrites it)", marker)
        .isEqualTo(expected);
  }
}
