package dev.gonogo.model;

import java.util.Objects;

/**
 * A measured value under a heading that names metrics ({@code - **MTTR:** <3min ✅ (target: <3min)}).
 *
 * @param label          the label as written
 * @param value          the value as written, status mark and target excluded
 * @param quantity       the number read from the value, or {@code null} when it holds none
 * @param target         the target as written after {@code target:}/{@code цель:}, or {@code null}
 * @param targetQuantity the number read from the target, or {@code null}
 * @param status         the mark written beside the value
 * @param group          the heading the metric stands under
 * @param line           1-based line
 */
public record Metric(String label, String value, Quantity quantity, String target, Quantity targetQuantity,
                     Status status, String group, int line) implements SourceLine {
    public Metric {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(group, "group");
    }
}
