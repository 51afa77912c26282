package dev.gonogo.check;

import dev.gonogo.model.Matrix;
import dev.gonogo.model.MatrixRow;
import dev.gonogo.model.Review;
import dev.gonogo.model.ScoreStatement;
import dev.gonogo.model.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds every place a review states its score and the table each statement speaks about: used by the score
 * rules and by {@code --fix}, so that both agree on what is wrong and what it should say.
 */
public final class StatedScores {

    private StatedScores() {
    }

    /** Every score statement, the tables' own total rows included, once each, in document order. */
    public static List<ScoreStatement> all(Review review) {
        Map<String, ScoreStatement> byPosition = new LinkedHashMap<>();
        List<ScoreStatement> candidates = new ArrayList<>(review.scoreStatements());
        review.matrices().stream().map(Matrix::total).filter(Objects::nonNull).forEach(candidates::add);
        for (ScoreStatement statement : candidates) {
            byPosition.putIfAbsent(statement.line() + ":" + statement.column(), statement);
        }
        return byPosition.values().stream()
                .sorted(Comparator.comparingInt(ScoreStatement::line).thenComparingInt(ScoreStatement::column))
                .toList();
    }

    /**
     * The table a statement speaks about: the table whose total row it is; otherwise the decision (weighted)
     * matrix; otherwise the nearest table of scores before it under the same heading ("Overall: 83%" right below
     * the table). Empty when there is none, so that a score stated in a summary is never held against an unrelated
     * table further down.
     */
    public static Optional<Matrix> matrixOf(Review review, ScoreStatement statement) {
        for (Matrix matrix : review.matrices()) {
            ScoreStatement total = matrix.total();
            if (total != null && total.line() == statement.line()) {
                return Optional.of(matrix);
            }
        }
        if (review.matrix() != null && review.matrix().weighted()) {
            return Optional.of(review.matrix());
        }
        List<Integer> headings = review.allSections().map(Section::line).toList();
        return review.matrices().stream()
                .filter(matrix -> matrix.line() < statement.line())
                .filter(matrix -> headings.stream().noneMatch(h -> h > matrix.line() && h <= statement.line()))
                .max(Comparator.comparingInt(Matrix::line));
    }

    /**
     * The statement compared with its weighted matrix; empty when it speaks about an unweighted table, about none,
     * or when the weighted score cannot be computed (a missing number, weights not totalling 100%).
     */
    public static Optional<ScoreComparison> weighted(Review review, ScoreStatement statement, BigDecimal tolerance) {
        return matrixOf(review, statement)
                .filter(Matrix::weighted)
                .filter(StatedScores::weightsTotalHundred)
                .flatMap(matrix -> MatrixArithmetic.weighted(matrix)
                        .map(arithmetic -> ScoreComparison.of(statement, arithmetic, matrix.scale(), tolerance)));
    }

    /** True when every row has a weight and they total exactly 100% (fractions are already percent in the model). */
    public static boolean weightsTotalHundred(Matrix matrix) {
        return weightTotal(matrix).filter(total -> Decimals.same(total, BigDecimal.valueOf(100))).isPresent();
    }

    /** The sum of the weights in percent; empty when a row has no numeric weight. */
    public static Optional<BigDecimal> weightTotal(Matrix matrix) {
        if (!matrix.weighted() || matrix.rows().isEmpty()
                || matrix.rows().stream().anyMatch(row -> row.weight() == null)) {
            return Optional.empty();
        }
        return Optional.of(matrix.rows().stream().map(MatrixRow::weight).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
