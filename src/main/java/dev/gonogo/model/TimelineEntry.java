package dev.gonogo.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated step of the timeline.
 *
 * @param dateText the date as written (the heading it stands under, or in the item)
 * @param date     the date parsed, or {@code null} when it could not be read
 * @param text     the step as plain text
 * @param status   the mark written beside it
 * @param line     1-based line
 */
public record TimelineEntry(String dateText, LocalDate date, String text, Status status, int line)
        implements SourceLine {
    public TimelineEntry {
        Objects.requireNonNull(dateText, "dateText");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
    }
}
