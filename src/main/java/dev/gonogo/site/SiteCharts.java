package dev.gonogo.site;

import dev.gonogo.chart.RenderedChart;
import dev.gonogo.check.ReviewResult;
import java.util.List;

/**
 * Where the site gets its charts. The chart package draws them; the command line passes its implementation in,
 * and tests pass fixed charts.
 */
public interface SiteCharts {

    /** Draws nothing: a site without charts. */
    SiteCharts NONE = new SiteCharts() {
        @Override
        public List<RenderedChart> forReview(ReviewResult review) {
            return List.of();
        }

        @Override
        public List<RenderedChart> trend(String system, List<ReviewResult> versions) {
            return List.of();
        }
    };

    /** The charts of a review page, ids unique on the page and stable across builds. */
    List<RenderedChart> forReview(ReviewResult review);

    /** The score trend of a system's reviews, given in version order; empty for fewer than two. */
    List<RenderedChart> trend(String system, List<ReviewResult> versions);
}
