package dev.gonogo.check.rules;

import dev.gonogo.check.FindingSink;
import dev.gonogo.check.Rule;
import dev.gonogo.check.RuleInfo;
import dev.gonogo.check.Severity;
import dev.gonogo.model.ChecklistItem;
import dev.gonogo.model.Entry;
import dev.gonogo.model.Review;
import dev.gonogo.model.Section;
import dev.gonogo.model.State;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** {@code heading-status}: a heading marked done (✅) holds no item that is not done. */
public final class HeadingStatusMatchesItemsRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo("heading-status",
            "A heading marked done holds only finished items", Severity.WARNING,
            "Readers skim headings: a ✅ on a heading tells them the whole section is finished. Open boxes or "
                    + "⏳/⚠️/❌ entries under it contradict that. Marks are compared with marks: a status word such as "
                    + "\"Running\" describes as often as it reports, and is not counted. A heading whose mark grades a "
                    + "risk (High Risk ⚠️, Low Risk ✅) is not a status and is not checked.",
            """
            # Payments API review

            ## Testing ✅
            - [x] **Unit Tests:** ✅ pass
            - [ ] **Stability Test:** ⏳ running
            """,
            """
            # Payments API review

            ## Testing ⏳
            - [x] **Unit Tests:** ✅ pass
            - [ ] **Stability Test:** ⏳ running
            """);

    private static final int LISTED_IN_MESSAGE = 4;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Review review, FindingSink sink) {
        ReviewItems items = new ReviewItems(review);
        review.allSections()
                .filter(section -> section.status().state() == State.DONE)
                .filter(section -> !items.isRiskHeading(section))
                .forEach(section -> check(review, items, section, sink));
    }

    private static void check(Review review, ReviewItems items, Section section, FindingSink sink) {
        Map<Integer, Item> under = itemsUnder(review, items, section);
        List<Item> open = under.values().stream().filter(Item::notDone).toList();
        if (open.isEmpty()) {
            return;
        }
        String listed = open.stream().limit(LISTED_IN_MESSAGE)
                .map(item -> "line " + item.line() + " (" + item.text() + ")")
                .collect(Collectors.joining(", "));
        String more = open.size() > LISTED_IN_MESSAGE ? ", …" : "";
        String message = String.format(Locale.ROOT,
                "heading \"%s\" is marked %s (done) but %d of its %d items are not done: %s%s; finish them or "
                        + "change the heading's mark (⏳ or ⚠️)",
                section.title(), section.status().mark(), open.size(), under.size(), listed, more);
        List<FindingSink.Related> related = open.stream()
                .map(item -> new FindingSink.Related(item.line(), item.text()))
                .toList();
        sink.report(section.line(), 0, message, related);
    }

    /** Checklist items, status-marked entries and marked subheadings under the section, one per line. */
    private static Map<Integer, Item> itemsUnder(Review review, ReviewItems items, Section section) {
        Map<Integer, Item> byLine = new TreeMap<>();
        for (ChecklistItem item : review.checklist()) {
            if (inside(section, item.line()) && !items.isCondition(item.line()) && !items.isNoGoCriterion(item.line())) {
                byLine.put(item.line(), new Item(item.line(), describe(item), ReviewItems.notDone(item)));
            }
        }
        List<Section> subsections = subsections(section);
        List<Section> riskHeadings = subsections.stream().filter(items::isRiskHeading).toList();
        for (Section sub : subsections) {
            if (riskHeadings.contains(sub)) {
                continue;
            }
            if (sub.status().state() != State.NONE && !ReviewItems.isWord(sub.status().mark())) {
                byLine.putIfAbsent(sub.line(), new Item(sub.line(), sub.title() + " " + sub.status().mark(),
                        ReviewItems.notDone(sub.status().state())));
            }
        }
        for (Entry entry : ReviewItems.entriesUnder(section)) {
            int line = entry.line();
            if (entry.status().state() == State.NONE || ReviewItems.isWord(entry.status().mark())
                    || items.isRisk(line) || items.isCondition(line)
                    || items.isNoGoCriterion(line) || riskHeadings.stream().anyMatch(risk -> inside(risk, line))) {
                continue;
            }
            byLine.putIfAbsent(line, new Item(line, ReviewItems.shorten(entry.text()), ReviewItems.notDone(entry.status().state())));
        }
        return byLine;
    }

    private static List<Section> subsections(Section section) {
        List<Section> all = new ArrayList<>();
        for (Section child : section.children()) {
            all.add(child);
            all.addAll(subsections(child));
        }
        all.sort(Comparator.comparingInt(Section::line));
        return all;
    }

    private static boolean inside(Section section, int line) {
        return line > section.line() && line <= section.endLine();
    }

    private static String describe(ChecklistItem item) {
        String box = item.checked() ? "[x]" : "[ ]";
        String mark = item.status().mark().isEmpty() || item.status().mark().startsWith("[") ? ""
                : " " + item.status().mark();
        return box + " " + ReviewItems.shorten(item.text()) + mark;
    }

    /** Something under the heading that carries a status. */
    private record Item(int line, String text, boolean notDone) {
    }
}
