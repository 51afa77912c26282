package dev.gonogo.check.rules;

import dev.gonogo.check.Decimals;
import dev.gonogo.check.FindingSink;
import dev.gonogo.check.MatrixArithmetic;
import dev.gonogo.check.Rule;
import dev.gonogo.check.RuleInfo;
import dev.gonogo.check.Severity;
import dev.gonogo.check.StatedScores;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.MatrixRow;
import dev.gonogo.model.Review;
import dev.gonogo.model.ScoreStatement;
import java.math.BigDecimal;
import java.util.List;

/** {@code score-range}: weights and scores are numbers between 0 and their maximum. */
public final class ScoresWithinRangeRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("score-range",
            "Weights and scores are numbers within their scale", Severity.ERROR,
            "A weight above 100% or a score above its scale (120/100) is a typo or an inflated claim, and a cell "
                    + "that is not a number makes the weighted score impossible to compute.",
            """
            | Criterion | Weight | Score |
            |-----------|--------|-------|
            | Testing   | 70%    | 120%  |
            | Security  | 30%    | TBD   |
            """,
            """
            | Criterion | Weight | Score |
            |-----------|--------|-------|
            | Testing   | 70%    | 100%  |
            | Security  | 30%    | 80%   |
            """);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Review review, FindingSink sink) {
        for (Matrix matrix : review.matrices()) {
            for (MatrixRow row : matrix.rows()) {
                checkWeight(matrix, row, sink);
                checkScore(matrix, row, sink);
            }
        }
        for (ScoreStatement statement : StatedScores.all(review)) {
            if (outside(statement.value(), statement.scale()) && !isSumOfItsTable(review, statement)) {
                sink.report(statement.line(), statement.column(),
                        "the stated score " + statement.valueText() + " is outside 0–"
                                + Decimals.plain(statement.scale()) + "; a score cannot exceed its scale",
                        List.of());
            }
        }
    }

    private static void checkWeight(Matrix matrix, MatrixRow row, FindingSink sink) {
        if (!matrix.weighted()) {
            return;
        }
        if (row.weight() == null) {
            sink.report(row.line(), "weight \"" + row.weightText().strip() + "\" of " + row.criterion()
                    + " is not a number, so the weighted score cannot be computed; write a percentage such as 20%");
        } else if (outside(row.weight(), HUNDRED)) {
            sink.report(row.line(), "weight " + row.weightText().strip() + " of " + row.criterion()
                    + " is outside 0–100%; write a percentage between 0 and 100");
        }
    }

    private static void checkScore(Matrix matrix, MatrixRow row, FindingSink sink) {
        String scale = Decimals.plain(matrix.scale());
        if (row.score() == null) {
            if (matrix.weighted()) {
                sink.report(row.line(), "score \"" + row.scoreText().strip() + "\" of " + row.criterion()
                        + " is not a number, so the weighted score cannot be computed; write a score between 0 and "
                        + scale);
            }
        } else if (outside(row.score(), matrix.scale())) {
            sink.report(row.line(), "score " + row.scoreText().strip() + " of " + row.criterion()
                    + " is outside 0–" + scale + "; a score cannot exceed its scale");
        }
    }

    /** A total that is the sum of an unweighted table's points may exceed the rows' scale. */
    private static boolean isSumOfItsTable(Review review, ScoreStatement statement) {
        return StatedScores.matrixOf(review, statement)
                .filter(matrix -> !matrix.weighted())
                .flatMap(MatrixArithmetic::sum)
                .filter(sum -> Decimals.same(Decimals.round(sum.result(), statement.decimals()), statement.value()))
                .isPresent();
    }

    private static boolean outside(BigDecimal value, BigDecimal max) {
        return value.signum() < 0 || value.compareTo(max) > 0;
    }
}
