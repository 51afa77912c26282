package dev.gonogo.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.chart.RenderedChart;
import dev.gonogo.history.VersionSummary;
import dev.gonogo.history.git.HistoryPoint;
import dev.gonogo.history.git.ReviewHistory;
import dev.gonogo.site.page.ReviewDocument;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history section of a review page, from a hand-made history (the git side is tested in history.git). */
class HistorySectionTest {
    private static final String SEED_PAGE = "reviews/x0tta6bl4-3.4.0-fixed2.html";

    @TempDir
    Path temp;

    private static HistoryPoint point(String date, String id, String subject, String stated, String verdict,
                                      int open, int errors) {
        return new HistoryPoint(OffsetDateTime.parse(date + "T10:00:00+01:00"), id + "0".repeat(33), id,
                "Ann Author", subject, "content/prr.md",
                new VersionSummary(new BigDecimal(stated), new BigDecimal("85.65"), verdict, open, errors, 0, ""));
    }

    private Document seedPage(SiteHistory history) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("site"));
        new SiteGenerator(Theme.defaultTheme(), SiteOptions.defaults(), SiteCharts.NONE, new JsonReviewExports(),
                history).generate(List.of(SiteFixtures.seed()), folder);
        return Jsoup.parse(folder.resolve(SEED_PAGE).toFile());
    }

    @Test
    void everyCommitNewestFirstWithTheTurningPointsMarked() throws IOException {
        ReviewHistory history = new ReviewHistory("content/prr.md", ReviewHistory.Availability.COMPLETE, "",
                List.of(point("2026-01-07", "a1b2c3d", "First draft", "80", "Go with conditions", 6, 0),
                        point("2026-01-08", "b2c3d4e", "Stated score <script>", "83.5", "Go with conditions", 4, 1),
                        point("2026-01-09", "c3d4e5f", "Verdict: Go", "85.7", "Go", 4, 0)));
        RenderedChart chart = new RenderedChart("history", "Score history", "Stated and computed score by commit.",
                List.of("Commit", "Stated"), List.of(List.of("a1b2c3d", "80")),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Score history</title></svg>");

        Document page = seedPage(document -> Optional.of(new SiteHistory.Section(history, List.of(chart))));

        Element section = page.selectFirst("section#history");
        assertThat(section.selectFirst("h2").text()).isEqualTo("History");
        assertThat(section.select(".history-note")).isEmpty();
        assertThat(section.select("figure#fig-history svg title").text()).isEqualTo("Score history");
        Elements rows = section.select("table.history-table tbody tr");
        assertThat(rows).extracting(r -> r.selectFirst("th code").text())
                .containsExactly("c3d4e5f", "b2c3d4e", "a1b2c3d");
        assertThat(rows.get(0).select("td").eachText())
                .containsExactly("2026-01-09", "Ann Author", "Verdict: Go verdict changed errors fixed", "85.7",
                        "85.65", "Go", "4", "0");
        assertThat(rows.get(1).select(".history-mark").eachText()).containsExactly("errors appeared");
        assertThat(rows.get(1).select("td").get(2).text()).isEqualTo("Stated score <script> errors appeared");
        assertThat(section.select("script")).as("commit messages are escaped").isEmpty();
        assertThat(rows.get(2).hasClass("history-turn")).isFalse();
        assertThat(rows.get(0).hasClass("history-turn")).isTrue();
    }

    @Test
    void aReviewOutsideGitSaysSo() throws IOException {
        ReviewHistory none = new ReviewHistory("content/prr.md", ReviewHistory.Availability.NO_REPOSITORY,
                "No history: content/prr.md is not inside a git repository.", List.of());

        Document page = seedPage(document -> Optional.of(new SiteHistory.Section(none, List.of())));

        assertThat(page.select("section#history .history-note").text())
                .isEqualTo("No history: content/prr.md is not inside a git repository.");
        assertThat(page.select("section#history table")).isEmpty();
    }

    @Test
    void noSectionWithoutHistory() throws IOException {
        assertThat(seedPage(SiteHistory.NONE).select("section#history")).isEmpty();
    }

    @Test
    void theSectionIsAskedForEachReviewDocument() throws IOException {
        List<ReviewDocument> asked = new java.util.ArrayList<>();
        seedPage(document -> {
            asked.add(document);
            return Optional.empty();
        });
        assertThat(asked).extracting(d -> d.result().review().source().path()).hasSize(1);
    }
}
