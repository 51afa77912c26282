package dev.gonogo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.browser.Browser.ColorScheme;
import dev.gonogo.browser.Browser.Viewport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser tests' own probes catch what they claim to: on a deliberately broken page, a script error, a
 * blocked inline script, a missing stylesheet, a dialog and the colour scheme all show. Without this, a green
 * page test could mean a blind probe.
 */
class BrowserProbeTest {
    static Browser browser;

    @BeforeAll
    static void start(@TempDir Path profile) {
        browser = Browser.start(profile);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void seesScriptErrorsBlockedScriptsAndMissingFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.js"), "undefinedFunction();", StandardCharsets.UTF_8);
        Path page = write(dir, "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self'\">"
                + "<link rel=\"stylesheet\" href=\"missing.css\"><script src=\"broken.js\"></script>"
                + "<script>window.inline = true</script>");

        browser.open(page.toUri(), ColorScheme.LIGHT, Viewport.DESKTOP);

        assertThat(browser.consoleErrors()).anySatisfy(error -> assertThat(error).contains("undefinedFunction"))
                .anySatisfy(error -> assertThat(error).contains("Content Security Policy"))
                .anySatisfy(error -> assertThat(error).contains("missing.css"));
        assertThat(browser.network().failures()).anySatisfy(failure -> assertThat(failure).contains("missing.css"));
        assertThat(browser.script("return window.inline === undefined")).isEqualTo(true);
    }

    @Test
    void seesAnOpenDialog(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("alert.js"), "alert('hello');", StandardCharsets.UTF_8);
        Path page = write(dir, "<script src=\"alert.js\"></script>");

        browser.open(page.toUri(), ColorScheme.LIGHT, Viewport.DESKTOP);

        assertThat(browser.dialogOpen()).isTrue();
        browser.driver().switchTo().alert().dismiss();
        assertThat(browser.dialogOpen()).isFalse();
    }

    @Test
    void emulatesTheColourSchemeAndTheViewport(@TempDir Path dir) throws IOException {
        Path page = write(dir, "");

        browser.open(page.toUri(), ColorScheme.DARK, Viewport.PHONE);
        assertThat(browser.script("return matchMedia('(prefers-color-scheme: dark)').matches")).isEqualTo(true);
        assertThat(browser.script("return window.innerWidth")).isEqualTo(390L);

        browser.open(page.toUri(), ColorScheme.LIGHT, Viewport.DESKTOP);
        assertThat(browser.script("return matchMedia('(prefers-color-scheme: light)').matches")).isEqualTo(true);
        assertThat(browser.script("return window.innerWidth")).isEqualTo(1280L);
    }

    private static Path write(Path dir, String head) throws IOException {
        return Files.writeString(dir.resolve("page.html"), "<!DOCTYPE html><html lang=\"en\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>probe</title>"
                + head + "</head><body><p>probe</p></body></html>",
                StandardCharsets.UTF_8);
    }
}
