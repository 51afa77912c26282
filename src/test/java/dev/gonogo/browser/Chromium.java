package dev.gonogo.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the browser tests find Debian's {@code chromium} and {@code chromium-driver}, and what they do without
 * them: skip on a developer's machine, fail on CI, where {@code .ci/run} installs both. Nothing is ever
 * downloaded: Selenium is given both paths, so Selenium Manager has nothing to look for.
 */
final class Chromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Aborts the calling tests when Chromium is missing, or fails them when {@code CI=true}. */
    static void assumeInstalled() {
        assumeInstalled(BROWSER, DRIVER, System.getenv("CI"));
    }

    static void assumeInstalled(Path browser, Path driver, String ciVariable) {
        if (Files.isExecutable(browser) && Files.isExecutable(driver)) {
            return;
        }
        String missing = "browser tests need " + browser + " and " + driver
                + " (apt-get install chromium chromium-driver)";
        if ("true".equals(String.valueOf(ciVariable).toLowerCase(Locale.ROOT))) {
            fail("Chromium is missing on CI, where .ci/run installs it: " + missing);
        }
        Assumptions.abort("Skipped: " + missing);
    }
}
