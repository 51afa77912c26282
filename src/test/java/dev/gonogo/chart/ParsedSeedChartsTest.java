package dev.gonogo.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.check.ReviewResult;
import dev.gonogo.model.Review;
import dev.gonogo.parse.ReviewParser;
import dev.gonogo.parse.Vocabulary;
import dev.gonogo.source.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The charts of the seed review as the parser reads it (the other chart tests build their reviews by hand). */
class ParsedSeedChartsTest {

    private static List<RenderedChart> charts;

    @BeforeAll
    static void parseAndDrawTheSeed() throws IOException {
        try (InputStream in = ParsedSeedChartsTest.class.getResourceAsStream("/seed/prr-x0tta6bl4-v3.4.0.md")) {
            Review review = new ReviewParser(Vocabulary.defaults())
                    .parse(new SourceReader().decode(in.readAllBytes(), "prr-x0tta6bl4-v3.4.0.md"));
            charts = new Charts().forReview(new ReviewResult(review, List.of()));
        }
    }

    @Test
    void theMatrixChartShowsTheSeedsContributionsAndItsStatedScore() {
        RenderedChart matrix = charts.get(0);

        assertThat(matrix.id()).isEqualTo("matrix");
        assertThat(matrix.rows()).extracting(row -> row.get(3))
                .containsExactly("28.5", "21.25", "19.4", "10.5", "6", "85.65", "83.5");
        assertThat(matrix.description()).endsWith("Stated score 83.5 (Go with conditions), 2.15 below the computed "
                + "score.");
        Svg svg = Svg.parse(matrix.svg());
        assertThat(svg.bars(ChartTheme.BLUE, false)).hasSize(6);
        assertThat(svg.textContents()).contains("Technical Readiness", "Observability", "Stated 83.5");
    }

    @Test
    void theChecklistChartGroupsTheSeedsTwentySixItems() {
        RenderedChart checklist = charts.get(1);

        assertThat(checklist.id()).isEqualTo("checklist");
        assertThat(checklist.rows()).containsExactly(
                List.of("Must Have (Критично) › Technical Readiness", "5", "0", "5"),
                List.of("Must Have (Критично) › Testing", "4", "2", "6"),
                List.of("Must Have (Критично) › Infrastructure", "4", "2", "6"),
                List.of("Should Have (Желательно) › Observability", "1", "3", "4"),
                List.of("Should Have (Желательно) › Operations", "3", "2", "5"));
    }

    @Test
    void theSeedsThreeMetricsWithATargetMeetIt() {
        RenderedChart metrics = charts.get(2);

        assertThat(metrics.id()).isEqualTo("metrics");
        assertThat(metrics.rows().get(0)).containsExactly("Met", "3",
                "MTTD (Mean Time To Detect), MTTR (Mean Time To Recover), Mesh Convergence");
        assertThat(metrics.rows().get(1)).containsExactly("Missed", "0", "");
        assertThat(metrics.rows()).hasSize(3);
    }
}
