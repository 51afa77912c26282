package dev.gonogo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.browser.Browser.ColorScheme;
import dev.gonogo.browser.Browser.Viewport;
import dev.gonogo.browser.FixtureSite.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * axe-core finds no serious or critical accessibility violation (contrast, names, labels, landmarks, ARIA…) on
 * any generated page, in light and in dark mode.
 */
class AccessibilityInChromiumTest extends FixtureSiteInChromium {
    final Axe axe = new Axe();

    Stream<Arguments> pagesInBothSchemes() {
        return site.pages().stream().flatMap(page -> Stream.of(ColorScheme.values())
                .map(scheme -> Arguments.of(page, scheme)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("pagesInBothSchemes")
    void noSeriousOrCriticalViolations(Page page, ColorScheme scheme) {
        browser.open(site.fileUri(page), scheme, Viewport.DESKTOP);

        assertThat(axe.blockingViolations(browser)).as("axe %s on %s (%s)", Axe.VERSION, page, scheme).isEmpty();
    }

    @Test
    void axeFindsViolationsOnABadPage(@TempDir Path temp) throws Exception {
        Path page = Files.writeString(temp.resolve("bad.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<title>bad</title></head><body><p style=\"color:#777;background:#888\">grey on grey</p>"
                + "<button></button></body></html>", StandardCharsets.UTF_8);
        browser.open(page.toUri(), ColorScheme.LIGHT, Viewport.DESKTOP);

        assertThat(axe.blockingViolations(browser)).extracting(Axe.Violation::id)
                .contains("color-contrast", "button-name", "html-has-lang");
    }
}
