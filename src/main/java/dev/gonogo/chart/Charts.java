package dev.gonogo.chart;

import dev.gonogo.check.ReviewResult;
import dev.gonogo.model.Review;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The charts of the site: what a review page and a system page show, each as SVG plus the same data as a table.
 * Stateless and thread-safe; the first chart in a JVM pays for AWT and font start-up (about a second), later
 * ones take milliseconds.
 */
public final class Charts {

    private final MatrixChartRenderer matrix;
    private final ChecklistChartRenderer checklist;
    private final MetricChartRenderer metrics;
    private final TrendChartRenderer trend;

    /** Charts with English words. */
    public Charts() {
        this(Locale.ENGLISH);
    }

    /** Charts with words in the interface language ({@code en} or {@code ru}; others fall back to English). */
    public Charts(Locale language) {
        ChartText text = new ChartText(language);
        this.matrix = new MatrixChartRenderer(text);
        this.checklist = new ChecklistChartRenderer(text);
        this.metrics = new MetricChartRenderer(text);
        this.trend = new TrendChartRenderer(text);
    }

    /**
     * The charts of a review page, in page order — decision matrix ({@code matrix}), checklist completion
     * ({@code checklist}), metric status ({@code metrics}) — each only when the review has that data.
     */
    public List<RenderedChart> forReview(ReviewResult result) {
        Review review = result.review();
        List<RenderedChart> charts = new ArrayList<>();
        MatrixChartData.of(review).map(matrix::render).ifPresent(charts::add);
        ChecklistChartData.of(review).map(checklist::render).ifPresent(charts::add);
        MetricChartData.of(review).map(metrics::render).ifPresent(charts::add);
        return List.copyOf(charts);
    }

    /**
     * The score across a system's versions (id {@code trend}), points in the caller's order (version, then date);
     * empty when there are fewer than two points or none has a score.
     */
    public Optional<RenderedChart> trend(String system, List<TrendPoint> points) {
        return TrendChartData.of(system, points).map(data -> trend.render(TrendChartRenderer.Kind.TREND, data));
    }

    /**
     * The score across a system's checked reviews (id {@code trend}), given in version order: each point is labelled
     * with the review's version, or its file name when it states none.
     */
    public Optional<RenderedChart> trendOfReviews(String system, List<ReviewResult> versions) {
        return trend(system, trendPoints(versions));
    }

    /**
     * The points {@link #trendOfReviews} draws for these reviews: the whole input of the chart besides the system's
     * name, and a few fields per review, so callers may key remembered trends by it.
     */
    public static List<TrendPoint> trendPoints(List<ReviewResult> versions) {
        return versions.stream().map(r -> TrendPoint.of(label(r.review()), r)).toList();
    }

    /**
     * The score across the commits of one review (id {@code history}), oldest first; empty when there are fewer
     * than two points or none has a score.
     */
    public Optional<RenderedChart> history(String review, List<TrendPoint> points) {
        return TrendChartData.of(review, points).map(data -> trend.render(TrendChartRenderer.Kind.HISTORY, data));
    }

    private static String label(Review review) {
        if (review.version() != null && !review.version().isBlank()) {
            return review.version();
        }
        String path = review.source().path();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
