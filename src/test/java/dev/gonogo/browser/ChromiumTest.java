package dev.gonogo.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without Chromium the browser tests are skipped with a message, except on CI ({@code CI=true}), where they fail. */
class ChromiumTest {
    private static final Path NOWHERE = Path.of("no-such-dir", "chromium");

    @Test
    void aMissingBrowserSkipsTheTestsOnADevelopersMachine() {
        assertThatThrownBy(() -> Chromium.assumeInstalled(NOWHERE, NOWHERE, null))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("Skipped")
                .hasMessageContaining("apt-get install chromium chromium-driver");
        assertThatThrownBy(() -> Chromium.assumeInstalled(NOWHERE, NOWHERE, "false"))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void aMissingBrowserFailsTheTestsOnCi() {
        assertThatThrownBy(() -> Chromium.assumeInstalled(NOWHERE, NOWHERE, "true"))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("missing on CI");
    }

    @Test
    void anInstalledBrowserLetsThemRun() {
        Path shell = Path.of("/bin/sh");
        assertThatCode(() -> Chromium.assumeInstalled(shell, shell, "true")).doesNotThrowAnyException();
    }
}
