package dev.gonogo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.browser.Browser.ColorScheme;
import dev.gonogo.browser.Browser.Viewport;
import dev.gonogo.browser.FixtureSite.Page;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every generated page in real Chromium, in light and dark mode, from {@code file://} and from a static HTTP
 * server: no script error or other console error, no failed request, nothing fetched from elsewhere, and every
 * chart drawn at a visible size.
 */
class PagesInChromiumTest extends FixtureSiteInChromium {
    SiteServer server;

    /** Runs after the site is built (superclass first). */
    @BeforeAll
    void serveSite() throws IOException {
        server = SiteServer.serve(site.root());
    }

    /** Runs before the browser is closed (superclass last). */
    @AfterAll
    void stopServing() {
        if (server != null) {
            server.close();
        }
    }

    Stream<Arguments> pagesInBothSchemes() {
        return site.pages().stream().flatMap(page -> Stream.of(ColorScheme.values())
                .map(scheme -> Arguments.of(page, scheme)));
    }

    List<Page> pages() {
        return site.pages();
    }

    @Test
    void theFixtureSiteHasEveryKindOfPage() {
        assertThat(site.pages()).extracting(Page::kind).contains(FixtureSite.Kind.values());
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("pagesInBothSchemes")
    void loadsFromFileWithoutErrorsOrForeignRequests(Page page, ColorScheme scheme) {
        browser.open(site.fileUri(page), scheme, Viewport.DESKTOP);

        assertThat(browser.consoleErrors()).as("console errors on %s", page).isEmpty();
        NetworkLog network = browser.network();
        assertThat(network.failures()).as("failed requests of %s", page).isEmpty();
        String root = site.root().toUri().toString();
        assertThat(network.requestedUrls()).as("requests of %s", page).isNotEmpty()
                .allSatisfy(url -> assertThat(url).startsWith(root));
        assertThat(browser.dialogOpen()).as("a dialog on %s", page).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void loadsOverHttpWithTheContentSecurityPolicyInForce(Page page) {
        server.forget();
        browser.open(server.uri(page.path()), ColorScheme.LIGHT, Viewport.DESKTOP);

        assertThat(browser.consoleErrors()).as("console errors on %s", page).isEmpty();
        assertThat(browser.network().failures()).as("failed requests of %s", page).isEmpty();
        assertThat(server.requests()).as("requests of %s", page)
                .contains("GET /" + page.path() + " 200", "GET /assets/site.css 200", "GET /assets/site.js 200")
                .allSatisfy(request -> assertThat(request).endsWith(" 200"));
        Object scriptRan = browser.script("return document.querySelector('[data-filter]') === null"
                + " || !document.querySelector('[data-filter]').hidden");
        assertThat(scriptRan).as("site.js ran on %s (it shows the filter box)", page).isEqualTo(true);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("pagesInBothSchemes")
    void everyChartIsDrawnAtAVisibleSize(Page page, ColorScheme scheme) {
        browser.open(site.fileUri(page), scheme, Viewport.DESKTOP);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> charts = (List<Map<String, Object>>) browser.script("""
                return Array.from(document.querySelectorAll('figure.chart svg')).map(function (svg) {
                  var box = svg.getBoundingClientRect();
                  var style = getComputedStyle(svg);
                  return {id: svg.closest('figure').id, width: box.width, height: box.height,
                          shown: style.display !== 'none' && style.visibility === 'visible'
                                 && Number(style.opacity) > 0 && svg.checkVisibility(),
                          texts: svg.querySelectorAll('text').length};
                });""");
        int expected = site.parse(page.path()).select("figure.chart svg").size();
        assertThat(charts).as("charts on %s", page).hasSize(expected);
        for (Map<String, Object> chart : charts) {
            assertThat((Boolean) chart.get("shown")).as("chart %s on %s is shown", chart.get("id"), page).isTrue();
            assertThat(((Number) chart.get("width")).doubleValue()).as("width of %s", chart.get("id"))
                    .isGreaterThan(100);
            assertThat(((Number) chart.get("height")).doubleValue()).as("height of %s", chart.get("id"))
                    .isGreaterThan(50);
            assertThat(((Number) chart.get("texts")).intValue()).as("labels of %s", chart.get("id")).isPositive();
        }
    }
}
