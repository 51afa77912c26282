package dev.gonogo.chart;

import dev.gonogo.check.ReviewResult;
import dev.gonogo.check.Severity;
import dev.gonogo.model.Review;
import dev.gonogo.model.ScoreStatement;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One point of a score trend: a version of a system, or a commit of one review. Scores are in percent so that
 * versions written on different scales compare.
 *
 * @param label    what the x axis shows ({@code v3.4.0}, {@code 2026-01-07 a1b2c3d})
 * @param stated   the stated overall score in percent, or {@code null}
 * @param computed the computed score in percent, or {@code null}
 * @param verdict  the verdict stated at this point, empty when unknown
 * @param errors   how many error findings this point has (0 when unknown)
 */
public record TrendPoint(String label, BigDecimal stated, BigDecimal computed, String verdict, int errors) {

    public TrendPoint {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(verdict, "verdict");
        if (errors < 0) {
            throw new IllegalArgumentException("errors must not be negative: " + errors);
        }
    }

    /** A point with scores only, for a plain time series. */
    public static TrendPoint of(String label, BigDecimal stated, BigDecimal computed) {
        return new TrendPoint(label, stated, computed, "", 0);
    }

    /** The point of one checked review: its stated and computed score, verdict and error count. */
    public static TrendPoint of(String label, ReviewResult result) {
        Review review = result.review();
        ScoreStatement statement = review.statedScore();
        BigDecimal stated = statement == null ? null : percent(statement.value(), statement.scale());
        BigDecimal computed = review.decisionMatrix()
                .filter(m -> m.computedScore() != null)
                .map(m -> percent(m.computedScore(), m.scale()))
                .orElse(null);
        String verdict = statement == null ? "" : statement.verdict();
        return new TrendPoint(label, stated, computed, verdict, (int) result.count(Severity.ERROR));
    }

    public boolean hasScore() {
        return stated != null || computed != null;
    }

    private static BigDecimal percent(BigDecimal value, BigDecimal scale) {
        return scale.compareTo(Decimals.HUNDRED) == 0 ? value
                : Decimals.divide(value.multiply(Decimals.HUNDRED), scale);
    }
}
