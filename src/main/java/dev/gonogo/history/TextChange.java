package dev.gonogo.history;

import java.util.Objects;

/**
 * A text before and after (a verdict, a recommendation); empty when absent from that version.
 *
 * @param before the old text
 * @param after  the new text
 */
public record TextChange(String before, String after) {
    public TextChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** True when the texts differ other than in surrounding or repeated whitespace. */
    public boolean changed() {
        return !Names.normalize(before).equals(Names.normalize(after));
    }
}
