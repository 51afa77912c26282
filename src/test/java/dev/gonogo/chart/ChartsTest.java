package dev.gonogo.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.check.ReviewResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChartsTest {

    private final Charts charts = new Charts();

    @Test
    void aReviewPageGetsMatrixChecklistAndMetricsInThatOrder() {
        assertThat(charts.forReview(Reviews.seedResult())).extracting(RenderedChart::id)
                .containsExactly("matrix", "checklist", "metrics");
    }

    @Test
    void onlyChartsWithDataAreDrawn() {
        assertThat(charts.forReview(new ReviewResult(Reviews.empty(), List.of()))).isEmpty();
        ReviewResult checklistOnly = new ReviewResult(
                Reviews.review(null, null, Reviews.seedChecklist(), List.of()), List.of());
        assertThat(charts.forReview(checklistOnly)).extracting(RenderedChart::id).containsExactly("checklist");
    }

    @Test
    void aTrendNeedsTwoPointsWithAScore() {
        TrendPoint one = TrendPoint.of("v1", new BigDecimal("80"), new BigDecimal("81"));
        TrendPoint two = TrendPoint.of("v2", new BigDecimal("84"), null);

        assertThat(charts.trend("x0tta6bl4", List.of(one))).isEmpty();
        assertThat(charts.trend("x0tta6bl4", List.of(one, two))).map(RenderedChart::id).contains("trend");
        assertThat(charts.history("prr.md", List.of(one, two))).map(RenderedChart::id).contains("history");
    }

    @Test
    void aTrendOfCheckedReviewsIsLabelledWithTheirVersions() {
        ReviewResult older = new ReviewResult(Reviews.review(Reviews.seedMatrix(), Reviews.stated("80", "100", "No-Go"),
                List.of(), List.of()), List.of());
        ReviewResult newer = Reviews.seedResult();

        RenderedChart trend = charts.trendOfReviews("x0tta6bl4", List.of(older, newer)).orElseThrow();

        assertThat(trend.rows()).extracting(row -> row.get(0)).containsExactly("3.4.0-fixed2", "3.4.0-fixed2");
        assertThat(trend.rows().get(0)).containsExactly("3.4.0-fixed2", "80", "85.65", "No-Go", "0");
        assertThat(trend.description()).contains("The verdict changed at 3.4.0-fixed2 (Go with conditions)");
    }

    @Test
    void wordsFollowTheInterfaceLanguageAndNumbersDoNot() {
        List<RenderedChart> russian = new Charts(Locale.forLanguageTag("ru")).forReview(Reviews.seedResult());

        assertThat(russian.get(0).title()).isEqualTo("Матрица решений");
        assertThat(russian.get(0).description()).startsWith("Расчётная оценка 85.65 из 100");
        assertThat(Svg.parse(russian.get(0).svg()).textContents()).contains("Заявлено 83.5", "28.5 / 30");
        assertThat(russian.get(1).columns()).containsExactly("Группа", "Выполнено", "Открыто", "Всего");
    }

    @Test
    void aLanguageWithoutWordsFallsBackToEnglishNotToTheMachineLocale() {
        assertThat(new Charts(Locale.GERMAN).forReview(Reviews.seedResult()).get(0).title())
                .isEqualTo("Decision matrix");
    }

    @Test
    void oneInstanceDrawsTheSameChartsFromManyThreads() {
        List<RenderedChart> expected = charts.forReview(Reviews.seedResult());

        List<List<RenderedChart>> parallel = IntStream.range(0, 8).parallel()
                .mapToObj(i -> charts.forReview(Reviews.seedResult()))
                .toList();

        assertThat(parallel).allSatisfy(result -> assertThat(result).isEqualTo(expected));
    }

    @Test
    void twoRendersOfTheSameReviewAreIdentical() {
        assertThat(new Charts().forReview(Reviews.seedResult())).isEqualTo(charts.forReview(Reviews.seedResult()));
    }
}
