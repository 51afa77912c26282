package dev.gonogo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.chart.RenderedChart;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.history.ReviewBuilder;
import dev.gonogo.site.SiteCharts;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RememberedChartsTest {
    private final AtomicInteger drawn = new AtomicInteger();
    private final SiteCharts counting = new SiteCharts() {
        @Override
        public List<RenderedChart> forReview(ReviewResult review) {
            return List.of(chart("review-" + drawn.incrementAndGet()));
        }

        @Override
        public List<RenderedChart> trend(String system, List<ReviewResult> versions) {
            return List.of(chart("trend-" + drawn.incrementAndGet()));
        }
    };

    private static RenderedChart chart(String id) {
        return new RenderedChart(id, id, id, List.of(), List.of(), "<svg/>");
    }

    @Test
    void drawsOncePerReviewObjectAndForgetsReviewsThatAreGone() {
        RememberedCharts charts = new RememberedCharts(counting);
        ReviewResult a = ReviewBuilder.review("a.md").build();
        ReviewResult equalButNew = ReviewBuilder.review("a.md").build();

        assertThat(charts.forReview(a)).isSameAs(charts.forReview(a));
        assertThat(charts.trend("ledger", List.of(a))).isSameAs(charts.trend("ledger", List.of(a)));
        assertThat(drawn).hasValue(2);
        charts.forReview(equalButNew);
        assertThat(drawn).as("a review read again is drawn again, even when equal").hasValue(3);

        assertThat(charts.trend("ledger", List.of(equalButNew))).as("trends compare by the points they draw").isSameAs(charts.trend("ledger", List.of(a)));
        assertThat(drawn).hasValue(3);

        charts.keepOnly(List.of(equalButNew));
        charts.forReview(a);
        assertThat(drawn).as("a forgotten review is drawn again").hasValue(4);
        charts.trend("ledger", List.of(a));
        assertThat(drawn).as("a trend the last build used is kept").hasValue(4);
        charts.keepOnly(List.of(equalButNew));
        charts.keepOnly(List.of(equalButNew));
        charts.trend("ledger", List.of(a));
        assertThat(drawn).as("a trend two builds did not use is forgotten").hasValue(5);
    }

    @Test
    void aTrendIsDrawnAgainOnlyWhenAPointItDrawsChanges() {
        RememberedCharts charts = new RememberedCharts(counting);
        ReviewResult scored = ReviewBuilder.review("a.md").stated("80", "GO").build();
        ReviewResult otherItems = ReviewBuilder.review("a.md").stated("80", "GO").item("Backups tested", true).build();
        ReviewResult rescored = ReviewBuilder.review("a.md").stated("70", "GO").build();

        List<RenderedChart> first = charts.trend("ledger", List.of(scored));
        assertThat(charts.trend("ledger", List.of(otherItems)))
                .as("a change the trend does not draw (a checklist item) keeps it").isSameAs(first);
        assertThat(drawn).hasValue(1);

        assertThat(charts.trend("ledger", List.of(rescored))).as("a new stated score redraws it").isNotEqualTo(first);
        assertThat(charts.trend("payments", List.of(scored))).as("so does another system").isNotEqualTo(first);
        assertThat(drawn).hasValue(3);
    }
}
