package dev.gonogo.check.rules;

import static dev.gonogo.check.TestReviews.matrix;
import static dev.gonogo.check.TestReviews.review;
import static dev.gonogo.check.TestReviews.statement;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gonogo.check.CheckSettings;
import dev.gonogo.check.Finding;
import dev.gonogo.check.Location;
import dev.gonogo.check.RuleRunner;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.Review;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic rules on hand-built models: weights-sum, score-mismatch, average-mismatch, score-range. */
class ScoreRulesTest {

    private static final Matrix SEED = matrix(142, "100", "30:95", "25:85", "20:97", "15:70", "10:60");
    private static final StatedScoreMatchesMatrixRule SCORE =
            new StatedScoreMatchesMatrixRule(CheckSettings.DEFAULT_TOLERANCE);

    @Test
    void theSeedsStated83point5IsReportedWithItsArithmeticAndTheFix() {
        Review review = review().matrix(SEED).stated(statement("83.5", 150)).build();

        List<Finding> findings = RuleRunner.run(SCORE, review);

        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.location()).isEqualTo(new Location("review.md", 150, 20, ""));
        assertThat(finding.message()).isEqualTo("\"Overall Score\" states 83.5% but the matrix gives "
                + "30%×95 + 25%×85 + 20%×97 + 15%×70 + 10%×60 = 85.65, which rounds to 85.7; write 85.7% "
                + "(gonogo check --fix does) or correct the matrix (line 142)");
        assertThat(finding.related()).extracting(Location::line).containsExactly(142);
    }

    @Test
    void aScoreRoundedHalfUpAtItsOwnPrecisionIsRight() {
        for (String right : List.of("85.65", "85.7", "86", "85.650")) {
            Review review = review().matrix(SEED).stated(statement(right, 150)).build();
            assertThat(RuleRunner.run(SCORE, review)).as(right).isEmpty();
        }
        for (String wrong : List.of("85.6", "85", "85.64", "85.66")) {
            Review review = review().matrix(SEED).stated(statement(wrong, 150)).build();
            assertThat(RuleRunner.run(SCORE, review)).as(wrong).hasSize(1);
        }
    }

    @Test
    void anApproximateScoreIsAllowedTheTolerance() {
        Review close = review().matrix(SEED).stated(statement("88", 150, true, "100")).build();
        Review far = review().matrix(SEED).stated(statement("83", 150, true, "100")).build();

        assertThat(RuleRunner.run(SCORE, close)).isEmpty();
        assertThat(RuleRunner.run(SCORE, far)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("~83%", "more than ±2.5 away", "write ~86%"));
        assertThat(RuleRunner.run(new StatedScoreMatchesMatrixRule(new BigDecimal("3")), far)).isEmpty();
    }

    @Test
    void scalesOtherThanHundredAreRespected() {
        Matrix tenPoint = matrix(10, "10", "50:8", "50:8.3");
        Review right = review().matrix(tenPoint).stated(statement("8.2", 20, false, "10")).build();
        Review rightInPercent = review().matrix(tenPoint).stated(statement("81.5", 20, false, "100")).build();
        Review wrong = review().matrix(tenPoint).stated(statement("8.1", 20, false, "10")).build();

        assertThat(RuleRunner.run(SCORE, right)).isEmpty();
        assertThat(RuleRunner.run(SCORE, rightInPercent)).isEmpty();
        assertThat(RuleRunner.run(SCORE, wrong)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("8.1/10", "= 8.15", "rounds to 8.2"));
    }

    @Test
    void weightsThatDoNotTotal100AreReportedAndTheScoreIsNotJudged() {
        Review review = review().matrix(matrix(5, "100", "60:90", "30:80")).stated(statement("78", 12)).build();

        assertThat(RuleRunner.run(SCORE, review)).isEmpty();
        assertThat(RuleRunner.run(new WeightsSumTo100Rule(), review)).singleElement().satisfies(f -> {
            assertThat(f.location().line()).isEqualTo(5);
            assertThat(f.message()).contains("60% + 30% = 90%, not 100%", "add 10 points");
        });
    }

    @Test
    void weightsTotallingExactly100AreFine() {
        Review review = review().matrix(SEED).build();

        assertThat(RuleRunner.run(new WeightsSumTo100Rule(), review)).isEmpty();
    }

    @Test
    void averageMismatchAcceptsAverageOrSumAndReportsNeither() {
        Matrix scores = matrix(10, "100", "80", "85", "90", "95", "100", "100", "100", "105");
        StatedTotalMatchesAverageRule rule = new StatedTotalMatchesAverageRule(CheckSettings.DEFAULT_TOLERANCE);

        assertThat(RuleRunner.run(rule, review().matrix(scores).stated(statement("94.4", 30)).build())).isEmpty();
        assertThat(RuleRunner.run(rule, review().matrix(scores).stated(statement("755", 30)).build())).isEmpty();
        assertThat(RuleRunner.run(rule, review().matrix(scores).stated(statement("95", 30)).build()))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("95%", "average (80 + 85", "= 94.375", "sum 755",
                        "write 94%"));
    }

    @Test
    void scoreRangeReportsNegativeOversizedAndNonNumericCells() {
        Review review = review().matrix(matrix(5, "100", "50:120", "60:abc", "-10:50"))
                .stated(statement("100.9", 20)).build();

        List<Finding> findings = RuleRunner.run(new ScoresWithinRangeRule(), review);

        assertThat(findings).extracting(f -> f.location().line()).containsExactly(7, 8, 9, 20);
        assertThat(findings.get(0).message()).contains("score 120", "outside 0–100");
        assertThat(findings.get(1).message()).contains("score \"abc\"", "not a number");
        assertThat(findings.get(2).message()).contains("weight -10", "outside 0–100%");
        assertThat(findings.get(3).message()).contains("100.9", "outside 0–100");
    }
}
