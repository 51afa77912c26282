package dev.gonogo.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.check.Checker;
import dev.gonogo.check.Finding;
import dev.gonogo.check.Location;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.model.Problem;
import dev.gonogo.model.Review;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What must hold for any input, whatever its bytes. The parser and the checker each have a last-resort catch
 * that turns a bug into a problem or an {@code internal-error} finding so users never see a stack trace; here
 * those are failures, so the fuzzer reports the bug instead of the catch hiding it.
 */
final class Invariants {

    /** The parser's last-resort problem (see {@code ReviewParser#parse}); always on line 0. */
    private static final String PARSER_GAVE_UP = "the document could not be parsed (";
    private static final Pattern SCRIPT_URL = Pattern.compile("^(javascript|vbscript|data):.*",
            Pattern.DOTALL);

    private Invariants() {
    }

    /** Every line the model carries is 0 (the whole document) or one of its lines; no parser bug was caught. */
    static void modelIsSound(Review review) {
        int lines = review.source().lines();
        for (ModelLines.Found found : ModelLines.of(review)) {
            if (found.where().endsWith(".toLine") && found.line() == Integer.MAX_VALUE) {
                continue; // a suppression never re-enabled runs to the end of the file (see Suppression)
            }
            assertThat(found.line()).as("%s of a %d-line document", found.where(), lines).isBetween(0, lines);
        }
        assertThat(review.problems()).filteredOn(problem -> problem.line() == 0)
                .extracting(Problem::message).noneMatch(message -> message.startsWith(PARSER_GAVE_UP));
    }

    /** Every finding points into the document, no rule threw, and the model is sound. */
    static void resultIsSound(ReviewResult result) {
        modelIsSound(result.review());
        int lines = result.review().source().lines();
        for (Finding finding : result.findings()) {
            assertThat(finding.rule()).as(finding.message()).isNotEqualTo(Checker.INTERNAL_ERROR.id());
            assertThat(finding.location().line()).as("line of %s", finding).isBetween(0, lines);
            for (Location related : finding.related()) {
                assertThat(related.line()).as("related line of %s", finding).isBetween(0, lines);
            }
        }
    }

    /**
     * A page holds no script but the site's own {@code assets/site.js}, no event handler, no inline style outside
     * the charts' SVG, and no script or data URL: nothing from the review can run in a reader's browser.
     */
    static void pageIsInert(Document page) {
        for (Element script : page.select("script")) {
            assertThat(script.attr("src")).as("script %s", script).endsWith("assets/site.js");
            assertThat(script.data()).as("inline script").isEmpty();
        }
        assertThat(page.select("iframe, object, embed, form, base, style, meta[http-equiv=refresh]")).isEmpty();
        assertThat(page.select("meta[http-equiv]")).as("only our Content-Security-Policy").hasSize(1);
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                assertThat(key).as("attribute of <%s>", element.tagName()).doesNotStartWith("on")
                        .isNotEqualTo("srcdoc");
                // a browser drops spaces and controls before reading a URL's scheme; ";javascript:…" has none
                // (a scheme starts with a letter) and stays an inert relative link
                assertThat(value).as("%s of <%s>", key, element.tagName()).doesNotMatch(SCRIPT_URL);
                if (key.equals("style")) {
                    assertThat(value).as("style of <%s>", element.tagName()).doesNotContain("javascript:")
                            .doesNotContain("expression(").doesNotContain("url(");
                }
                // our chart renderer styles its SVG inline; nothing else on a page may carry a style
                if (element.closest("svg") == null) {
                    assertThat(key).as("attribute of <%s>", element.tagName()).isNotEqualTo("style");
                }
            }
        }
    }
}
