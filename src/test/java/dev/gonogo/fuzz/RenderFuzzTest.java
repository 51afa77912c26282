package dev.gonogo.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gonogo.config.GonogoConfig;
import dev.gonogo.pipeline.ReviewPipeline;
import dev.gonogo.site.DrawnSiteCharts;
import dev.gonogo.site.JsonReviewExports;
import dev.gonogo.site.SiteGenerator;
import dev.gonogo.site.SiteOptions;
import dev.gonogo.site.Theme;
import dev.gonogo.site.page.ReviewDocument;
import dev.gonogo.source.InputException;
import dev.gonogo.source.SourceDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * A review through what {@code gonogo build} does with it — check, then {@link SiteGenerator} with the real charts
 * and the default theme — and every page written checked for anything the review could make run in a browser.
 */
class RenderFuzzTest {
    private static final ReviewPipeline PIPELINE = ReviewPipeline.of(GonogoConfig.defaults());
    private static final SiteGenerator GENERATOR = new SiteGenerator(Theme.defaultTheme(), SiteOptions.defaults(),
            new DrawnSiteCharts(SiteOptions.defaults().language()), new JsonReviewExports());
    private static final TimeBudget TIME = new TimeBudget(Duration.ofSeconds(20));

    @FuzzTest
    void renderReviewPage(byte[] bytes) throws Exception {
        SourceDocument document;
        try {
            document = PIPELINE.reader().decode(bytes, "fuzz.md");
        } catch (InputException e) {
            return;
        }
        Path folder = Files.createTempDirectory("gonogo-fuzz-site");
        try {
            ReviewDocument review = TIME.run(() -> new ReviewDocument(PIPELINE.check(document), document.text()));
            TIME.run(() -> GENERATOR.generate(List.of(review), folder));
            List<Path> pages = htmlUnder(folder);
            assertThat(pages).as("index, 404, review page and source page").hasSizeGreaterThanOrEqualTo(4);
            for (Path page : pages) {
                Invariants.pageIsInert(Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)));
            }
        } finally {
            deleteTree(folder);
        }
    }

    private static List<Path> htmlUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
