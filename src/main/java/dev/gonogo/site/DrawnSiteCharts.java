package dev.gonogo.site;

import dev.gonogo.chart.Charts;
import dev.gonogo.chart.RenderedChart;
import dev.gonogo.check.ReviewResult;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The site's charts drawn by the chart package (JFreeChart to SVG), labelled in the site's language. */
public final class DrawnSiteCharts implements SiteCharts {
    private final Charts charts;

    public DrawnSiteCharts(Locale language) {
        this.charts = new Charts(Objects.requireNonNull(language, "language"));
    }

    @Override
    public List<RenderedChart> forReview(ReviewResult review) {
        return charts.forReview(review);
    }

    @Override
    public List<RenderedChart> trend(String system, List<ReviewResult> versions) {
        return charts.trendOfReviews(system, versions).stream().toList();
    }
}
