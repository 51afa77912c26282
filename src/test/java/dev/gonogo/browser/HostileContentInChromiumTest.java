package dev.gonogo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.browser.Browser.ColorScheme;
import dev.gonogo.browser.Browser.Viewport;
import dev.gonogo.browser.FixtureSite.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile fixture review ({@code browser/content/prr-hostile-9.9.9.md}: script tags, event handlers,
 * {@code javascript:}, {@code vbscript:} and {@code data:} URLs, iframes, forms, SVG and MathML scripts, a
 * {@code <base>}, a refresh, a title that sets {@code document.title}, FreeMarker syntax) is inert in Chromium on
 * every page that shows any of it: nothing runs, opens, loads or changes the page.
 */
class HostileContentInChromiumTest extends FixtureSiteInChromium {
    /** Each hostile script and handler in the fixture would set window.pwned; none may. */
    private static final String CANARY = "return typeof window.pwned === 'undefined'";
    private static final String FOREIGN_ELEMENTS = "iframe, frame, form, input:not(#review-filter), button:not(.sort),"
            + " object, embed, base, style, img, video, audio, source, math, meta[http-equiv=refresh], textarea,"
            + " link:not([href$='assets/site.css']):not([href$='assets/favicon.svg'])";

    /** The hostile review's page, its source view, its system page and the index. */
    Stream<Page> pagesShowingTheHostileReview() {
        Page review = site.reviewMentioning("Hostile");
        String source = review.path().replace(".html", ".source.html");
        String system = site.parse(review.path()).select("nav.breadcrumb a").last().attr("href");
        return Stream.of(review, Page.of(source), Page.of(Path.of(review.path()).getParent().resolve(system)
                .normalize().toString().replace('\\', '/')), Page.of("index.html"));
    }

    @Test
    void theFourPagesAreOfTheirKinds() {
        assertThat(pagesShowingTheHostileReview().map(Page::kind)).containsExactly(FixtureSite.Kind.REVIEW,
                FixtureSite.Kind.SOURCE, FixtureSite.Kind.SYSTEM, FixtureSite.Kind.INDEX);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesShowingTheHostileReview")
    void nothingRunsOpensOrLoads(Page page) {
        browser.open(site.fileUri(page), ColorScheme.LIGHT, Viewport.DESKTOP);

        assertThat(browser.dialogOpen()).as("a dialog on %s", page).isFalse();
        assertThat(browser.script(CANARY)).as("a hostile script ran on %s", page).isEqualTo(true);
        assertThat(browser.consoleErrors()).as("console of %s", page).isEmpty();
        String root = site.root().toUri().toString();
        assertThat(browser.network().requestedUrls()).as("requests of %s", page)
                .allSatisfy(url -> assertThat(url).startsWith(root));
        assertThat(browser.script("return document.title")).as("title of %s", page)
                .isEqualTo(site.parse(page.path()).title());
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(site.fileUri(page).toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesShowingTheHostileReview")
    void noHostileElementAttributeOrUrlSurvives(Page page) {
        browser.open(site.fileUri(page), ColorScheme.LIGHT, Viewport.DESKTOP);

        assertThat(strings("return Array.from(document.scripts).map(function (s) { return s.src; })"))
                .as("scripts on %s", page).singleElement().satisfies(src -> assertThat(src).endsWith("/assets/site.js"));
        assertThat(strings("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(function (e) { return e.outerHTML; })", FOREIGN_ELEMENTS)).as("elements on %s", page).isEmpty();
        assertThat(strings("""
                var found = [];
                document.querySelectorAll('*').forEach(function (element) {
                  Array.from(element.attributes).forEach(function (a) {
                    if (a.name.toLowerCase().startsWith('on')) { found.push(element.tagName + ' ' + a.name); }
                  });
                });
                return found;""")).as("event handler attributes on %s", page).isEmpty();
        assertThat(strings("""
                var found = [];
                document.querySelectorAll('[href], [src], [action], [formaction], [xlink\\\\:href], [srcdoc]')
                  .forEach(function (element) {
                    ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].forEach(function (name) {
                      var value = element.getAttribute(name);
                      if (value !== null) { found.push(value); }
                    });
                  });
                return found;""")).as("URLs on %s", page).allSatisfy(url -> assertThat(
                        url.replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase())
                        .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:"));
    }

    @Test
    void templateSyntaxShowsAsWritten() {
        Page review = site.reviewMentioning("Hostile");
        browser.open(site.fileUri(review), ColorScheme.LIGHT, Viewport.DESKTOP);

        String text = (String) browser.script("return document.body.innerText");
        assertThat(text).contains("Hostile ${7*7}").contains("<#assign x = 1>").contains("[#assign y = 2]")
                .contains("<@layout.page kind=\"x\"/>").contains("Security ${7*7}")
                .contains("<script>alert(\"in code\")</script>");
        assertThat(text).doesNotContain("Hostile 49");
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String script, Object... arguments) {
        return (List<String>) browser.script(script, arguments);
    }
}
