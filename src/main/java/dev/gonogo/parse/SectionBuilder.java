package dev.gonogo.parse;

import dev.gonogo.model.Entry;
import dev.gonogo.model.Section;
import java.util.ArrayList;
import java.util.List;

/** A section while the document is being walked; {@link #build} freezes it into a {@link Section}. */
final class SectionBuilder {

    final int level;
    final HeadingText heading;
    final int line;
    final List<String> path;
    final Integer year;
    final List<Entry> entries = new ArrayList<>();
    final List<SectionBuilder> children = new ArrayList<>();
    int endLine;

    SectionBuilder(int level, HeadingText heading, int line, List<String> path, Integer year) {
        this.level = level;
        this.heading = heading;
        this.line = line;
        this.path = List.copyOf(path);
        this.year = year;
        this.endLine = line;
    }

    /** The titles from the outermost section down to this one. */
    List<String> pathIncludingSelf() {
        List<String> full = new ArrayList<>(path);
        full.add(heading.title());
        return full;
    }

    /** Heading levels stop at six, so this recursion is shallow. */
    Section build() {
        return new Section(level, heading.title(), heading.status(), line, endLine, path, entries,
                children.stream().map(SectionBuilder::build).toList());
    }
}
