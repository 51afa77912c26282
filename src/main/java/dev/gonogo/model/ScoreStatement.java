package dev.gonogo.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A place where the document states an overall score ({@code **Overall Score:** **83.5%** (Go with conditions)},
 * a matrix's total row, {@code Итоговая оценка: ~70%}).
 *
 * @param label       the label as written ({@code Overall Score}, {@code ИТОГО})
 * @param valueText   the number exactly as written ({@code 83.5}); {@code --fix} replaces these characters
 * @param value       the number
 * @param decimals    how many decimals the author wrote; the precision the computed score is compared at
 * @param approximate written as {@code ~70%}, {@code ≈70} or {@code около 70%}
 * @param scale       the maximum of the scale (100 unless written otherwise, e.g. {@code 8.1/10})
 * @param verdict     the verdict written beside it ({@code Go with conditions}), empty when none
 * @param line        1-based line
 * @param column      1-based column (in characters) where {@code valueText} starts on that line
 */
public record ScoreStatement(String label, String valueText, BigDecimal value, int decimals, boolean approximate,
                             BigDecimal scale, String verdict, int line, int column) implements SourceLine {
    public ScoreStatement {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(valueText, "valueText");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(verdict, "verdict");
    }
}
