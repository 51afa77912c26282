package dev.gonogo.parse;

import dev.gonogo.model.ChecklistItem;
import dev.gonogo.model.Entry;
import dev.gonogo.model.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every task-list item of the document, with the headings above it. */
final class ChecklistCollector {

    private final Vocabulary vocabulary;

    ChecklistCollector(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<ChecklistItem> collect(Outline outline) {
        List<ChecklistItem> items = new ArrayList<>();
        addItems(outline.preamble(), List.of(), items);
        for (SectionWalk.Visit visit : SectionWalk.all(outline.sections())) {
            List<String> path = new ArrayList<>(visit.section().path());
            path.add(visit.section().title());
            addItems(visit.section().entries(), path, items);
        }
        items.sort(Comparator.comparingInt(ChecklistItem::line));
        return items;
    }

    private void addItems(List<Entry> entries, List<String> path, List<ChecklistItem> into) {
        SectionWalk.flatten(entries).filter(e -> e.checked() != null).forEach(e -> into.add(item(e, path)));
    }

    private ChecklistItem item(Entry entry, List<String> path) {
        boolean checked = entry.checked();
        Status status = entry.status().isPresent() ? entry.status() : vocabulary.boxStatus(checked);
        String text = entry.hasLabel() ? entry.label() : entry.text();
        String detail = entry.hasLabel() ? entry.value() : "";
        return new ChecklistItem(text, detail, checked, status, path, entry.line());
    }
}
