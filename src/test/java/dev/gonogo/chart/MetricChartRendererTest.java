package dev.gonogo.chart;

import dev.gonogo.check.TargetOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MetricChartRendererTest {

    private final MetricChartRenderer renderer = new MetricChartRenderer(Locale.ENGLISH);

    @Test
    void seedMetricsAllMeetTheirTargetsAndMostStateNone() {
        RenderedChart chart = renderer.render(MetricChartData.of(Reviews.seed()).orElseThrow());

        assertThat(chart.id()).isEqualTo("metrics");
        assertThat(chart.description()).isEqualTo(
                "Of 9 metrics, 3 meet their target, 0 miss it and 6 state no target.");
        assertThat(chart.columns()).containsExactly("Status", "Metrics", "Which");
        assertThat(chart.rows()).containsExactly(
                List.of("Met", "3", "MTTD (Mean Time To Detect), MTTR (Mean Time To Recover), Mesh Convergence"),
                List.of("Missed", "0", ""),
                List.of("No target", "6", "Error Rate, Response Time (p95), Throughput, Latency (p95), "
                        + "Memory per node, Security Score"));
        Svg svg = Svg.parse(chart.svg());
        assertThat(svg.bars(ChartTheme.BLUE, false)).hasSize(1);
        assertThat(svg.bars(ChartTheme.ORANGE, false)).isEmpty();
        assertThat(svg.bars(ChartTheme.GREY, true)).hasSize(1);
        assertThat(svg.textContents()).contains("Met", "Missed", "No target", "3", "0", "6");
        assertThat(svg.textContents()).doesNotContain("Unknown");
    }

    @Test
    void missedAndUnknownMetricsGetTheirOwnBars() {
        MetricChartData data = new MetricChartData(List.of(
                new MetricChartData.Result("MTTR", "4min", "<3min", TargetOutcome.MISSED),
                new MetricChartData.Result("Memory", "10MB", "<5s", TargetOutcome.UNKNOWN),
                new MetricChartData.Result("Uptime", "99.95%", ">99.9%", TargetOutcome.MET)));

        RenderedChart chart = renderer.render(data);
        Svg svg = Svg.parse(chart.svg());

        assertThat(chart.description()).isEqualTo("Of 3 metrics, 1 meet their target, 1 miss it and 0 state no "
                + "target. For 1 of them the value neither meets nor misses the target for certain.");
        assertThat(chart.rows()).extracting(row -> row.get(0))
                .containsExactly("Met", "Missed", "No target", "Unknown");
        assertThat(svg.bars(ChartTheme.ORANGE, false)).hasSize(1);
        assertThat(svg.bars(ChartTheme.BLUE, false)).hasSize(1);
        assertThat(svg.bars(ChartTheme.GREY, true)).hasSize(1);
        assertThat(svg.textContents()).contains("Unknown");
    }
}
