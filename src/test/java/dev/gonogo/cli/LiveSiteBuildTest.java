package dev.gonogo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.chart.Charts;
import dev.gonogo.chart.RenderedChart;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.config.GonogoConfig;
import dev.gonogo.pipeline.ReviewPipeline;
import dev.gonogo.site.SiteCharts;
import dev.gonogo.site.SiteHistory;
import dev.gonogo.site.SiteOptions;
import dev.gonogo.site.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's incremental build: after a save only the changed review is rendered, and the site equals a full build. */
class LiveSiteBuildTest {
    private static final String SEED_PAGE = "reviews/x0tta6bl4-3.4.0-fixed2.html";
    private static final String EARLIER_PAGE = "reviews/x0tta6bl4-3.3.0.html";
    private static final String SEED_SYSTEM = "systems/x0tta6bl4.html";
    private static final String LEDGER_SYSTEM = "systems/ledger-service.html";

    @TempDir
    Path dir;
    Path content;
    Path seed;

    @BeforeEach
    void content() throws IOException {
        content = Files.createDirectories(dir.resolve("content"));
        for (String name : List.of("prr-x0tta6bl4-v3.3.0.md", "prr-x0tta6bl4-v3.4.0.md")) {
            Files.copy(Path.of("content", name), content.resolve(name));
        }
        seed = content.resolve("prr-x0tta6bl4-v3.4.0.md");
    }

    private LiveSiteBuild live() {
        return live(SiteCharts.NONE);
    }

    private LiveSiteBuild live(SiteCharts charts) {
        return new LiveSiteBuild(content, Optional.empty(),
                new ReviewLoader(ReviewPipeline.of(GonogoConfig.defaults())), SiteOptions.defaults(),
                Theme::defaultTheme, charts, SiteHistory.NONE);
    }

    /** Trend charts that print the points they are drawn from, so a stale trend shows in the page. */
    private static final SiteCharts POINTS = new SiteCharts() {
        @Override
        public List<RenderedChart> forReview(ReviewResult review) {
            return List.of();
        }

        @Override
        public List<RenderedChart> trend(String system, List<ReviewResult> versions) {
            String points = String.valueOf(Charts.trendPoints(versions));
            return List.of(new RenderedChart("trend", system, points, List.of(), List.of(), "<svg/>"));
        }
    };

    @Test
    void aSaveRewritesOnlyItsOwnSystemPageAndEverySaveGivesTheColdBuild() throws Exception {
        Path ledger = content.resolve("prr-ledger-service-2.8.0.md");
        Files.copy(Path.of("content/prr-ledger-service-2.8.0.md"), ledger);
        LiveSiteBuild build = live(POINTS);
        Path first = dir.resolve("build-1");
        build.build(first, null, Set.of());

        Files.writeString(seed, Files.readString(seed).replace("**83.5%**", "**85.7%**"));
        Path second = dir.resolve("build-2");
        build.build(second, first, Set.of(seed));

        assertThat(Files.isSameFile(first.resolve(LEDGER_SYSTEM), second.resolve(LEDGER_SYSTEM)))
                .as("an unaffected system's page is the previous build's file").isTrue();
        assertThat(Files.isSameFile(first.resolve(SEED_SYSTEM), second.resolve(SEED_SYSTEM))).isFalse();
        assertThat(Files.readString(second.resolve(SEED_SYSTEM))).contains("85.7");
        assertSameTree(second, coldBuild("cold-2"));

        // a save of another review: the seed's rows and trend are now remembered from the last build
        Files.writeString(ledger, Files.readString(ledger).replace("2026-02-03", "2026-02-04"));
        Path third = dir.resolve("build-3");
        build.build(third, second, Set.of(ledger));

        assertThat(Files.isSameFile(second.resolve(SEED_SYSTEM), third.resolve(SEED_SYSTEM))).isTrue();
        assertThat(Files.readString(third.resolve("index.html"))).contains("2026-02-04").contains("85.7");
        assertSameTree(third, coldBuild("cold-3"));
    }

    private Path coldBuild(String name) throws Exception {
        Path folder = dir.resolve(name);
        live(POINTS).build(folder, null, Set.of());
        return folder;
    }

    @Test
    void aSaveRendersOnlyTheChangedReviewAndTheListsAndGivesTheSameSiteAsAFullBuild() throws Exception {
        LiveSiteBuild build = live();
        Path first = dir.resolve("build-1");
        build.build(first, null, Set.of());
        String seedBefore = Files.readString(first.resolve(SEED_PAGE));

        Files.writeString(seed, Files.readString(seed).replace("**83.5%**", "**85.7%**"));
        Path second = dir.resolve("build-2");
        build.build(second, first, Set.of(seed));

        assertThat(Files.isSameFile(first.resolve(EARLIER_PAGE), second.resolve(EARLIER_PAGE)))
                .as("an unchanged review's page is the previous build's file").isTrue();
        assertThat(Files.isSameFile(first.resolve(SEED_PAGE), second.resolve(SEED_PAGE))).isFalse();
        assertThat(Files.readString(first.resolve(SEED_PAGE))).as("the served build never changes")
                .isEqualTo(seedBefore);
        assertThat(Files.readString(second.resolve(SEED_PAGE))).contains("85.7").isNotEqualTo(seedBefore);
        Path full = dir.resolve("full");
        live().build(full, null, Set.of());
        assertSameTree(second, full);
    }

