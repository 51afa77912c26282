package dev.gonogo.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MatrixChartRendererTest {

    private final MatrixChartRenderer renderer = new MatrixChartRenderer(Locale.ENGLISH);
    private final MatrixChartData seed = MatrixChartData.of(Reviews.seed()).orElseThrow();

    @Test
    void tableAndDescriptionCarryTheNumbers() {
        RenderedChart chart = renderer.render(seed);

        assertThat(chart.id()).isEqualTo("matrix");
        assertThat(chart.title()).isEqualTo("Decision matrix");
        assertThat(chart.columns()).containsExactly("Criterion", "Weight (%)", "Score (of 100)", "Contribution");
        assertThat(chart.rows()).containsExactly(
                List.of("Technical Readiness", "30", "95", "28.5"),
                List.of("Testing", "25", "85", "21.25"),
                List.of("Security", "20", "97", "19.4"),
                List.of("Infrastructure", "15", "70", "10.5"),
                List.of("Observability", "10", "60", "6"),
                List.of("Computed score", "100", "", "85.65"),
                List.of("Stated score", "", "", "83.5"));
        assertThat(chart.description())
                .startsWith("Computed score 85.65 of 100 from 5 weighted criteria: "
                        + "Technical Readiness contributes 28.5 (weight 30%, score 95); Testing contributes 21.25")
                .endsWith("Stated score 83.5 (Go with conditions), 2.15 below the computed score.");
    }

    @Test
    void oneFilledAndOneOutlinedBarPerCriterionPlusTheTotal() {
        Svg svg = Svg.parse(renderer.render(seed).svg());

        assertThat(svg.bars(ChartTheme.BLUE, false)).hasSize(6);
        assertThat(svg.bars(ChartTheme.BLUE, true)).hasSize(6);
    }

    @Test
    void criteriaTotalsAndTheStatedMarkerAreText() {
        Svg svg = Svg.parse(renderer.render(seed).svg());

        assertThat(svg.textContents()).contains("Technical Readiness", "Testing", "Security", "Infrastructure",
                "Observability", "Computed score", "28.5 / 30", "6 / 10", "85.65 / 100", "Stated 83.5",
                "Contribution (weight × score)", "Not earned", "Score points (of 100)", "0", "50", "100");
        assertThat(svg.root().select("line[style*=stroke:rgb(217,72,15)]")).hasSize(1);
    }

    @Test
    void aCriterionWithoutANumberIsNamedButHasNoBar() {
        MatrixChartData data = new MatrixChartData("Decision Matrix", seed.scale(), true,
                List.of(seed.criteria().get(0), new MatrixChartData.Criterion("Testing", null, null, null, null,
                        seed.criteria().get(1).offset())),
                null, seed.stated(), "");

        RenderedChart chart = renderer.render(data);
        Svg svg = Svg.parse(chart.svg());

        assertThat(svg.bars(ChartTheme.BLUE, false)).hasSize(1);
        assertThat(svg.textContents()).contains("Testing (no number)", "Computed score");
        assertThat(chart.rows()).contains(List.of("Testing", "—", "—", "—"), List.of("Computed score", "—", "", "—"));
        assertThat(chart.description()).contains("unavailable because Testing lack a number").endsWith(
                "Stated score 83.5.");
    }

    @Test
    void anUnweightedTableIsTitledAsAnAverage() {
        MatrixChartData data = new MatrixChartData("Scores", seed.scale(), false, List.of(), null, null, "");

        RenderedChart chart = renderer.render(data);

        assertThat(chart.title()).isEqualTo("Scores (plain average)");
        assertThat(chart.description()).endsWith("No overall score is stated.");
    }

    @Test
    void renderingIsDeterministic() {
        assertThat(renderer.render(seed).svg()).isEqualTo(new MatrixChartRenderer(Locale.ENGLISH).render(seed).svg());
    }

    @Test
    void theRootIsAnAccessibleResponsiveImage() {
        RenderedChart chart = renderer.render(seed);
        Element root = Svg.parse(chart.svg()).root();

        assertThat(root.attr("role")).isEqualTo("img");
        assertThat(root.attr("class")).isEqualTo("chart-image");
        assertThat(root.attr("aria-labelledby")).isEqualTo("chart-matrix-title chart-matrix-desc");
        assertThat(root.selectFirst("title#chart-matrix-title").text()).isEqualTo(chart.title());
        assertThat(root.selectFirst("desc#chart-matrix-desc").text()).isEqualTo(chart.description());
        assertThat(root.child(0).tagName()).isEqualTo("title");
        assertThat(root.attr("viewBox")).matches("0 0 640 \\d+");
        assertThat(root.hasAttr("width")).isFalse();
        assertThat(root.hasAttr("height")).isFalse();
        assertThat(root.attributes().asList()).noneMatch(a -> a.getKey().startsWith("xmlns:"));
        assertThat(chart.svg()).startsWith("<svg ").doesNotContain("<?xml", "<!DOCTYPE", "jfreesvg");
    }
}
