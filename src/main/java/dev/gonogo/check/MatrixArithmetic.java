package dev.gonogo.check;

import dev.gonogo.model.Matrix;
import dev.gonogo.model.MatrixRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A score computed from a table, with the arithmetic spelled out for messages
 * ({@code 30%×95 + 25%×85 + 20%×97 + 15%×70 + 10%×60 = 85.65}).
 *
 * @param result     the exact result on the table's scale
 * @param expression the arithmetic, ending in {@code = result}
 */
public record MatrixArithmetic(BigDecimal result, String expression) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public MatrixArithmetic {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(expression, "expression");
    }

    /** Σ weight% × score, when every row has a numeric weight and score. */
    public static Optional<MatrixArithmetic> weighted(Matrix matrix) {
        if (!matrix.weighted() || !complete(matrix, true)) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (MatrixRow row : matrix.rows()) {
            sum = sum.add(row.weight().multiply(row.score()));
        }
        BigDecimal result = Decimals.divide(sum, HUNDRED);
        String terms = matrix.rows().stream()
                .map(r -> Decimals.plain(r.weight()) + "%×" + Decimals.plain(r.score()))
                .collect(Collectors.joining(" + "));
        return Optional.of(new MatrixArithmetic(result, terms + " = " + Decimals.plain(result)));
    }

    /** The plain average of the scores, when every row has a numeric score. */
    public static Optional<MatrixArithmetic> average(Matrix matrix) {
        return sum(matrix).map(sum -> {
            BigDecimal count = BigDecimal.valueOf(matrix.rows().size());
            BigDecimal result = Decimals.divide(sum.result(), count);
            String expression = "(" + terms(matrix.rows()) + ") / " + matrix.rows().size() + shown(result);
            return new MatrixArithmetic(result, expression);
        });
    }

    /** The sum of the scores, when every row has a numeric score. */
    public static Optional<MatrixArithmetic> sum(Matrix matrix) {
        if (matrix.rows().isEmpty() || !complete(matrix, false)) {
            return Optional.empty();
        }
        BigDecimal result = matrix.rows().stream().map(MatrixRow::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(new MatrixArithmetic(result, terms(matrix.rows()) + " = " + Decimals.plain(result)));
    }

    /** {@code = 94.375} when short and exact, {@code ≈ 71.56} when the quotient runs on. */
    private static String shown(BigDecimal result) {
        return result.stripTrailingZeros().scale() <= 4
                ? " = " + Decimals.plain(result)
                : " ≈ " + Decimals.plain(Decimals.round(result, 2));
    }

    private static boolean complete(Matrix matrix, boolean needWeights) {
        return !matrix.rows().isEmpty() && matrix.rows().stream()
                .allMatch(r -> r.score() != null && (!needWeights || r.weight() != null));
    }

    private static String terms(List<MatrixRow> rows) {
        return rows.stream().map(r -> Decimals.plain(r.score())).collect(Collectors.joining(" + "));
    }
}
