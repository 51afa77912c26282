package dev.gonogo.check.rules;

import dev.gonogo.check.Decimals;
import dev.gonogo.check.FindingSink;
import dev.gonogo.check.MatrixArithmetic;
import dev.gonogo.check.Rule;
import dev.gonogo.check.RuleInfo;
import dev.gonogo.check.ScoreComparison;
import dev.gonogo.check.Severity;
import dev.gonogo.check.StatedScores;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.Review;
import dev.gonogo.model.ScoreStatement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code average-mismatch}: the stated total of a table of scores without weights is their plain average or their
 * sum. Without weights the author's intent is a guess, hence a warning.
 */
public final class StatedTotalMatchesAverageRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("average-mismatch",
            "Stated total of an unweighted table is its average or sum", Severity.WARNING,
            "Many reviews list scores per area without weights and then state an overall score. If that score is "
                    + "neither the average nor the sum of the rows, either a row changed and the total did not, or "
                    + "hidden weights are at work: state them.",
            """
            | Area     | Score |
            |----------|-------|
            | Testing  | 80%   |
            | Security | 90%   |

            **Overall:** 88%
            """,
            """
            | Area     | Score |
            |----------|-------|
            | Testing  | 80%   |
            | Security | 90%   |

            **Overall:** 85%
            """);

    private final BigDecimal tolerance;

    /** @param tolerance how far an approximate total may be from the average, in points of 100 */
    public StatedTotalMatchesAverageRule(BigDecimal tolerance) {
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Review review, FindingSink sink) {
        for (ScoreStatement statement : StatedScores.all(review)) {
            StatedScores.matrixOf(review, statement)
                    .filter(matrix -> !matrix.weighted())
                    .ifPresent(matrix -> check(statement, matrix, sink));
        }
    }

    private void check(ScoreStatement statement, Matrix matrix, FindingSink sink) {
        Optional<MatrixArithmetic> average = MatrixArithmetic.average(matrix);
        Optional<MatrixArithmetic> sum = MatrixArithmetic.sum(matrix);
        if (average.isEmpty() || sum.isEmpty()) {
            return;
        }
        ScoreComparison byAverage = ScoreComparison.of(statement, average.get(), matrix.scale(), tolerance);
        if (byAverage.agrees() || agreesWithSum(statement, sum.get())) {
            return;
        }
        String message = String.format(Locale.ROOT,
                "%s states %s but the %d scores of \"%s\" average %s (sum %s); write %s, or give the table a "
                        + "weight column if the areas do not count equally",
                statement.label().isBlank() ? "the stated total" : "\"" + statement.label() + "\"",
                ScoreComparison.quoted(statement, statement.valueText()), matrix.rows().size(), matrix.title(),
                average.get().expression(), Decimals.plain(sum.get().result()),
                ScoreComparison.quoted(statement, byAverage.replacementText()));
        sink.report(statement.line(), statement.column(), message,
                List.of(new FindingSink.Related(matrix.line(), "the table: " + matrix.title())));
    }

    /** A sum is stated on its own terms (points), so it is compared as written, without rescaling. */
    private static boolean agreesWithSum(ScoreStatement statement, MatrixArithmetic sum) {
        return Decimals.same(statement.value(), Decimals.round(sum.result(), statement.decimals()));
    }
}
