package dev.gonogo.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.chart.TrendChartRenderer.Kind;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TrendChartRendererTest {

    private final TrendChartRenderer renderer = new TrendChartRenderer(Locale.ENGLISH);
    private final TrendChartData versions = TrendChartData.of("x0tta6bl4", TrendChartDataTest.VERSIONS).orElseThrow();

    @Test
    void tableAndDescriptionListEveryPointAndWhatChanged() {
        RenderedChart chart = renderer.render(Kind.TREND, versions);

        assertThat(chart.id()).isEqualTo("trend");
        assertThat(chart.title()).isEqualTo("Score across versions of x0tta6bl4");
        assertThat(chart.columns()).containsExactly("Version", "Stated", "Computed", "Verdict", "Errors");
        assertThat(chart.rows()).containsExactly(
                List.of("v3.2.0", "72", "70.5", "No-Go", "0"),
                List.of("v3.3.0", "80", "78.25", "No-Go", "1"),
                List.of("v3.3.1", "—", "—", "—", "1"),
                List.of("v3.4.0", "83.5", "85.65", "Go with conditions", "1"),
                List.of("v3.4.1", "88", "88", "Go", "0"));
        assertThat(chart.description()).isEqualTo("Stated and computed score (in percent) of x0tta6bl4 at 5 points: "
                + "v3.2.0 stated 72, computed 70.5; v3.3.0 stated 80, computed 78.25; v3.3.1 stated —, computed —; "
                + "v3.4.0 stated 83.5, computed 85.65; v3.4.1 stated 88, computed 88. The verdict changed at "
                + "v3.4.0 (Go with conditions), v3.4.1 (Go). Errors appeared at v3.3.0. Errors were fixed at v3.4.1.");
    }

    @Test
    void twoLinesWithPointsAndLabelledMarkers() {
        Svg svg = Svg.parse(renderer.render(Kind.TREND, versions).svg());

        assertThat(svg.textContents()).contains("v3.2.0", "v3.3.0", "v3.3.1", "v3.4.0", "v3.4.1",
                "Stated score", "Computed score", "→ Go with conditions", "→ Go", "errors", "errors fixed", "80%");
        // Filled points of the computed score, one per point with a score, and its legend shape.
        assertThat(svg.root().select("g[style^=fill:rgb(28,126,214)] > path")).hasSize(4 + 1);
        assertThat(svg.root().select("g[style^=fill:rgb(217,72,15)] > path")).hasSize(4 + 1);
        // Line segments join neighbouring points that have a score (v3.3.1 has none).
        assertThat(svg.root().select("line[style*=stroke:rgb(28,126,214)]")).hasSize(2);
        assertThat(svg.root().select("line[style*=stroke:rgb(174,62,201)]")).hasSize(2);
        assertThat(svg.root().select("line[style*=stroke:rgb(224,49,49)]")).hasSize(2);
    }

    @Test
    void aHistoryIsTheSameChartUnderItsOwnId() {
        List<TrendPoint> commits = IntStream.range(0, 30)
                .mapToObj(i -> TrendPoint.of("2026-01-%02d a1b2c3%d".formatted(i + 1, i % 10),
                        java.math.BigDecimal.valueOf(60 + i), java.math.BigDecimal.valueOf(61 + i)))
                .toList();

        RenderedChart chart = renderer.render(Kind.HISTORY, TrendChartData.of("prr.md", commits).orElseThrow());
        Svg svg = Svg.parse(chart.svg());

        assertThat(chart.id()).isEqualTo("history");
        assertThat(chart.title()).isEqualTo("Score history of prr.md");
        assertThat(chart.columns().get(0)).isEqualTo("Change");
        assertThat(svg.ids()).allMatch(id -> id.startsWith("chart-history"));
        assertThat(svg.root().attr("viewBox")).isEqualTo("0 0 1280 320");
    }
}
