package dev.gonogo.check;

import static dev.gonogo.check.TestReviews.matrix;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.model.Matrix;
import org.junit.jupiter.api.Test;

class MatrixArithmeticTest {

    private static final Matrix SEED = matrix(142, "100", "30:95", "25:85", "20:97", "15:70", "10:60");

    @Test
    void weightedScoreOfTheSeedIsExactly85point65WithItsArithmetic() {
        MatrixArithmetic weighted = MatrixArithmetic.weighted(SEED).orElseThrow();

        assertThat(weighted.result()).isEqualByComparingTo("85.65");
        assertThat(weighted.expression()).isEqualTo("30%×95 + 25%×85 + 20%×97 + 15%×70 + 10%×60 = 85.65");
    }

    @Test
    void averageAndSumOfAnUnweightedTable() {
        Matrix scores = matrix(10, "100", "80", "85", "90", "95", "100", "100", "100", "105");

        assertThat(MatrixArithmetic.average(scores).orElseThrow().expression())
                .isEqualTo("(80 + 85 + 90 + 95 + 100 + 100 + 100 + 105) / 8 = 94.375");
        assertThat(MatrixArithmetic.sum(scores).orElseThrow().result()).isEqualByComparingTo("755");
    }

    @Test
    void aRunningQuotientIsShownRounded() {
        Matrix scores = matrix(10, "100", "70", "72", "73");

        assertThat(MatrixArithmetic.average(scores).orElseThrow().expression()).endsWith("/ 3 ≈ 71.67");
    }

    @Test
    void nothingIsComputedWhenANumberIsMissing() {
        assertThat(MatrixArithmetic.weighted(matrix(1, "100", "50:90", "50:TBD"))).isEmpty();
        assertThat(MatrixArithmetic.weighted(matrix(1, "100", "x:90", "50:80"))).isEmpty();
    }
}
