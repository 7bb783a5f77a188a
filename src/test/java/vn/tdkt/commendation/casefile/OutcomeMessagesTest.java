package vn.tdkt.commendation.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every line the code writes into a case's history says what was done in words: no code on the case page. */
class OutcomeMessagesTest {

  /** An outcome written as one literal (one built from parts, such as "appraisal" + the decision, is left out). */
  private static final Pattern WRITTEN = Pattern.compile("(?:record|addEvent)\\([^,;]+,\\s*[^,;]+,\\s*\"([a-zA-Z]+)\"\\s*[,)]");

  @Test
  void everyOutcomeTheCodeWritesHasItsWords() throws IOException {
    Set<String> written = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = WRITTEN.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          written.add(m.group(1));
        }
      }
    }
    assertThat(written).contains("registered", "decided", "decisionApproved");
    for (String bundle : new String[] {"messages_vi.properties", "messages_en.properties"}) {
      Properties messages = new Properties();
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
        messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
      assertThat(written).as(bundle).allMatch(o -> messages.containsKey("outcome." + o));
    }
  }
}
