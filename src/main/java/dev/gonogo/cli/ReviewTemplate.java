package dev.gonogo.cli;

import freemarker.core.PlainTextOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The review that {@code gonogo new} writes: a template per language (resources {@code new/review-LANG.md.ftl}),
 * with sections, a checklist, metrics with targets and a decision matrix whose weights total 100 and whose stated
 * score equals the computed one, so a new review passes {@code gonogo check} before anyone edits it.
 */
public final class ReviewTemplate {

    /** The languages a template exists for. */
    public enum Language {
        en, ru
    }

    /**
     * What the template is filled with (public: FreeMarker reads it by reflection).
     *
     * @param system  the system under review
     * @param version its version
     * @param date    the review's date, ISO format
     */
    public record Values(String system, String version, String date) {
        public Values {
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(date, "date");
        }
    }

    private final Configuration freemarker;

    ReviewTemplate() {
        freemarker = new Configuration(Configuration.VERSION_2_3_35);
        freemarker.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35).build());
        freemarker.setClassForTemplateLoading(ReviewTemplate.class, "new");
        freemarker.setDefaultEncoding(StandardCharsets.UTF_8.name());
        freemarker.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        freemarker.setLocale(Locale.ROOT);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
    }

    /** The new review's Markdown, LF line ends. */
    String render(Language language, String system, String version, LocalDate date) {
        try {
            Template template = freemarker.getTemplate("review-" + language.name() + ".md.ftl");
            StringWriter out = new StringWriter();
            template.process(new Values(system, version, date.toString()), out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("review template for " + language + " is missing", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("review template for " + language + " is broken: " + e.getMessage(), e);
        }
    }
}
