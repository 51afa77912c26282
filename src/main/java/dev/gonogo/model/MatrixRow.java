package dev.gonogo.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One criterion of a decision matrix.
 *
 * @param criterion  the criterion name, Markdown emphasis removed
 * @param status     the status cell, {@link Status#NONE} when the table has no status column
 * @param weightText the weight cell as written
 * @param weight     the weight in percent (a fraction such as {@code 0.30} becomes 30), or {@code null} when the
 *                   cell holds no number or the table has no weight column
 * @param scoreText  the score cell as written
 * @param score      the score on the matrix's scale, or {@code null} when the cell holds no number
 * @param note       text in the score cell beside the number ({@code stability test running}); empty when none
 * @param line       1-based line
 */
public record MatrixRow(String criterion, Status status, String weightText, BigDecimal weight, String scoreText,
                        BigDecimal score, String note, int line) implements SourceLine {
    public MatrixRow {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(weightText, "weightText");
        Objects.requireNonNull(scoreText, "scoreText");
        Objects.requireNonNull(note, "note");
    }
}
