package dev.gonogo.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.site.page.RememberedRows;
import dev.gonogo.site.page.ReviewDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's row models change nothing in the pages: its lists are byte for byte those of a one-off build. */
class RememberedRowModelsTest {
    private static final List<String> LISTS = List.of("index.html", "systems/x0tta6bl4.html");

    @TempDir
    Path dir;

    @Test
    void listPagesWithRememberedRowModelsAreThoseOfAPlainBuildAtEveryBuild() throws IOException {
        List<ReviewDocument> documents = List.of(SiteFixtures.seed(), SiteFixtures.earlier(),
                SiteFixtures.empty("notes/untitled.md"));
        Path plain = dir.resolve("plain");
        generator().generate(documents, plain);
        SiteGenerator serve = generator().rememberingRows(RememberedRows.acrossBuilds());

        BuiltSite first = serve.generateSite(documents, dir.resolve("first"));
        // the second build reuses the first one's rows, and so their models
        Path second = dir.resolve("second");
        serve.update(first, List.of(SiteFixtures.seed()), second);

        for (String page : LISTS) {
            assertThat(Files.mismatch(plain.resolve(page), dir.resolve("first").resolve(page))).as(page)
                    .isEqualTo(-1L);
            assertThat(Files.mismatch(plain.resolve(page), second.resolve(page))).as(page).isEqualTo(-1L);
        }
        assertThat(Files.readString(second.resolve("index.html"))).contains("x0tta6bl4");
    }

    private static SiteGenerator generator() {
        return new SiteGenerator(Theme.defaultTheme(), SiteOptions.defaults(), GeneratedSite.FAKE_CHARTS,
                new JsonReviewExports());
    }
}
