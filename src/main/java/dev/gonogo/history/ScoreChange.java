package dev.gonogo.history;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number before and after, either side {@code null} when absent from that version.
 *
 * @param before the old value, or {@code null}
 * @param after  the new value, or {@code null}
 */
public record ScoreChange(BigDecimal before, BigDecimal after) {

    /** True when the value appeared, disappeared or changed; {@code 83.5} and {@code 83.50} are equal. */
    public boolean changed() {
        if (before == null || after == null) {
            return before != after;
        }
        return before.compareTo(after) != 0;
    }

    /** after − before, when both are present. */
    public Optional<BigDecimal> delta() {
        return before == null || after == null ? Optional.empty() : Optional.of(after.subtract(before));
    }
}
