package dev.gonogo.model;

import java.util.List;
import java.util.Objects;

/**
 * A task-list item ({@code - [x] **Unit Tests:** ✅ Все проходят}).
 *
 * @param text    the bold label, or the whole text when there is none
 * @param detail  the text after the label (status mark included, as written); empty when none
 * @param checked whether the box is ticked
 * @param status  the mark written in the item, or the box itself when there is none
 * @param path    the headings above the item, outermost first
 * @param line    1-based line
 */
public record ChecklistItem(String text, String detail, boolean checked, Status status, List<String> path, int line)
        implements SourceLine {
    public ChecklistItem {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(status, "status");
        path = List.copyOf(path);
    }
}
