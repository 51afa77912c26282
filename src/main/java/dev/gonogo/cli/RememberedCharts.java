package dev.gonogo.cli;

import dev.gonogo.chart.RenderedChart;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.site.SiteCharts;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Charts for {@code serve}: each drawn once per checked review (or per list of them, for a system's trend) and
 * handed out again while the review is unchanged — serve keeps unchanged reviews as the same objects — so a
 * save redraws only the charts it affects. Results are compared by identity; the memory of a review goes when
 * it is read again. Thread-safe.
 */
final class RememberedCharts implements SiteCharts {
    private final SiteCharts drawn;
    private final Map<ReviewResult, List<RenderedChart>> reviews =
            Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<List<Identity>, List<RenderedChart>> trends = new ConcurrentHashMap<>();

    /** Compares a review result by identity inside a list key. */
    private record Identity(ReviewResult result) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.result == result;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(result);
        }
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
    public List<RenderedChart> trend(List<ReviewResult> versions) {
        List<Identity> key = versions.stream().map(Identity::new).toList();
        return trends.computeIfAbsent(key, k -> drawn.trend(versions));
    }

    /** Forgets the charts of reviews no longer current, so a long session does not keep every old version. */
    void keepOnly(List<ReviewResult> current) {
        Set<ReviewResult> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(current);
        synchronized (reviews) {
            reviews.keySet().removeIf(review -> !kept.contains(review));
        }
        trends.keySet().removeIf(key -> key.stream().anyMatch(id -> !kept.contains(id.result())));
    }
}
