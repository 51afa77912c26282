package dev.gonogo.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something someone has to do.
 *
 * @param text   the action as plain text
 * @param status the mark written beside it
 * @param group  the heading it stands under ({@code Before Go Decision (Jan 10)})
 * @param due    the date written in the item, or {@code null}
 * @param line   1-based line
 */
public record ActionItem(String text, Status status, String group, LocalDate due, int line) implements SourceLine {
    public ActionItem {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(group, "group");
    }
}
