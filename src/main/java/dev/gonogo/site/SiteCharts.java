package dev.gonogo.site;

import dev.gonogo.chart.Charts;
import dev.gonogo.chart.RenderedChart;
import dev.gonogo.check.ReviewResult;
import java.util.List;
import java.util.Locale;

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

    /** The chart package's charts, their words in the interface language. */
    static SiteCharts drawn(Locale language) {
        Charts charts = new Charts(language);
        return new SiteCharts() {
            @Override
            public List<RenderedChart> forReview(ReviewResult review) {
                return charts.forReview(review);
            }

            @Override
            public List<RenderedChart> trend(String system, List<ReviewResult> versions) {
                return charts.trendOfReviews(system, versions).map(List::of).orElse(List.of());
            }
        };
    }
}
