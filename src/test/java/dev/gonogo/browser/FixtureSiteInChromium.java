package dev.gonogo.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A test class's fixture site, built once, and the Chromium that opens its pages, closed after the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FixtureSiteInChromium {
    FixtureSite site;
    Browser browser;

    @BeforeAll
    void buildSiteAndStartBrowser(@TempDir Path temp) {
        site = FixtureSite.build(temp);
        browser = Browser.start(temp.resolve("profile"));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
