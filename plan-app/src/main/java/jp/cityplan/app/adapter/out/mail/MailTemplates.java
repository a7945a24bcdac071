package jp.cityplan.app.adapter.out.mail;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the Thymeleaf TEXT templates {@code classpath:mail/<name>.txt}. The first line of a template is the
 * subject, then an empty line, then the body.
 * <p>
 * Expressions are SpEL ({@link SpringTemplateEngine}). The engine is private to this class, not a bean: a template
 * engine bean would replace the one Spring Boot sets up for the HTML pages.
 */
@Component
class MailTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
        resolver.setPrefix("mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        engine.setTemplateResolver(resolver);
    }

    RenderedMail render(String template, Map<String, Object> variables) {
        Context context = new Context();
        context.setVariables(variables);
        String text = engine.process(template, context).replace("\r\n", "\n");
        int end = text.indexOf('\n');
        if (end < 1 || text.length() < end + 2 || text.charAt(end + 1) != '\n') {
            throw new IllegalStateException("mail template " + template + " does not start with a subject line"
                    + " and an empty line");
        }
        return new RenderedMail(text.substring(0, end).strip(), text.substring(end + 2));
    }

    /** A message's subject (one line) and plain-text body. */
    record RenderedMail(String subject, String body) {
    }
}
