package dev.gonogo.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.chart.MatrixChartData.Criterion;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.Review;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixChartDataTest {

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    @Test
    void seedMatrixContributionsAddUpToTheComputedScore() {
        MatrixChartData data = MatrixChartData.of(Reviews.seed()).orElseThrow();

        assertThat(data.criteria()).extracting(c -> plain(c.contribution()))
                .containsExactly("28.5", "21.25", "19.4", "10.5", "6");
        assertThat(data.criteria().stream().map(Criterion::contribution).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("85.65");
        assertThat(data.computed()).isEqualByComparingTo("85.65");
        assertThat(data.stated()).isEqualByComparingTo("83.5");
        assertThat(data.verdict()).isEqualTo("Go with conditions");
        assertThat(data.difference()).isEqualByComparingTo("-2.15");
    }

    @Test
    void eachStepStartsWhereThePreviousEndedAndShowsWhatItsWeightLeft() {
        MatrixChartData data = MatrixChartData.of(Reviews.seed()).orElseThrow();

        assertThat(data.criteria()).extracting(c -> plain(c.offset()))
                .containsExactly("0", "28.5", "49.75", "69.15", "79.65");
        assertThat(data.criteria()).extracting(c -> plain(c.maximum(data.scale())))
                .containsExactly("30", "25", "20", "15", "10");
        assertThat(data.criteria()).extracting(c -> plain(c.notEarned(data.scale())))
                .containsExactly("1.5", "3.75", "0.6", "4.5", "4");
        assertThat(data.maximum()).isEqualByComparingTo("100");
        assertThat(data.incomplete()).isEmpty();
    }

    @Test
    void numbersStayOnTheMatrixScaleAndTheStatedScoreIsConverted() {
        Matrix tenPoint = new Matrix("Scores", 10, List.of("Criterion", "Weight", "Score"),
                List.of(Reviews.row("Reliability", "50", "8", 12), Reviews.row("Security", "50", "9", 13)), true,
                new BigDecimal("100"), new BigDecimal("10"), new BigDecimal("8.5"), null);
        Review review = Reviews.review(tenPoint, Reviews.stated("81", "100", ""), List.of(), List.of());

        MatrixChartData data = MatrixChartData.of(review).orElseThrow();

        assertThat(data.criteria()).extracting(c -> plain(c.contribution())).containsExactly("4", "4.5");
        assertThat(data.criteria()).extracting(c -> plain(c.maximum(data.scale()))).containsExactly("5", "5");
        assertThat(data.maximum()).isEqualByComparingTo("10");
        assertThat(data.stated()).isEqualByComparingTo("8.1");
        assertThat(data.difference()).isEqualByComparingTo("-0.4");
    }

    @Test
    void anUnweightedTableGivesEachCriterionAnEqualShareOfThePlainAverage() {
        Matrix plain = new Matrix("Scores", 10, List.of("Criterion", "Score"),
                List.of(Reviews.row("A", null, "90", 12), Reviews.row("B", null, "80", 13),
                        Reviews.row("C", null, "70", 14)),
                false, null, new BigDecimal("100"), new BigDecimal("80"), null);
        Review review = Reviews.review(plain, null, List.of(), List.of());

        MatrixChartData data = MatrixChartData.of(review).orElseThrow();

        assertThat(data.weighted()).isFalse();
        assertThat(data.criteria()).extracting(Criterion::weight).containsOnlyNulls();
        assertThat(data.criteria()).extracting(c -> Decimals.format(c.contribution()))
                .containsExactly("30", "26.67", "23.33");
        assertThat(Decimals.format(data.maximum())).isEqualTo("100");
        assertThat(data.computed()).isEqualByComparingTo("80");
        assertThat(data.stated()).isNull();
        assertThat(data.difference()).isNull();
    }

    @Test
    void aCriterionWithoutANumberHasNoStepAndTheOthersCloseTheGap() {
        Matrix matrix = new Matrix("Decision Matrix", 142, List.of(),
                List.of(Reviews.row("Technical Readiness", "30", "95", 144), Reviews.row("Testing", "25", "85", 145),
                        Reviews.row("Infrastructure", "15", null, 147), Reviews.row("Observability", null, "60", 148)),
                true, null, new BigDecimal("100"), null, null);
        Review review = Reviews.review(matrix, Reviews.stated("83.5", "100", ""), List.of(), List.of());

        MatrixChartData data = MatrixChartData.of(review).orElseThrow();

        assertThat(data.incomplete()).extracting(Criterion::name).containsExactly("Infrastructure", "Observability");
        assertThat(data.criteria()).extracting(c -> plain(c.offset())).containsExactly("0", "28.5", "49.75", "49.75");
        assertThat(data.criteria().get(3).maximum(data.scale())).isNull();
        assertThat(data.maximum()).isNull();
        assertThat(data.computed()).isNull();
        assertThat(data.difference()).isNull();
    }

    @Test
    void theMatrixTotalRowStandsInWhenNoOverallScoreIsStated() {
        Matrix seed = Reviews.seedMatrix();
        Matrix withTotal = new Matrix(seed.title(), seed.line(), seed.headers(), seed.rows(), true,
                seed.weightTotal(), seed.scale(), seed.computedScore(), Reviews.stated("85.7", "100", ""));
        Review review = Reviews.review(withTotal, null, List.of(), List.of());

        assertThat(MatrixChartData.of(review).orElseThrow().stated()).isEqualByComparingTo("85.7");
    }

    @Test
    void noMatrixNoData() {
        assertThat(MatrixChartData.of(Reviews.empty())).isEmpty();
        Matrix noRows = new Matrix("Decision Matrix", 1, List.of(), List.of(), true, null, new BigDecimal("100"),
                null, null);
        assertThat(MatrixChartData.of(Reviews.review(noRows, null, List.of(), List.of()))).isEmpty();
    }
}
