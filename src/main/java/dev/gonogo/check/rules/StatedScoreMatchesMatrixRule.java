package dev.gonogo.check.rules;

import dev.gonogo.check.Decimals;
import dev.gonogo.check.FindingSink;
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

/**
 * {@code score-mismatch}: every stated overall score equals the weighted score of the decision matrix, rounded
 * half-up to the precision the author wrote; an approximate one ({@code ~70%}) may be off by the tolerance.
 */
public final class StatedScoreMatchesMatrixRule implements Rule {

    /** This rule's id; {@code --fix} rewrites the statements it flags. */
    public static final String ID = "score-mismatch";

    private static final RuleInfo INFO = new RuleInfo(ID,
            "Stated score equals the weighted score of the matrix", Severity.ERROR,
            "The overall score is what readers quote and decide on; when it differs from the matrix it claims to "
                    + "summarise, one of the two is wrong. The score is computed in exact decimals and rounded "
                    + "half-up to the precision written (85.65 → 85.7).",
            """
            | Criterion | Weight | Score |
            |-----------|--------|-------|
            | Testing   | 70%    | 90%   |
            | Security  | 30%    | 80%   |

            **Overall Score:** 85%
            """,
            """
            | Criterion | Weight | Score |
            |-----------|--------|-------|
            | Testing   | 70%    | 90%   |
            | Security  | 30%    | 80%   |

            **Overall Score:** 87%
            """);

    private final BigDecimal tolerance;

    /** @param tolerance how far an approximate score may be from the computed one, in points of 100 */
    public StatedScoreMatchesMatrixRule(BigDecimal tolerance) {
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Review review, FindingSink sink) {
        for (ScoreStatement statement : StatedScores.all(review)) {
            StatedScores.weighted(review, statement, tolerance)
                    .filter(comparison -> !comparison.agrees())
                    .ifPresent(comparison -> report(review, comparison, sink));
        }
    }

    private void report(Review review, ScoreComparison comparison, FindingSink sink) {
        ScoreStatement statement = comparison.statement();
        Matrix matrix = StatedScores.matrixOf(review, statement).orElseThrow();
        String stated = ScoreComparison.quoted(statement, statement.valueText());
        String scaleNote = Decimals.same(matrix.scale(), statement.scale()) ? ""
                : " on a " + Decimals.plain(matrix.scale()) + "-point scale, " + Decimals.plain(comparison.expected())
                        + " on " + Decimals.plain(statement.scale());
        String message;
        if (statement.approximate()) {
            message = String.format(Locale.ROOT,
                    "%s states %s but the matrix gives %s%s, more than ±%s away; write %s or correct the matrix"
                            + " (line %d)",
                    label(statement), stated, comparison.arithmetic().expression(), scaleNote,
                    Decimals.plain(Decimals.rescale(tolerance, BigDecimal.valueOf(100), statement.scale())),
                    ScoreComparison.quoted(statement, comparison.replacementText()), matrix.line());
        } else {
            message = String.format(Locale.ROOT,
                    "%s states %s but the matrix gives %s%s, which rounds to %s; write %s (gonogo check --fix does)"
                            + " or correct the matrix (line %d)",
                    label(statement), stated, comparison.arithmetic().expression(), scaleNote,
                    comparison.replacementText(), ScoreComparison.quoted(statement, comparison.replacementText()),
                    matrix.line());
        }
        sink.report(statement.line(), statement.column(), message,
                List.of(new FindingSink.Related(matrix.line(), "the matrix: " + matrix.title())));
    }

    private static String label(ScoreStatement statement) {
        return statement.label().isBlank() ? "the stated score" : "\"" + statement.label() + "\"";
    }
}
