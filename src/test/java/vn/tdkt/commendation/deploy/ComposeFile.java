package vn.tdkt.commendation.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml as compose reads it: parsed with SnakeYAML (anchors and aliases resolved), and the
 * values of a service's {@code environment} interpolated from the variables of the shell the way compose
 * does it ({@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR-default}}, {@code ${VAR:?message}},
 * {@code ${VAR?message}}, {@code ${VAR:+other}}, {@code ${VAR+other}}, {@code $VAR}, {@code $$}), so that a
 * test can start the application with exactly the environment a container would get.
 */
final class ComposeFile {

  /** compose's refusal when a required variable is missing ({@code ${VAR:?message}}): nothing starts. */
  static final class MissingVariable extends IllegalArgumentException {
    final String variable;

    MissingVariable(String variable, String message) {
      super("required variable " + variable + " is missing a value: " + message);
      this.variable = variable;
    }
  }

  private final Map<String, Object> root;

  private ComposeFile(Map<String, Object> root) {
    this.root = root;
  }

  static ComposeFile read(Path file) throws IOException {
    return new ComposeFile(map(new Yaml().load(Files.readString(file))));
  }

  Map<String, Object> root() {
    return root;
  }

  Map<String, Object> service(String name) {
    return map(map(root.get("services")).get(name));
  }

  /** The service's environment as written in the file (a map, or a list of NAME=value). */
  Map<String, String> rawEnvironment(String service) {
    Object environment = service(service).get("environment");
    Map<String, String> result = new LinkedHashMap<>();
    if (environment instanceof Map<?, ?> m) {
      m.forEach((k, v) -> result.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
    } else if (environment instanceof List<?> l) {
      for (Object entry : l) {
        String s = String.valueOf(entry);
        int eq = s.indexOf('=');
        result.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? null : s.substring(eq + 1));
      }
    } else if (environment != null) {
      throw new IllegalArgumentException("environment of " + service + " is neither a map nor a list");
    }
    return result;
  }

  /**
   * The service's environment as the container gets it, interpolated from {@code shell}; a variable
   * listed without a value takes the shell's value, or is left out when the shell has none.
   */
  Map<String, String> environment(String service, Map<String, String> shell) {
    Map<String, String> result = new LinkedHashMap<>();
    rawEnvironment(service).forEach((name, value) -> {
      if (value == null) {
        if (shell.containsKey(name)) {
          result.put(name, shell.get(name));
        }
      } else {
        result.put(name, interpolate(value, shell));
      }
    });
    return result;
  }

  static String interpolate(String text, Map<String, String> shell) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '$' || i + 1 >= text.length()) {
        out.append(c);
        i++;
      } else if (text.charAt(i + 1) == '$') {
        out.append('$');
        i += 2;
      } else if (text.charAt(i + 1) == '{') {
        int end = closingBrace(text, i + 2);
        out.append(expression(text.substring(i + 2, end), shell));
        i = end + 1;
      } else if (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '_') {
        int end = i + 1;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
          end++;
        }
        out.append(shell.getOrDefault(text.substring(i + 1, end), ""));
        i = end;
      } else {
        throw new IllegalArgumentException("invalid interpolation format in \"" + text + "\"");
      }
    }
    return out.toString();
  }

  private static int closingBrace(String text, int from) {
    int depth = 1;
    for (int k = from; k < text.length(); k++) {
      if (text.charAt(k) == '{') {
        depth++;
      } else if (text.charAt(k) == '}' && --depth == 0) {
        return k;
      }
    }
    throw new IllegalArgumentException("unclosed ${ in \"" + text + "\"");
  }

  private static String expression(String expression, Map<String, String> shell) {
    int k = 0;
    while (k < expression.length() && (Character.isLetterOrDigit(expression.charAt(k)) || expression.charAt(k) == '_')) {
      k++;
    }
    String name = expression.substring(0, k);
    String rest = expression.substring(k);
    String value = shell.get(name);
    boolean set = value != null;
    boolean setAndNotEmpty = set && !value.isEmpty();
    if (rest.isEmpty()) {
      return set ? value : "";
    }
    String operator = rest.startsWith(":") ? rest.substring(0, 2) : rest.substring(0, 1);
    String argument = rest.substring(operator.length());
    return switch (operator) {
      case ":-" -> setAndNotEmpty ? value : interpolate(argument, shell);
      case "-" -> set ? value : interpolate(argument, shell);
      case ":+" -> setAndNotEmpty ? interpolate(argument, shell) : "";
      case "+" -> set ? interpolate(argument, shell) : "";
      case ":?" -> {
        if (!setAndNotEmpty) {
          throw new MissingVariable(name, interpolate(argument, shell));
        }
        yield value;
      }
      case "?" -> {
        if (!set) {
          throw new MissingVariable(name, interpolate(argument, shell));
        }
        yield value;
      }
      default -> throw new IllegalArgumentException("invalid interpolation format: ${" + expression + "}");
    };
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    if (!(o instanceof Map)) {
      throw new AssertionError("expected a mapping, found " + o);
    }
    return (Map<String, Object>) o;
  }
}
