package dev.gonogo.cli;

import dev.gonogo.chart.Charts;
import dev.gonogo.chart.RenderedChart;
import dev.gonogo.chart.TrendPoint;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.site.SiteCharts;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Charts for {@code serve}: a review's charts are drawn once per checked review and handed out again while the
 * review is unchanged (serve keeps unchanged reviews as the same objects, compared by identity); a system's trend
 * once per list of {@linkplain Charts#trendPoints points} it draws (compared by value: a few fields per version, where
 * comparing the reviews' summaries would hash their whole models on every build). A save redraws only the charts
 * it affects.
 * Thread-safe.
 */
final class RememberedCharts implements SiteCharts {
    private final SiteCharts drawn;
    private final Map<ReviewResult, List<RenderedChart>> reviews =
            Collections.synchronizedMap(new IdentityHashMap<>());
    /** By value: the site hands system pages fresh summaries of the reviews on every full build. */
    private final Map<TrendKey, List<RenderedChart>> trends = new ConcurrentHashMap<>();
    private final Set<TrendKey> trendsUsed = ConcurrentHashMap.newKeySet();

    /** A system's trend is drawn from its name and its versions' points, nothing else. */
    private record TrendKey(String system, List<TrendPoint> points) {
    }

    RememberedCharts(SiteCharts drawn) {
        this.drawn = drawn;
    }

    @Override
    public List<RenderedChart> forReview(ReviewResult review) {
        List<RenderedChart> charts = reviews.get(review);
        if (charts == null) {
            charts = drawn.forReview(review);
            reviews.put(review, charts);
        }
        return charts;
    }

    @Override
    public List<RenderedChart> trend(String system, List<ReviewResult> versions) {
        TrendKey key = new TrendKey(system, Charts.trendPoints(versions));
        trendsUsed.add(key);
        return trends.computeIfAbsent(key, k -> drawn.trend(system, versions));
    }

    /**
     * Forgets the charts of reviews no longer current and the trends the last build did not ask for, so a long
     * session does not keep every old version.
     */
    void keepOnly(List<ReviewResult> current) {
        Set<ReviewResult> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(current);
        synchronized (reviews) {
            reviews.keySet().removeIf(review -> !kept.contains(review));
        }
        trends.keySet().retainAll(trendsUsed);
        trendsUsed.clear();
    }
}
