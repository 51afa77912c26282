package dev.gonogo.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gonogo.check.Finding;
import dev.gonogo.check.Location;
import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.Severity;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.Review;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendChartDataTest {

    static TrendPoint point(String label, String stated, String computed, String verdict, int errors) {
        return new TrendPoint(label, stated == null ? null : new BigDecimal(stated),
                computed == null ? null : new BigDecimal(computed), verdict, errors);
    }

    static final List<TrendPoint> VERSIONS = List.of(
            point("v3.2.0", "72", "70.5", "No-Go", 0),
            point("v3.3.0", "80", "78.25", "No-Go", 1),
            point("v3.3.1", null, null, "", 1),
            point("v3.4.0", "83.5", "85.65", "Go with conditions", 1),
            point("v3.4.1", "88", "88", "Go", 0));

    @Test
    void verdictChangesCompareWithTheLastKnownVerdict() {
        TrendChartData data = TrendChartData.of("x0tta6bl4", VERSIONS).orElseThrow();

        assertThat(data.verdictChanges()).containsExactly(3, 4);
    }

    @Test
    void errorChangesMarkWhereErrorsAppearedAndWhereTheyWereFixed() {
        TrendChartData data = TrendChartData.of("x0tta6bl4", VERSIONS).orElseThrow();

        assertThat(data.errorChanges()).containsExactly(1, 4);
        assertThat(data.hasErrors(1)).isTrue();
        assertThat(data.hasErrors(4)).isFalse();
        assertThat(new TrendChartData("s", List.of(point("a", "1", "1", "", 2), point("b", "1", "1", "", 2)))
                .errorChanges()).containsExactly(0);
    }

    @Test
    void oneVersionOrNoScoreIsNoTrend() {
        assertThat(TrendChartData.of("s", VERSIONS.subList(0, 1))).isEmpty();
        assertThat(TrendChartData.of("s", List.of(point("a", null, null, "", 0), point("b", null, null, "", 0))))
                .isEmpty();
        assertThat(TrendChartData.of("s", List.of(TrendPoint.of("a", null, BigDecimal.ONE),
                TrendPoint.of("b", null, null)))).isPresent();
    }

    @Test
    void aPointOfACheckedReviewTakesItsScoresInPercentItsVerdictAndItsErrors() {
        Matrix tenPoint = new Matrix("Scores", 10, List.of(),
                List.of(Reviews.row("Reliability", "100", "8.1", 12)), true,
                new BigDecimal("100"), new BigDecimal("10"), new BigDecimal("8.1"), null);
        Review review = Reviews.review(tenPoint, Reviews.stated("8", "10", "Go"), List.of(), List.of());
        Location here = new Location("content/prr.md", 150, 22, "");
        ReviewResult result = new ReviewResult(review, List.of(
                new Finding("score-mismatch", Severity.ERROR, "stated 80 but computed 81", here, List.of()),
                new Finding("status-conflict", Severity.WARNING, "conflict", here, List.of())));

        TrendPoint point = TrendPoint.of("v1.0", result);

        assertThat(point.stated()).isEqualByComparingTo("80");
        assertThat(point.computed()).isEqualByComparingTo("81");
        assertThat(point.verdict()).isEqualTo("Go");
        assertThat(point.errors()).isEqualTo(1);
        assertThat(TrendPoint.of("v0", new ReviewResult(Reviews.empty(), List.of())).hasScore()).isFalse();
    }

    @Test
    void errorsCannotBeNegative() {
        assertThatThrownBy(() -> point("a", "1", "1", "", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
