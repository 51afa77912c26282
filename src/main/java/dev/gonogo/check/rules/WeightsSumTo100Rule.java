package dev.gonogo.check.rules;

import dev.gonogo.check.Decimals;
import dev.gonogo.check.FindingSink;
import dev.gonogo.check.Rule;
import dev.gonogo.check.RuleInfo;
import dev.gonogo.check.Severity;
import dev.gonogo.check.StatedScores;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.Review;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code weights-sum}: the weights of a decision matrix total 100%. */
public final class WeightsSumTo100Rule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("weights-sum",
            "Matrix weights total 100%", Severity.ERROR,
            "A weighted score is only a score when the weights total 100% (or 1.0 written as fractions): with 95% "
                    + "the result is too low, with 110% too high, and no stated score can be checked against it.",
            """
            | Criterion | Weight | Score |
            |-----------|--------|-------|
            | Testing   | 60%    | 90%   |
            | Security  | 30%    | 80%   |
            """,
            """
            | Criterion | Weight | Score |
            |-----------|--------|-------|
            | Testing   | 70%    | 90%   |
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
            StatedScores.weightTotal(matrix)
                    .filter(total -> !Decimals.same(total, HUNDRED))
                    .ifPresent(total -> report(matrix, total, sink));
        }
    }

    private static void report(Matrix matrix, BigDecimal total, FindingSink sink) {
        String terms = matrix.rows().stream()
                .map(row -> Decimals.plain(row.weight()) + "%")
                .collect(Collectors.joining(" + "));
        BigDecimal gap = HUNDRED.subtract(total);
        String fix = gap.signum() > 0
                ? "add " + Decimals.plain(gap) + " points to the weights"
                : "take " + Decimals.plain(gap.negate()) + " points off the weights";
        String message = String.format(Locale.ROOT, "weights of \"%s\" total %s = %s%%, not 100%%; %s so they total 100%%",
                matrix.title(), terms, Decimals.plain(total), fix);
        List<FindingSink.Related> rows = matrix.rows().stream()
                .map(row -> new FindingSink.Related(row.line(),
                        row.criterion() + ": " + Decimals.plain(row.weight()) + "%"))
                .toList();
        sink.report(matrix.line(), 0, message, rows);
    }
}
