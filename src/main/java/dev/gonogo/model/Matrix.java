package dev.gonogo.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A table of scored criteria: a weighted decision matrix, or (when {@code weighted} is false) a plain table of
 * scores whose total is their average or sum.
 *
 * @param title         the heading the table stands under
 * @param line          1-based line of the header row
 * @param headers       header cells as written
 * @param rows          the criteria, the total row excluded
 * @param weighted      whether the table has a weight column
 * @param weightTotal   the sum of the weights in percent, or {@code null} when unweighted
 * @param scale         the maximum of the score scale (100, 10, 5 …)
 * @param computedScore the weighted score Σ weight% × score / 100 in exact decimals (the plain average for an
 *                      unweighted table), or {@code null} when a number is missing
 * @param total         the table's own total row, or {@code null}
 */
public record Matrix(String title, int line, List<String> headers, List<MatrixRow> rows, boolean weighted,
                     BigDecimal weightTotal, BigDecimal scale, BigDecimal computedScore, ScoreStatement total)
        implements SourceLine {
    public Matrix {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scale, "scale");
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
