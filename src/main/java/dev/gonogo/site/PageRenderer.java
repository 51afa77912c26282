package dev.gonogo.site;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Renders one typed page record with one FreeMarker template. Templates are {@code .ftlh} (HTML auto-escaping)
 * or {@code .ftlx} (XML); they can read the record and nothing else: no {@code ?api}, no {@code ?new}, errors
 * rethrown rather than printed into the page. Review text only ever reaches a template as data, so nothing in a
 * review is evaluated as a template. Thread-safe once built.
 */
final class PageRenderer {
    /** Room for a typical review page (about 100 KB with its charts) without growing the buffer many times. */
    private static final int PAGE_CAPACITY = 64 * 1024;

    private final Configuration configuration;
    /** Present for serve's renderer only: a one-off build would keep every row's model for nothing. */
    private final RememberedRowModels rowModels;

    PageRenderer(Theme theme) {
        this(theme, false);
    }

    /** A renderer that, with {@code rememberRows}, reuses the models of the table rows a build shares with the last. */
    PageRenderer(Theme theme, boolean rememberRows) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setTemplateLoader(theme.templateLoader());
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
        cfg.setLocale(Locale.ROOT);
        cfg.setLocalizedLookup(false);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        // records are read as page.title (FreeMarker 2.3.33+ exposes record components as properties)
        this.rowModels = rememberRows ? new RememberedRowModels() : null;
        cfg.setObjectWrapper(rememberRows ? rowModels
                : new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35).build());
        this.configuration = cfg;
    }

    /** Starts a build: row models the last build used may be reused, older ones are let go. */
    void nextBuild() {
        if (rowModels != null) {
            rowModels.nextBuild();
        }
    }

    /**
     * Renders a page.
     *
     * @throws SiteException when the template is missing or fails (a theme bug: the build stops)
     */
    String render(String template, Object page) {
        StringBuilderWriter out = new StringBuilderWriter(PAGE_CAPACITY);
        try {
            configuration.getTemplate(template).process(page, out);
        } catch (IOException | TemplateException e) {
            throw new SiteException("template " + template + " failed: " + firstLine(e.getMessage()), e);
        }
        return out.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
