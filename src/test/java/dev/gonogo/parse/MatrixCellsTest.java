package dev.gonogo.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.gonogo.model.Matrix;
import dev.gonogo.model.MatrixRow;
import dev.gonogo.model.Problem;
import dev.gonogo.model.Review;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * What each odd way of writing a decision-matrix cell means (the catalogue in docs/limits.md): read as a number,
 * or a problem on that row's line. A row with a problem stays in the matrix, so the rules can still point at it.
 */
class MatrixCellsTest {

    private static final ReviewParser PARSER = new ReviewParser(Vocabulary.defaults());

    private static Review parse(String rows) {
        return PARSER.parse(Documents.of("# R\n\n## Decision Matrix\n\n| Criterion | Weight | Score |\n"
                + "|---|---|---|\n" + rows));
    }

    @Test
    void weightsWrittenWithASpaceADecimalCommaOrAsAFractionAreRead() {
        Review review = parse("| A | 30 % | 80 |\n| B | 30,5% | 80 |\n| C | 0.3 | 80 |\n| D | 39,5 % | 80 |\n");
        assertThat(review.matrix().rows()).extracting(MatrixRow::criterion, MatrixRow::weight).containsExactly(
                tuple("A", new BigDecimal("30")), tuple("B", new BigDecimal("30.5")),
                tuple("C", new BigDecimal("0.3")), tuple("D", new BigDecimal("39.5")));
        assertThat(review.problems()).isEmpty();
    }

    @Test
    void vulgarFractionsAndNegativeWeightsAreProblemsOnTheirLine() {
        Review review = parse("| A | ½ | 80 |\n| B | -10% | 80 |\n| C | −5 % | 80 |\n| D | 110% | 80 |\n");
        assertThat(review.problems()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(7, "the weight '½' of 'A' is not a number; write it as a percentage such as 20%"),
                tuple(8, "the weight '-10%' of 'B' is negative; a weight is a share of the whole, such as 20%"),
                tuple(9, "the weight '−5 %' of 'C' is negative; a weight is a share of the whole, such as 20%"));
        // above 100% is a number: the weights-sum rule reports the total, 110 + the rest
        assertThat(review.matrix().rows().get(3).weight()).isEqualByComparingTo("110");
        assertThat(review.matrix().computedScore()).as("no score while weights are missing").isNull();
    }

    @Test
    void emptyCellsAreProblemsAndEmptyRowsAreSkipped() {
        Review review = parse("| A | 50% | 80 |\n|  |  |  |\n| B |  | 70 |\n| C | 50% |  |\n");
        assertThat(review.matrix().rows()).extracting(MatrixRow::criterion).containsExactly("A", "B", "C");
        assertThat(review.problems()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(9, "the weight '' of 'B' is not a number; write it as a percentage such as 20%"),
                tuple(10, "the score '' of 'C' is not a number"));
    }

    @Test
    void aRepeatedCriterionCountsTwiceAndIsNamedOnItsSecondLine() {
        Review review = parse("| Security | 50% | 80 |\n| Testing | 25% | 60 |\n| security | 25% | 100 |\n");
        Matrix matrix = review.matrix();
        assertThat(matrix.rows()).hasSize(3);
        assertThat(matrix.weightTotal()).isEqualByComparingTo("100");
        // 0.5 × 80 + 0.25 × 60 + 0.25 × 100 = 80
        assertThat(matrix.computedScore()).isEqualByComparingTo("80");
        assertThat(review.problems()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(9, "the criterion 'security' is listed twice (first on line 7); both rows count"));
    }

    @Test
    void aTableFiveThousandColumnsWideIsReadAsTextWithAProblem() {
        String text = "# R\n\n" + "| c ".repeat(5_000) + "|\n" + "|---".repeat(5_000) + "|\n"
                + "| 1 ".repeat(5_000) + "|\n";
        Review review = SmallStack.parse(text);
        assertThat(review.matrices()).isEmpty();
        assertThat(review.problems()).extracting(Problem::line, Problem::message)
                .containsExactly(tuple(4, "a rule line of 20001 characters was shortened"));
    }

    @Test
    void aTableOneHundredColumnsWideIsStillATable() {
        String text = "# R\n\n| Criterion | Weight | Score" + " | x".repeat(97) + " |\n" + "|---".repeat(100)
                + "|\n| A | 100% | 90" + " | 1".repeat(97) + " |\n";
        Review review = PARSER.parse(Documents.of(text));
        assertThat(review.matrix().headers()).hasSize(100);
        assertThat(review.matrix().computedScore()).isEqualByComparingTo("90");
    }
}
