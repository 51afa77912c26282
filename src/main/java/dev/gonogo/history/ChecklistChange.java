package dev.gonogo.history;

import dev.gonogo.model.ChecklistItem;
import java.util.List;
import java.util.Objects;

/**
 * A checklist item matched by name across two versions, whose box changed or which came or went.
 *
 * @param kind   what happened to it
 * @param before the item in the old version, or {@code null} when added
 * @param after  the item in the new version, or {@code null} when removed
 */
public record ChecklistChange(Kind kind, ChecklistItem before, ChecklistItem after) {

    /** What happened to a checklist item. */
    public enum Kind {
        /** The box was ticked: the item was closed. */
        CHECKED,
        /** The box was cleared: the item was opened again. */
        UNCHECKED,
        /** The item is new. */
        ADDED,
        /** The item is gone. */
        REMOVED
    }

    public ChecklistChange {
        Objects.requireNonNull(kind, "kind");
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs at least one side");
        }
    }

    /** The item's label as the newest version writes it. */
    public String text() {
        return after != null ? after.text() : before.text();
    }

    /** The headings above the item in the newest version. */
    public List<String> path() {
        return after != null ? after.path() : before.path();
    }

    /** Whether the box is ticked in the newest version that has the item. */
    public boolean checked() {
        return after != null ? after.checked() : before.checked();
    }
}