    @Test
    void aSaveThatRenamesAReviewsVersionRendersTheWholeSite() throws Exception {
        LiveSiteBuild build = live();
        Path first = dir.resolve("build-1");
        build.build(first, null, Set.of());

        Files.writeString(seed, Files.readString(seed).replace("x0tta6bl4 v3.4.0-fixed2", "x0tta6bl4 v3.5.0"));
        Path second = dir.resolve("build-2");
        build.build(second, first, Set.of(seed));

        assertThat(second.resolve(SEED_PAGE)).as("the page of the old version is gone").doesNotExist();
        assertThat(second.resolve("reviews/x0tta6bl4-3.5.0.html")).isRegularFile();
        assertThat(Files.isSameFile(first.resolve(EARLIER_PAGE), second.resolve(EARLIER_PAGE))).isFalse();
        Path full = dir.resolve("full");
        live().build(full, null, Set.of());
        assertSameTree(second, full);
    }

    @Test
    void aChangeToAFileThatIsNoReviewReadsNothingAgain() throws Exception {
        LiveSiteBuild build = live();
        Path first = dir.resolve("build-1");
        build.build(first, null, Set.of());
        // an edit the watcher did not report (it reports every one): a full scan would read it, the update does not
        Files.writeString(seed, Files.readString(seed).replace("**83.5%**", "**85.7%**"));
        Path notes = Files.writeString(content.resolve("notes.txt"), "not a review");

        Path second = dir.resolve("build-2");
        build.build(second, first, Set.of(notes, content.resolve("4913")));

        assertThat(Files.isSameFile(first.resolve(SEED_PAGE), second.resolve(SEED_PAGE))).isTrue();
        Path third = dir.resolve("build-3");
        build.build(third, second, Set.of(seed));
        assertThat(Files.readString(third.resolve(SEED_PAGE))).contains("85.7");
    }

    @Test
    void aReviewDeletedOrAFolderReportedScansTheContentAgain() throws Exception {
        Path ledger = content.resolve("prr-ledger-service-2.8.0.md");
        Files.copy(Path.of("content/prr-ledger-service-2.8.0.md"), ledger);
        LiveSiteBuild build = live();
        Path first = dir.resolve("build-1");
        build.build(first, null, Set.of());

        Files.delete(ledger);
        Path second = dir.resolve("build-2");
        build.build(second, first, Set.of(ledger));
        assertThat(second.resolve(LEDGER_SYSTEM)).doesNotExist();

        // a watcher that lost events reports the folder: every file's size and time are looked at again
        Files.writeString(seed, Files.readString(seed).replace("**83.5%**", "**85.7%**"));
        Path third = dir.resolve("build-3");
        build.build(third, second, Set.of(content));
        assertThat(Files.readString(third.resolve(SEED_PAGE))).contains("85.7");
        Path full = dir.resolve("full");
        live().build(full, null, Set.of());
        assertSameTree(third, full);
    }

    @Test
    void aNewReviewRendersTheWholeSite() throws Exception {
        LiveSiteBuild build = live();
        Path first = dir.resolve("build-1");
        build.build(first, null, Set.of());

        Path added = content.resolve("prr-ledger-service-2.8.0.md");
        Files.copy(Path.of("content/prr-ledger-service-2.8.0.md"), added);
        Path second = dir.resolve("build-2");
        build.build(second, first, Set.of(added));

        assertThat(Files.isSameFile(first.resolve(EARLIER_PAGE), second.resolve(EARLIER_PAGE))).isFalse();
        assertThat(second.resolve("reviews/ledger-service-2.8.0.html")).isRegularFile();
    }

    @Test
    void aFailedBuildLeavesTheNextOneToRenderWhatItMissed() throws Exception {
        LiveSiteBuild build = live();
        Path first = dir.resolve("build-1");
        build.build(first, null, Set.of());
        Files.writeString(seed, Files.readString(seed).replace("**83.5%**", "**85.7%**"));
        Path failed = dir.resolve("build-2");
        Files.writeString(failed, "a file where the folder should be");
        try {
            build.build(failed, first, Set.of(seed));
        } catch (IOException expected) {
            // the folder cannot be created: the build fails and the server keeps the first build
        }

        Path third = dir.resolve("build-3");
        build.build(third, first, Set.of());

        assertThat(Files.readString(third.resolve(SEED_PAGE))).contains("85.7");
    }

    private static void assertSameTree(Path actual, Path expected) throws IOException {
        try (Stream<Path> files = Files.walk(expected)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path other = actual.resolve(expected.relativize(file).toString());
                assertThat(Files.mismatch(file, other)).as("%s", expected.relativize(file)).isEqualTo(-1L);
            }
        }
        try (Stream<Path> a = Files.walk(actual); Stream<Path> e = Files.walk(expected)) {
            assertThat(a.filter(Files::isRegularFile).count()).isEqualTo(e.filter(Files::isRegularFile).count());
        }
    }
}
