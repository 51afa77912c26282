package dev.gonogo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.browser.FixtureSite.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every generated page passes the Nu HTML Checker with zero errors (no browser needed). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidHtmlTest {
    FixtureSite site;
    NuHtmlChecker checker;

    @BeforeAll
    void build(@TempDir Path temp) throws Exception {
        site = FixtureSite.build(temp);
        checker = new NuHtmlChecker();
    }

    List<Page> pages() {
        return site.pages();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageHasNoHtmlErrors(Page page) throws Exception {
        assertThat(checker.errors(site.file(page))).as("Nu HTML Checker errors in %s", page).isEmpty();
    }

    @Test
    void theCheckerReportsErrors(@TempDir Path temp) throws Exception {
        Path broken = Files.writeString(temp.resolve("broken.html"), "<!DOCTYPE html><html lang=\"en\"><head>"
                + "<meta charset=\"utf-8\"></head><body><table><tr><td><p>no title, a stray </span></table>",
                StandardCharsets.UTF_8);

        assertThat(checker.errors(broken)).anySatisfy(error -> assertThat(error).contains("title"))
                .anySatisfy(error -> assertThat(error).contains("span"));
    }
}
