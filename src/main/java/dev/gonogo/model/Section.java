package dev.gonogo.model;

import java.util.List;
import java.util.Objects;

/**
 * A heading and what stands under it, as a tree.
 *
 * @param level    heading level, 1–6
 * @param title    the heading text without its status mark and without decorative emoji
 * @param status   the status mark written in the heading ({@code ### Stability Test ⏳})
 * @param line     1-based line of the heading
 * @param endLine  1-based last line that belongs to this section (subsections included)
 * @param path     titles of the enclosing headings, outermost first, this one excluded
 * @param entries  the list items directly under this heading (before any subsection)
 * @param children subsections
 */
public record Section(int level, String title, Status status, int line, int endLine, List<String> path,
                      List<Entry> entries, List<Section> children) implements SourceLine {
    public Section {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        path = List.copyOf(path);
        entries = List.copyOf(entries);
        children = List.copyOf(children);
    }
}
