package dev.gonogo.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the engine behind the W3C's HTML validator), offline, set up once (about two seconds) and
 * reused for every page. Only errors are collected; warnings and information messages are advice.
 */
final class NuHtmlChecker {
    /** The checker's own default schema: HTML with SVG, MathML, ARIA and RDFa. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    NuHtmlChecker() throws Exception {
        // log4j set up by the checker, URLs not logged, no language detection (it only ever warns).
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, true, false);
    }

    /** The errors in a UTF-8 HTML file, each as "line:column: message"; empty when the page is valid. */
    List<String> errors(Path file) throws IOException, SAXException {
        collector.errors.clear();
        validator.checkHtmlFile(file.toFile(), true);
        return List.copyOf(collector.errors);
    }

    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException exception) {
            // advice, not an error
        }

        @Override
        public void error(SAXParseException exception) {
            errors.add(exception.getLineNumber() + ":" + exception.getColumnNumber() + ": " + exception.getMessage());
        }

        @Override
        public void fatalError(SAXParseException exception) {
            error(exception);
        }
    }
}
