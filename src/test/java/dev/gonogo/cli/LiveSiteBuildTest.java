package dev.gonogo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.chart.Charts;
import dev.gonogo.chart.RenderedChart;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.config.GonogoConfig;
import dev.gonogo.pipeline.ReviewPipeline;
import dev.gonogo.serve.SiteLayers;
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
import java.util.TreeSet;
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
        SiteLayers first = build.build(dir.resolve("build-1"), null, Set.of());

        Files.writeString(seed, Files.readString(seed).replace("**83.5%**", "**85.7%**"));
        SiteLayers second = build.build(dir.resolve("build-2"), first, Set.of(seed));

        assertThat(Files.isSameFile(served(first, LEDGER_SYSTEM), served(second, LEDGER_SYSTEM)))
                .as("an unaffected system's page is the previous build's file").isTrue();
        assertThat(Files.isSameFile(served(first, SEED_SYSTEM), served(second, SEED_SYSTEM))).isFalse();
        assertThat(Files.readString(served(second, SEED_SYSTEM))).contains("85.7");
        assertSameTree(second, coldBuild("cold-2"));

        // a save of another review: the seed's rows and trend are now remembered from the last build
        Files.writeString(ledger, Files.readString(ledger).replace("2026-02-03", "2026-02-04"));
        SiteLayers third = build.build(dir.resolve("build-3"), second, Set.of(ledger));

        assertThat(Files.isSameFile(served(second, SEED_SYSTEM), served(third, SEED_SYSTEM))).isTrue();
        assertThat(third.folders()).as("a save's files laid over the first build").hasSize(2)
                .endsWith(first.base());
        assertThat(files(SiteLayers.of(third.folders().get(0)))).as("two reviews' files, two system pages, the index")
                .hasSize(11).contains("index.html", SEED_SYSTEM, LEDGER_SYSTEM, SEED_PAGE);
        assertThat(Files.readString(served(third, "index.html"))).contains("2026-02-04").contains("85.7");
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
        SiteLayers first = build.build(dir.resolve("build-1"), null, Set.of());
        String seedBefore = Files.readString(served(first, SEED_PAGE));

        Files.writeString(seed, Files.readString(seed).replace("**83.5%**", "**85.7%**"));
        SiteLayers second = build.build(dir.resolve("build-2"), first, Set.of(seed));

        assertThat(Files.isSameFile(served(first, EARLIER_PAGE), served(second, EARLIER_PAGE)))
                .as("an unchanged review's page is the previous build's file").isTrue();
        assertThat(Files.isSameFile(served(first, SEED_PAGE), served(second, SEED_PAGE))).isFalse();
        assertThat(Files.readString(served(first, SEED_PAGE))).as("the served build never changes")
                .isEqualTo(seedBefore);
        assertThat(Files.readString(served(second, SEED_PAGE))).contains("85.7").isNotEqualTo(seedBefore);
        Path full = live().build(dir.resolve("full"), null, Set.of()).base();
        assertSameTree(second, full);
    }

    @Test
    void aSaveThatRenamesAReviewsVersionRendersTheWholeSite() throws Exception {
        LiveSiteBuild build = live();
        SiteLayers first = build.build(dir.resolve("build-1"), null, Set.of());

        Files.writeString(seed, Files.readString(seed).replace("x0tta6bl4 v3.4.0-fixed2", "x0tta6bl4 v3.5.0"));
        SiteLayers second = build.build(dir.resolve("build-2"), first, Set.of(seed));

        assertThat(served(second, SEED_PAGE)).as("the page of the old version is gone").doesNotExist();
        assertThat(served(second, "reviews/x0tta6bl4-3.5.0.html")).isRegularFile();
        assertThat(Files.isSameFile(served(first, EARLIER_PAGE), served(second, EARLIER_PAGE))).isFalse();
        Path full = live().build(dir.resolve("full"), null, Set.of()).base();
        assertSameTree(second, full);
    }

    @Test
    void aChangeToAFileThatIsNoReviewReadsNothingAgain() throws Exception {
        LiveSiteBuild build = live();
        SiteLayers first = build.build(dir.resolve("build-1"), null, Set.of());
        // an edit the watcher did not report (it reports every one): a full scan would read it, the update does not
        Files.writeString(seed, Files.readString(seed).replace("**83.5%**", "**85.7%**"));
        Path notes = Files.writeString(content.resolve("notes.txt"), "not a review");

        SiteLayers second = build.build(dir.resolve("build-2"), first, Set.of(notes, content.resolve("4913")));

        assertThat(Files.isSameFile(served(first, SEED_PAGE), served(second, SEED_PAGE))).isTrue();
        SiteLayers third = build.build(dir.resolve("build-3"), second, Set.of(seed));
        assertThat(Files.readString(served(third, SEED_PAGE))).contains("85.7");
    }

    @Test
    void aReviewDeletedOrAFolderReportedScansTheContentAgain() throws Exception {
        Path ledger = content.resolve("prr-ledger-service-2.8.0.md");
        Files.copy(Path.of("content/prr-ledger-service-2.8.0.md"), ledger);
        LiveSiteBuild build = live();
        SiteLayers first = build.build(dir.resolve("build-1"), null, Set.of());

        Files.delete(ledger);
        SiteLayers second = build.build(dir.resolve("build-2"), first, Set.of(ledger));
        assertThat(served(second, LEDGER_SYSTEM)).doesNotExist();

        // a watcher that lost events reports the folder: every file's size and time are looked at again
        Files.writeString(seed, Files.readString(seed).replace("**83.5%**", "**85.7%**"));
        SiteLayers third = build.build(dir.resolve("build-3"), second, Set.of(content));
        assertThat(Files.readString(served(third, SEED_PAGE))).contains("85.7");
        Path full = live().build(dir.resolve("full"), null, Set.of()).base();
        assertSameTree(third, full);
    }

    @Test
    void aNewReviewRendersTheWholeSite() throws Exception {
        LiveSiteBuild build = live();
        SiteLayers first = build.build(dir.resolve("build-1"), null, Set.of());

        Path added = content.resolve("prr-ledger-service-2.8.0.md");
        Files.copy(Path.of("content/prr-ledger-service-2.8.0.md"), added);
        SiteLayers second = build.build(dir.resolve("build-2"), first, Set.of(added));

        assertThat(Files.isSameFile(served(first, EARLIER_PAGE), served(second, EARLIER_PAGE))).isFalse();
        assertThat(served(second, "reviews/ledger-service-2.8.0.html")).isRegularFile();
    }

    @Test
    void aFailedBuildLeavesTheNextOneToRenderWhatItMissed() throws Exception {
        LiveSiteBuild build = live();
        SiteLayers first = build.build(dir.resolve("build-1"), null, Set.of());
        Files.writeString(seed, Files.readString(seed).replace("**83.5%**", "**85.7%**"));
        Path failed = dir.resolve("build-2");
        Files.writeString(failed, "a file where the folder should be");
        try {
            build.build(failed, first, Set.of(seed));
        } catch (IOException expected) {
            // the folder cannot be created: the build fails and the server keeps the first build
        }

        SiteLayers third = build.build(dir.resolve("build-3"), first, Set.of());

        assertThat(Files.readString(served(third, SEED_PAGE))).contains("85.7");
    }

    /** The file the server sends for a path inside the site; a path that does not exist when none has it. */
    private static Path served(SiteLayers site, String relative) {
        return site.find(relative).orElse(site.folders().get(0).resolve(relative));
    }

    /** The site as served, its folders laid over each other, is byte for byte the folder {@code expected}. */
    private static void assertSameTree(SiteLayers actual, Path expected) throws IOException {
        try (Stream<Path> files = Files.walk(expected)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path other = served(actual, expected.relativize(file).toString());
                assertThat(Files.mismatch(file, other)).as("%s", expected.relativize(file)).isEqualTo(-1L);
            }
        }
        assertThat(files(actual)).isEqualTo(files(SiteLayers.of(expected)));
    }

    private static Set<String> files(SiteLayers site) throws IOException {
        Set<String> files = new TreeSet<>();
        for (Path folder : site.folders()) {
            try (Stream<Path> tree = Files.walk(folder)) {
                tree.filter(Files::isRegularFile).forEach(file -> files.add(folder.relativize(file).toString()));
            }
        }
        return files;
    }
}
