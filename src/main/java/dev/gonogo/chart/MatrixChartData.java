package dev.gonogo.chart;

import dev.gonogo.model.Matrix;
import dev.gonogo.model.MatrixRow;
import dev.gonogo.model.Review;
import dev.gonogo.model.ScoreStatement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the decision-matrix chart shows: how each criterion's weight and score add up to the computed total,
 * against the score the document states. All numbers are on the matrix's own scale.
 *
 * @param title    the heading the matrix stands under
 * @param scale    the maximum of the score scale (100, 10 …)
 * @param weighted whether the table has weights; an unweighted table's total is the plain average
 * @param criteria the criteria in table order
 * @param computed the computed total (Σ contributions), or {@code null} when a number is missing
 * @param stated   the stated overall score converted to the matrix's scale, or {@code null} when none is stated
 * @param verdict  the verdict written beside the stated score, empty when none
 */
public record MatrixChartData(String title, BigDecimal scale, boolean weighted, List<Criterion> criteria,
                              BigDecimal computed, BigDecimal stated, String verdict) {

    public MatrixChartData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(verdict, "verdict");
        criteria = List.copyOf(criteria);
    }

    /**
     * One criterion as a step of the total.
     *
     * @param name         the criterion
     * @param weight       the weight in percent as written, {@code null} when missing or the table is unweighted
     * @param score        the score, {@code null} when the cell holds no number
     * @param share        the weight the criterion effectively has in percent (its weight, or 100 / n when
     *                     unweighted), {@code null} when unknown
     * @param contribution share% × score / 100, {@code null} when a number is missing
     * @param offset       the sum of the contributions of the criteria before this one (where its step starts)
     */
    public record Criterion(String name, BigDecimal weight, BigDecimal score, BigDecimal share,
                            BigDecimal contribution, BigDecimal offset) {
        public Criterion {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(offset, "offset");
        }

        /** The most this criterion could add (a perfect score), or {@code null} when its share is unknown. */
        public BigDecimal maximum(BigDecimal scale) {
            return share == null ? null : Decimals.divide(share.multiply(scale), Decimals.HUNDRED);
        }

        /** What the criterion's score left on the table, never negative; {@code null} when unknown. */
        public BigDecimal notEarned(BigDecimal scale) {
            BigDecimal maximum = maximum(scale);
            return maximum == null || contribution == null ? null : maximum.subtract(contribution).max(BigDecimal.ZERO);
        }
    }

    /** The chart data of a review's decision matrix (or its first scored table), when it has one. */
    public static Optional<MatrixChartData> of(Review review) {
        Matrix matrix = review.matrix() != null ? review.matrix()
                : review.matrices().stream().findFirst().orElse(null);
        if (matrix == null || matrix.rows().isEmpty()) {
            return Optional.empty();
        }
        ScoreStatement statement = review.stated().orElse(matrix.total());
        BigDecimal stated = statement == null ? null : onScale(statement, matrix.scale());
        String verdict = statement == null ? "" : statement.verdict();
        return Optional.of(new MatrixChartData(matrix.title(), matrix.scale(), matrix.weighted(),
                criteria(matrix), matrix.computedScore(), stated, verdict));
    }

    /** The sum of the criteria's maxima: what a perfect score would give, {@code null} when a share is unknown. */
    public BigDecimal maximum() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion criterion : criteria) {
            BigDecimal maximum = criterion.maximum(scale);
            if (maximum == null) {
                return null;
            }
            sum = sum.add(maximum);
        }
        return sum;
    }

    /** The stated score minus the computed one, {@code null} when either is missing. */
    public BigDecimal difference() {
        return stated == null || computed == null ? null : stated.subtract(computed);
    }

    /** The criteria that lack a weight or a score. */
    public List<Criterion> incomplete() {
        return criteria.stream().filter(c -> c.contribution() == null).toList();
    }

    private static List<Criterion> criteria(Matrix matrix) {
        BigDecimal equalShare = Decimals.divide(Decimals.HUNDRED, BigDecimal.valueOf(matrix.rows().size()));
        List<Criterion> criteria = new ArrayList<>();
        BigDecimal offset = BigDecimal.ZERO;
        for (MatrixRow row : matrix.rows()) {
            BigDecimal share = matrix.weighted() ? row.weight() : equalShare;
            BigDecimal contribution = share == null || row.score() == null ? null
                    : Decimals.divide(share.multiply(row.score()), Decimals.HUNDRED);
            criteria.add(new Criterion(row.criterion(), matrix.weighted() ? row.weight() : null, row.score(), share,
                    contribution, offset));
            if (contribution != null) {
                offset = offset.add(contribution);
            }
        }
        return criteria;
    }

    private static BigDecimal onScale(ScoreStatement statement, BigDecimal scale) {
        return statement.scale().compareTo(scale) == 0 ? statement.value()
                : Decimals.divide(statement.value().multiply(scale), statement.scale());
    }
}
