package dev.gonogo.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gonogo.bench.CorpusGenerator;
import dev.gonogo.chart.RenderedChart;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.config.GonogoConfig;
import dev.gonogo.pipeline.ReviewFile;
import dev.gonogo.pipeline.ReviewFiles;
import dev.gonogo.pipeline.ReviewPipeline;
import dev.gonogo.site.page.ListPageBuilder;
import dev.gonogo.site.page.Messages;
import dev.gonogo.site.page.PageFrame;
import dev.gonogo.site.page.PlannedReview;
import dev.gonogo.site.page.PlannedSystem;
import dev.gonogo.site.page.ReviewDocument;
import dev.gonogo.site.page.SitePlan;
import dev.gonogo.site.page.SitePlanner;
import dev.gonogo.source.SourceDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build reads reviews a batch at a time and keeps only their summaries for the index and system pages. These
 * tests hold it to the pages a build from full documents gives: if a list page starts using a part of the model
 * that {@link ReviewDocument#summary()} drops, they fail.
 */
class StreamedBuildTest {
    /** The content folder plus more generated reviews than one batch holds, five versions per system. */
    private static final int GENERATED = 130;
    private static final Messages MSG = Messages.forLanguage(Locale.ENGLISH);
    private static final SiteOptions OPTIONS = new SiteOptions(Locale.ENGLISH, "https://example.org/reviews/", null,
            SiteOptions.defaults().tolerance());

    private static List<ReviewDocument> documents;

    @TempDir
    Path site;

    @BeforeAll
    static void readReviews(@TempDir Path corpus) throws IOException {
        CorpusGenerator.fromProjectSeed(20260110L).write(GENERATED, corpus.resolve("generated"));
        Files.copy(SiteFixtures.CONTENT.resolve(SiteFixtures.SEED_FILE), corpus.resolve(SiteFixtures.SEED_FILE));
        ReviewPipeline pipeline = ReviewPipeline.of(GonogoConfig.defaults());
        List<ReviewDocument> read = new ArrayList<>();
        for (ReviewFile file : ReviewFiles.collect(List.of(corpus))) {
            String path = corpus.relativize(file.file()).toString().replace('\\', '/');
            SourceDocument source = pipeline.reader().read(file.file(), path);
            read.add(new ReviewDocument(pipeline.check(source), source.text()));
        }
        documents = List.copyOf(read);
    }

    @Test
    void listPagesFromSummariesEqualThoseFromFullDocuments() {
        Map<String, String> full = listPages(SitePlan.of(documents));
        Map<String, String> summaries = listPages(SitePlan.of(documents.stream().map(ReviewDocument::summary).toList()));

        assertThat(full).hasSize(2 + GENERATED / 5 + 1);
        assertThat(summaries).containsExactlyEntriesOf(full);
    }

    @Test
    void aStreamedBuildWritesEveryReviewAndTheSameIndexAsOneFromFullDocuments() throws IOException {
        SiteGenerator generator = new SiteGenerator(Theme.defaultTheme(), OPTIONS, new DrawnSiteCharts(Locale.ENGLISH),
                new JsonReviewExports());

        SiteSummary summary = generator.generate(documents, site);

        assertThat(summary.reviews()).isEqualTo(documents.size());
        Map<String, String> expected = listPages(SitePlan.of(documents));
        for (Map.Entry<String, String> page : expected.entrySet()) {
            assertThat(Files.readString(site.resolve(page.getKey()), StandardCharsets.UTF_8))
                    .as(page.getKey()).isEqualTo(page.getValue());
        }
        for (PlannedReview review : SitePlan.of(documents).reviews()) {
            assertThat(site.resolve(review.links().page())).isNotEmptyFile();
            assertThat(site.resolve(review.links().source())).isNotEmptyFile();
        }
    }

    @Test
    void summariesDropTheTextAndTheBulkOfTheModelButKeepFindings() {
        ReviewDocument seed = documents.stream()
                .filter(d -> d.result().review().source().path().equals(SiteFixtures.SEED_FILE))
                .findFirst().orElseThrow();

        ReviewDocument summary = seed.summary();

        assertThat(summary.text()).isEmpty();
        assertThat(summary.result().review().checklist()).isEmpty();
        assertThat(summary.result().review().metrics()).isEmpty();
        assertThat(summary.result().review().allSections()).allSatisfy(s -> assertThat(s.entries()).isEmpty())
                .hasSameSizeAs(seed.result().review().allSections().toList());
        assertThat(summary.result().findings()).isEqualTo(seed.result().findings());
        assertThat(summary.result().review().matrix()).isEqualTo(seed.result().review().matrix());
    }

    @Test
    void thePlannerRefusesReviewsOutOfPathOrder() {
        List<ReviewDocument> twoFirst = documents.subList(0, 2);
        SitePlanner planner = new SitePlanner();
        planner.add(twoFirst.get(1));

        assertThatThrownBy(() -> planner.add(twoFirst.get(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path order");
    }

    /** The index, every system page (with its trend chart) and the sitemap, rendered as a build renders them. */
    private static Map<String, String> listPages(SitePlan plan) {
        PageRenderer renderer = new PageRenderer(Theme.defaultTheme());
        ListPageBuilder lists = new ListPageBuilder(MSG, OPTIONS.tolerance());
        DrawnSiteCharts charts = new DrawnSiteCharts(Locale.ENGLISH);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("index.html", renderer.render("index.ftlh",
                lists.index(plan, new PageFrame("", MSG.text("index.title"), MSG, ""))));
        for (PlannedSystem system : plan.systems()) {
            if (system.hasPage()) {
                List<ReviewResult> versions = system.versions().stream().map(v -> v.document().result()).toList();
                List<RenderedChart> trend = charts.trend(system.name(), versions);
                pages.put(system.page(), renderer.render("system.ftlh",
                        lists.system(system, new PageFrame("../", system.name(), MSG, ""), trend)));
            }
        }
        pages.put("sitemap.xml", renderer.render("sitemap.ftlx", lists.sitemap(plan, OPTIONS.baseUrl())));
        return pages;
    }
}
