package dev.gonogo.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One list item under a heading, kept structured so that checks and the site never re-parse Markdown.
 * A label/value bullet ({@code - **Uptime:** >99.9%}) is a fact: its {@code label} is set.
 *
 * @param label    the bold label before a colon, without the colon; empty when the item has none
 * @param text     the item's own text as plain text (label and status mark included, nested items excluded)
 * @param value    the text after the label, or the whole text when there is no label
 * @param status   the first status mark or word found in the item
 * @param checked  for a task-list item whether its box is ticked; {@code null} for a plain item
 * @param date     the first date written in the item, or {@code null}
 * @param group    the lead-in paragraph the list stands under ({@code Условия для Go}, {@code Критерии для No-Go}),
 *                 empty when there is none
 * @param ordered  whether the item belongs to a numbered list
 * @param line     1-based line of the item
 * @param children nested items
 */
public record Entry(String label, String text, String value, Status status, Boolean checked, LocalDate date,
                    String group, boolean ordered, int line, List<Entry> children) implements SourceLine {
    public Entry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(group, "group");
        children = List.copyOf(children);
    }

    public boolean hasLabel() {
        return !label.isEmpty();
    }
}
