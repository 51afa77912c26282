package dev.gonogo.model;

import java.util.Objects;

/** A document header field such as {@code **Дата:** 2026-01-10} or {@code Version: 1.2}. */
public record HeaderField(String label, String value, int line) implements SourceLine {
    public HeaderField {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
