package dev.gonogo.parse;

import dev.gonogo.model.Matrix;
import dev.gonogo.model.MatrixRow;
import dev.gonogo.model.ScoreStatement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The arithmetic of a matrix in exact decimals: weights written as fractions ({@code 0.30}) become percent, the
 * weight total, and the computed score Σ weight% × score / 100 (the plain average for an unweighted table).
 */
final class MatrixArithmetic {

    private MatrixArithmetic() {
    }

    static Matrix matrix(ParsedTable table, MatrixColumns columns, List<MatrixRow> rows, BigDecimal scale,
                         ScoreStatement total) {
        boolean weighted = columns.weight() >= 0;
        List<MatrixRow> percentRows = weighted && writtenAsFractions(rows) ? toPercent(rows) : rows;
        boolean allWeights = !percentRows.isEmpty() && percentRows.stream().allMatch(r -> r.weight() != null);
        boolean allScores = !percentRows.isEmpty() && percentRows.stream().allMatch(r -> r.score() != null);
        BigDecimal weightTotal = weighted && allWeights ? Numbers.plain(sum(percentRows, MatrixRow::weight)) : null;
        BigDecimal computed = null;
        if (weighted && allWeights && allScores) {
            BigDecimal products = percentRows.stream().map(r -> r.weight().multiply(r.score()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            computed = Numbers.plain(products.movePointLeft(2));
        } else if (!weighted && allScores) {
            computed = Numbers.plain(sum(percentRows, MatrixRow::score)
                    .divide(BigDecimal.valueOf(percentRows.size()), Numbers.DIVISION_SCALE, RoundingMode.HALF_EVEN));
        }
        return new Matrix(table.title(), table.line(), table.headers(), percentRows, weighted, weightTotal, scale,
                computed, total);
    }

    /** Weights such as 0.30, 0.25 … (no percent sign, none above 1) are fractions of the whole. */
    private static boolean writtenAsFractions(List<MatrixRow> rows) {
        List<MatrixRow> read = rows.stream().filter(r -> r.weight() != null).toList();
        return !read.isEmpty()
                && read.stream().noneMatch(r -> r.weightText().contains("%"))
                && read.stream().allMatch(r -> r.weight().compareTo(BigDecimal.ONE) <= 0)
                && sum(read, MatrixRow::weight).compareTo(new BigDecimal("1.0001")) <= 0;
    }

    private static List<MatrixRow> toPercent(List<MatrixRow> rows) {
        return rows.stream().map(r -> new MatrixRow(r.criterion(), r.status(), r.weightText(),
                r.weight() == null ? null : Numbers.plain(r.weight().movePointRight(2)), r.scoreText(), r.score(),
                r.note(), r.line())).toList();
    }

    private static BigDecimal sum(List<MatrixRow> rows, java.util.function.Function<MatrixRow, BigDecimal> field) {
        return rows.stream().map(field).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
