package dev.gonogo.model;

import java.util.Objects;

/**
 * A risk with its level. The mark of a risk-level heading ({@code ### High Risk ⚠️}) is a level, not a status.
 *
 * @param level the level as written ({@code High}, {@code Medium}, {@code Высокий}), empty when none
 * @param label the bold label of the item, empty when none
 * @param text  the description
 * @param line  1-based line
 */
public record Risk(String level, String label, String text, int line) implements SourceLine {
    public Risk {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}
