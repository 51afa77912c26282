package dev.gonogo.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gonogo.check.ReviewResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * How long the review charts take, off by default:
 * {@code mvn -q -o test -Dtest=ChartBenchmarkTest -Dchart.benchmark=true}. Prints the cost of the first render in
 * the JVM (AWT and font start-up) and the mean per chart over 1,000 renders of the seed's three charts after
 * a warm-up, as wall-clock time and as the thread's CPU time (which a busy shared machine inflates less).
 */
class ChartBenchmarkTest {

    private static final int WARM_UP = 200;
    private static final int ROUNDS = 1000;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Test
    void reviewCharts() {
        assumeTrue(Boolean.getBoolean("chart.benchmark"), "benchmark runs only with -Dchart.benchmark=true");
        Charts charts = new Charts(Locale.ENGLISH);
        ReviewResult seed = Reviews.seedResult();

        long start = System.nanoTime();
        List<RenderedChart> first = charts.forReview(seed);
        double firstMs = (System.nanoTime() - start) / 1e6;
        for (int i = 0; i < WARM_UP; i++) {
            charts.forReview(seed);
        }
        long[] nanos = new long[6];
        Renderers renderers = new Renderers(new MatrixChartRenderer(Locale.ENGLISH),
                new ChecklistChartRenderer(Locale.ENGLISH), new MetricChartRenderer(Locale.ENGLISH));
        for (int i = 0; i < ROUNDS; i++) {
            time(renderers, seed, nanos);
        }
        System.out.printf(Locale.ROOT, "first forReview (3 charts, cold JVM): %.0f ms%n", firstMs);
        String[] ids = {"matrix", "checklist", "metrics"};
        for (int i = 0; i < ids.length; i++) {
            System.out.printf(Locale.ROOT, "%-9s %.2f ms wall, %.2f ms CPU per chart (mean of %d after %d warm-up), "
                    + "%d bytes%n", ids[i], nanos[i] / 1e6 / ROUNDS, nanos[i + 3] / 1e6 / ROUNDS, ROUNDS, WARM_UP,
                    first.get(i).svg().length());
        }
        assertThat(charts.forReview(seed)).isEqualTo(first);
    }

    private record Renderers(MatrixChartRenderer matrix, ChecklistChartRenderer checklist,
                             MetricChartRenderer metrics) {
    }

    /** Adds the wall time of each chart (data included) to slots 0–2 and its CPU time to slots 3–5. */
    private static void time(Renderers renderers, ReviewResult seed, long[] nanos) {
        List<Runnable> charts = List.of(
                () -> renderers.matrix().render(MatrixChartData.of(seed.review()).orElseThrow()),
                () -> renderers.checklist().render(ChecklistChartData.of(seed.review()).orElseThrow()),
                () -> renderers.metrics().render(MetricChartData.of(seed.review()).orElseThrow()));
        for (int i = 0; i < charts.size(); i++) {
            long wall = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            charts.get(i).run();
            nanos[i + 3] += CPU.getCurrentThreadCpuTime() - cpu;
            nanos[i] += System.nanoTime() - wall;
        }
    }
}
