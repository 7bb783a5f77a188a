package vn.tdkt.commendation.official;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Official documents from templates: a Thymeleaf template under templates/official/ (XML mode, so what it writes
 * is the well-formed XHTML openhtmltopdf reads, and every value is escaped) becomes an A4 PDF set in
 * Liberation Serif — a serif with every Vietnamese letter, metric-compatible with the Times New Roman that Decree
 * 30/2020 asks for, under the SIL Open Font License, and embedded (subset) in the PDF. The font files come from
 * the Maven artifact com.github.librepdf:openpdf-fonts-extra, so every machine has them without a system font.
 */
@Component
public class PdfRenderer {

  static final String FONT = "Liberation Serif";
  static final String FONT_DIR = "/liberation/LiberationSerif-";

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  PdfRenderer() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/official/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
  }

  /** The template's XHTML with the model (and {@code vn}, see {@link Vn}). */
  public String html(String template, Map<String, ?> model) {
    Context context = new Context(Locale.forLanguageTag("vi"));
    context.setVariables(Map.copyOf(model));
    context.setVariable("vn", Vn.INSTANCE);
    return xmlSafe(engine.process(template, context));
  }

  public byte[] pdf(String template, Map<String, ?> model) {
    return pdfOf(html(template, model));
  }

  static byte[] pdfOf(String xhtml) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(() -> font("Regular"), FONT, 400, FontStyle.NORMAL, true);
      builder.useFont(() -> font("Bold"), FONT, 700, FontStyle.NORMAL, true);
      builder.useFont(() -> font("Italic"), FONT, 400, FontStyle.ITALIC, true);
      builder.useFont(() -> font("BoldItalic"), FONT, 700, FontStyle.ITALIC, true);
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream font(String face) {
    InputStream in = PdfRenderer.class.getResourceAsStream(FONT_DIR + face + ".ttf");
    if (in == null) {
      throw new IllegalStateException("PDF font missing from the classpath: " + FONT_DIR + face + ".ttf");
    }
    return in;
  }

  /** A last net under {@link Vn#clean}: characters XML 1.0 does not allow, as text or as references, go. */
  static String xmlSafe(String xml) {
    String noRefs = xml.replaceAll("&#(x0*[0-8bBcCeEfF]|x0*1[0-9a-fA-F]|0*[0-8]|0*1[124-9]|0*2[0-9]|0*3[01]);", "");
    StringBuilder out = new StringBuilder(noRefs.length());
    for (int i = 0; i < noRefs.length(); i++) {
      char c = noRefs.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < noRefs.length() && Character.isLowSurrogate(noRefs.charAt(i + 1))) {
        out.append(c).append(noRefs.charAt(++i));
      } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
