package vn.tdkt.commendation.notification;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the Vietnamese mail texts in templates/mail/{name}.txt (Thymeleaf TEXT mode). The first line
 * of a template is the subject, the rest the body. Its own engine, so Spring Boot's HTML engine for
 * the pages stays as it is (SpEL, like the pages).
 */
@Component
class MailTemplates {

  record Rendered(String subject, String body) {
  }

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  MailTemplates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setSuffix(".txt");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
  }

  Rendered render(String template, Map<String, Object> model) {
    String text = engine.process(template, new Context(Locale.forLanguageTag("vi"), model));
    int newline = text.indexOf('\n');
    if (newline < 0) {
      throw new IllegalStateException("Mail template " + template + " needs a subject line and a body");
    }
    return new Rendered(text.substring(0, newline).strip(), text.substring(newline + 1).strip() + "\n");
  }
}
