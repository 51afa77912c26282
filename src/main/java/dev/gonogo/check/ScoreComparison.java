package dev.gonogo.check;

import dev.gonogo.model.ScoreStatement;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A stated score set against the score computed for it.
 *
 * @param statement  what the document states
 * @param arithmetic how the score was computed, on the table's scale
 * @param expected   the computed score on the statement's scale, exact
 * @param rounded    {@code expected} rounded half-up to the statement's precision
 * @param agrees     whether the statement is right: equal to {@code rounded}, or within the tolerance when it is
 *                   approximate
 */
public record ScoreComparison(ScoreStatement statement, MatrixArithmetic arithmetic, BigDecimal expected,
                              BigDecimal rounded, boolean agrees) {

    public ScoreComparison {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(arithmetic, "arithmetic");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(rounded, "rounded");
    }

    /**
     * Compares a statement with a computed score.
     *
     * @param matrixScale the scale the arithmetic's result is on
     * @param tolerance   allowed distance for approximate statements, in points of a 100-point scale
     */
    public static ScoreComparison of(ScoreStatement statement, MatrixArithmetic arithmetic, BigDecimal matrixScale,
                                     BigDecimal tolerance) {
        BigDecimal expected = Decimals.rescale(arithmetic.result(), matrixScale, statement.scale());
        BigDecimal rounded = Decimals.round(expected, statement.decimals());
        boolean agrees = statement.approximate()
                ? statement.value().subtract(expected).abs()
                        .compareTo(Decimals.rescale(tolerance, BigDecimal.valueOf(100), statement.scale())) <= 0
                : Decimals.same(statement.value(), rounded);
        return new ScoreComparison(statement, arithmetic, expected, rounded, agrees);
    }

    /** The text that should stand where {@link ScoreStatement#valueText()} stands, in the author's notation. */
    public String replacementText() {
        String text = rounded.toPlainString();
        return statement.valueText().contains(",") ? text.replace('.', ',') : text;
    }

    /** {@code 83.5%}, {@code ~70%} or {@code 8.1/10}: the statement as a reader would quote it. */
    public static String quoted(ScoreStatement statement, String valueText) {
        String prefix = statement.approximate() ? "~" : "";
        return prefix + valueText + (Decimals.same(statement.scale(), BigDecimal.valueOf(100))
                ? "%" : "/" + Decimals.plain(statement.scale()));
    }
}
