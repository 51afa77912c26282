package dev.gonogo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.browser.Browser.ColorScheme;
import dev.gonogo.browser.Browser.Viewport;
import dev.gonogo.browser.FixtureSite.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Layout on a desktop and on a phone: no page is wider than the screen (wide tables scroll inside their own box),
 * chart labels stay large enough to read on a phone, and screenshots of the index and of the seed review, light and dark, desktop and phone, are written to
 * {@code target/screenshots/} for a person to look at.
 */
class LayoutInChromiumTest extends FixtureSiteInChromium {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** A label drawn shorter than this (about a 9 px font) is too small to read on a phone. */
    static final int MIN_LABEL_HEIGHT_PX = 10;

    List<Page> pages() {
        return site.pages();
    }

    /** The index and the system pages: their tables of reviews should be seen whole on a desktop. */
    Stream<Page> listsOfReviews() {
        return site.pages().stream().filter(page -> page.kind() == FixtureSite.Kind.INDEX
                || page.kind() == FixtureSite.Kind.SYSTEM);
    }

    Stream<Arguments> screenshots() {
        Stream<Arguments> pages = Stream.of(Arguments.of("index", Page.of("index.html")),
                Arguments.of("seed-review", site.reviewMentioning("x0tta6bl4")));
        return pages.flatMap(page -> Stream.of(Viewport.DESKTOP, Viewport.PHONE).flatMap(viewport -> Stream
                .of(ColorScheme.values()).map(scheme -> Arguments.of(page.get()[0], page.get()[1], viewport, scheme))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void noPageIsWiderThanAPhone(Page page) {
        browser.open(site.fileUri(page), ColorScheme.LIGHT, Viewport.PHONE);

        assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                .as("width of %s on a %d px phone", page, Viewport.PHONE.width())
                .isLessThanOrEqualTo(Viewport.PHONE.width());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listsOfReviews")
    void reviewTablesFitADesktopWindowWithoutScrolling(Page page) {
        browser.open(site.fileUri(page), ColorScheme.LIGHT, Viewport.DESKTOP);

        @SuppressWarnings("unchecked")
        List<String> scrolling = (List<String>) browser.script("""
                return Array.from(document.querySelectorAll('.table-wrap'))
                  .filter(function (wrap) { return wrap.querySelector('table.reviews') !== null; })
                  .filter(function (wrap) { return wrap.scrollWidth > wrap.clientWidth; })
                  .map(function (wrap) { return wrap.querySelector('caption').textContent + ': ' + wrap.scrollWidth
                                          + ' > ' + wrap.clientWidth; });""");
        assertThat(scrolling).as("review tables on %s that scroll at %d px", page, Viewport.DESKTOP.width())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void chartLabelsStayReadableOnAPhone(Page page) {
        browser.open(site.fileUri(page), ColorScheme.LIGHT, Viewport.PHONE);

        @SuppressWarnings("unchecked")
        List<String> tooSmall = (List<String>) browser.script("""
                var small = [];
                document.querySelectorAll('figure.chart svg text').forEach(function (text) {
                  var height = text.getBoundingClientRect().height;
                  if (text.textContent.trim() !== '' && height < arguments[0]) {
                    small.push(text.closest('figure').id + ' "' + text.textContent + '" ' + height.toFixed(1) + 'px');
                  }
                });
                return small;""".replace("arguments[0]", String.valueOf(MIN_LABEL_HEIGHT_PX)));
        assertThat(tooSmall).as("chart labels on %s shorter than %d px on a phone", page, MIN_LABEL_HEIGHT_PX)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} {2} {3}")
    @MethodSource("screenshots")
    void screenshot(String name, Page page, Viewport viewport, ColorScheme scheme) {
        browser.open(site.fileUri(page), scheme, viewport);
        Path file = SCREENSHOTS.resolve(name + "-" + viewport.name() + "-" + scheme.mediaValue() + ".png");

        browser.screenshot(file);

        assertThat(file).isRegularFile();
        assertThat(file.toFile().length()).as("size of %s", file).isGreaterThan(10_000);
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                .as("width of %s", file).isLessThanOrEqualTo(viewport.width());
    }
}
