package dev.gonogo.parse;

import dev.gonogo.model.Entry;
import dev.gonogo.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Traversals of the section tree and of entry trees (both shallow: headings stop at level six, lists are cut). */
final class SectionWalk {

    private SectionWalk() {
    }

    /** A section with the sections above it, outermost first. */
    record Visit(Section section, List<Section> ancestors) {
        /** Whether this section or one above it satisfies the test. */
        boolean within(java.util.function.Predicate<Section> test) {
            return test.test(section) || ancestors.stream().anyMatch(test);
        }

        Section parent() {
            return ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1);
        }
    }

    /** Every section, depth first, in document order. */
    static List<Visit> all(List<Section> roots) {
        List<Visit> visits = new ArrayList<>();
        roots.forEach(root -> collect(root, List.of(), visits));
        return visits;
    }

    private static void collect(Section section, List<Section> ancestors, List<Visit> into) {
        into.add(new Visit(section, ancestors));
        List<Section> below = new ArrayList<>(ancestors);
        below.add(section);
        section.children().forEach(child -> collect(child, List.copyOf(below), into));
    }

    /** The entries and all their nested entries, in document order. */
    static Stream<Entry> flatten(List<Entry> entries) {
        List<Entry> all = new ArrayList<>();
        List<Entry> pending = new ArrayList<>(entries);
        while (!pending.isEmpty()) {
            Entry next = pending.remove(0);
            all.add(next);
            pending.addAll(0, next.children());
        }
        return all.stream();
    }
}
