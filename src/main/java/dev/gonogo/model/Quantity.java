package dev.gonogo.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number parsed out of free text such as {@code <500ms}, {@code 6,800+ msg/sec}, {@code >99.9%},
 * {@code 5/5} or {@code ~25ms}.
 *
 * @param text        the part of the text the quantity was read from, as written
 * @param comparator  how the number bounds the value: {@link Comparator#EQ} when written bare
 * @param number      the number, exact; decimal commas and thousands separators already resolved
 * @param outOf       the denominator of an {@code x/N} form, or {@code null}
 * @param unit        the unit as written after the number ({@code ms}, {@code %}, {@code msg/sec}); empty if none
 */
public record Quantity(String text, Comparator comparator, BigDecimal number, BigDecimal outOf, String unit) {

    /** How a written number bounds the actual value. */
    public enum Comparator {
        EQ("="), LT("<"), LE("<="), GT(">"), GE(">="), APPROX("~");

        private final String symbol;

        Comparator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public Quantity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(unit, "unit");
    }
}
