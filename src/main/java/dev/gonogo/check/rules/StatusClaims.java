package dev.gonogo.check.rules;

import dev.gonogo.model.ChecklistItem;
import dev.gonogo.model.Entry;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.MatrixRow;
import dev.gonogo.model.Metric;
import dev.gonogo.model.Review;
import dev.gonogo.model.Section;
import dev.gonogo.model.State;
import dev.gonogo.model.Status;
import dev.gonogo.model.TestCase;
import dev.gonogo.model.TimelineEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every place a review says that something is done or not done, with the name of what it speaks about: checklist
 * items, tests (heading and status field), metrics, matrix rows, and label/value or free-text list items. Plans
 * (timeline), risks, no-go criteria and "if …" lists state no facts and are left out.
 */
final class StatusClaims {

    /** Labels of a field that states the status of what its heading names ({@code - **Статус:** RUNNING}). */
    private static final Set<String> STATUS_FIELD_LABELS =
            Set.of("status", "статус", "result", "результат", "state", "состояние", "outcome", "итог");

    private static final Set<String> CONDITIONAL_WORDS = Set.of("if", "если");

    private final Review review;
    private final ReviewItems items;
    private final Map<Integer, Claim> byLine = new LinkedHashMap<>();
    private final Set<Integer> skipped = new HashSet<>();
    private final Set<String> templateLabels;

    private StatusClaims(Review review) {
        this.review = review;
        this.items = new ReviewItems(review);
        this.templateLabels = templateLabels(review);
        review.timeline().stream().map(TimelineEntry::line).forEach(skipped::add);
        review.risks().forEach(risk -> skipped.add(risk.line()));
    }

    /** The claims of a review, one per line, in the order found. */
    static List<Claim> of(Review review) {
        StatusClaims claims = new StatusClaims(review);
        claims.addTests();
        claims.addChecklist();
        claims.addMetrics();
        claims.addMatrixRows();
        review.sections().forEach(claims::addEntries);
        return List.copyOf(claims.byLine.values());
    }

    private void addTests() {
        for (TestCase test : review.tests()) {
            ItemName name = ItemName.of(test.name());
            add(Claim.labelled(test.line(), test.name(), name, test.status()));
            for (Entry field : test.fields()) {
                if (isStatusField(field)) {
                    add(Claim.labelled(field.line(), test.name(), name, field.status()));
                }
                // Other fields (details, the current state of a run) describe the test, not a separate item.
                skipWithChildren(field);
            }
        }
    }

    private void addChecklist() {
        for (ChecklistItem item : review.checklist()) {
            String section = item.path().isEmpty() ? "" : item.path().get(item.path().size() - 1);
            if (isConditional(section) || items.isNoGoCriterion(item.line())) {
                skipped.add(item.line());
            } else if (item.detail().isEmpty()) {
                Status status = checklistStatus(item);
                if (!isBoxOnly(status)) {
                    add(Claim.mention(item.line(), item.text(), status));
                }
            } else {
                add(Claim.labelled(item.line(), item.text(), localName(item.text(), section), checklistStatus(item)));
            }
        }
    }

    /** An open box is not done whatever its mark says; a ticked box is done unless its mark says otherwise. */
    private static Status checklistStatus(ChecklistItem item) {
        Status written = item.status();
        if (ReviewItems.notDone(item)) {
            return ReviewItems.notDone(written.state()) ? written : Status.of("[ ]", State.IN_PROGRESS);
        }
        return written.state() == State.DONE ? written : Status.of("[x]", State.DONE);
    }

    private void addMetrics() {
        for (Metric metric : review.metrics()) {
            if (metric.status().state() == State.NONE) {
                continue;
            }
            add(Claim.labelled(metric.line(), metric.label(), localName(metric.label(), metric.group()),
                    metric.status()));
        }
    }

    private void addMatrixRows() {
        for (Matrix matrix : review.matrices()) {
            for (MatrixRow row : matrix.rows()) {
                if (row.status().state() == State.NONE) {
                    continue;
                }
                add(Claim.labelled(row.line(), row.criterion(), ItemName.of(row.criterion()), row.status()));
            }
        }
    }

    private void addEntries(Section section) {
        boolean conditional = isConditional(section.title());
        for (Entry entry : section.entries()) {
            addEntry(section, null, entry, conditional || isConditional(entry.group()));
        }
        section.children().forEach(this::addEntries);
    }

    private void addEntry(Section section, Entry parent, Entry entry, boolean conditional) {
        int line = entry.line();
        boolean states = entry.status().state() != State.NONE;
        if (states && !conditional && !skipped.contains(line) && !items.isNoGoCriterion(line)) {
            if (isStatusField(entry)) {
                // "- **Статус:** ✅" states the status of what it stands under: its list item, else its heading.
                String owner = parent != null ? parent.text() : section.title();
                add(Claim.labelled(line, owner, ItemName.of(owner), entry.status()));
            } else if (entry.hasLabel()) {
                add(Claim.labelled(line, entry.label(), localName(entry.label(), section.title()), entry.status()));
            } else if (!isBoxOnly(entry.status())) {
                add(Claim.mention(line, entry.text(), entry.status()));
            }
        }
        for (Entry child : entry.children()) {
            addEntry(section, entry, child, conditional);
        }
    }

    /**
     * A task box without any other mark on free text ("- [ ] Review incident response plan") is a to-do about an
     * action, not a statement about the items it names.
     */
    private static boolean isBoxOnly(Status status) {
        return status.mark().equals("[x]") || status.mark().equals("[ ]") || status.mark().equals("[X]");
    }

    /**
     * A label repeated under sibling headings ("Tests" under each service) names a field of each section, not one
     * item: qualify it with its section so the sections are not compared with each other.
     */
    private ItemName localName(String label, String section) {
        ItemName name = ItemName.of(label);
        if (!templateLabels.contains(name.keyText())) {
            return name;
        }
        List<String> tokens = new ArrayList<>(ItemName.tokens(section));
        tokens.add("/");
        tokens.addAll(name.key());
        return new ItemName(List.of(), tokens);
    }

    /** A heading or lead-in that makes its list conditional ({@code No-Go Decision (если)}, {@code Go if:}). */
    private static boolean isConditional(String text) {
        return !text.isEmpty() && ItemName.tokens(text).stream().anyMatch(CONDITIONAL_WORDS::contains);
    }

    private void add(Claim claim) {
        if (claim.state() != State.NONE && !claim.name().isEmpty() && !skipped.contains(claim.line())) {
            byLine.putIfAbsent(claim.line(), claim);
        }
    }

    private void skipWithChildren(Entry entry) {
        skipped.add(entry.line());
        entry.children().forEach(this::skipWithChildren);
    }

    private static boolean isStatusField(Entry entry) {
        return entry.hasLabel() && STATUS_FIELD_LABELS.contains(entry.label().strip().toLowerCase(Locale.ROOT));
    }

    /** Label keys that appear under two sibling headings: the fields of a repeated template. */
    private static Set<String> templateLabels(Review review) {
        Map<String, Set<String>> sectionsByLabel = new HashMap<>();
        review.allSections().filter(section -> section.entries().stream().anyMatch(Entry::hasLabel)).forEach(section -> {
            String parent = String.join("\u0000", section.path()) + "\u0000" + section.level();
            for (Entry entry : section.entries()) {
                if (entry.hasLabel()) {
                    sectionsByLabel.computeIfAbsent(ItemName.of(entry.label()).keyText() + "\u0001" + parent,
                            k -> new HashSet<>()).add(section.title() + "\u0000" + section.line());
                }
            }
        });
        Set<String> template = new HashSet<>();
        sectionsByLabel.forEach((labelAndParent, sections) -> {
            if (sections.size() > 1) {
                template.add(labelAndParent.substring(0, labelAndParent.indexOf('\u0001')));
            }
        });
        return Set.copyOf(template);
    }

    /**
     * One statement of a status.
     *
     * @param line      where
     * @param subject   what it speaks about, as written
     * @param name      the item's name when the statement is labelled; its words otherwise
     * @param labelled  whether the statement names its item by a label (else it mentions it in free text)
     * @param status    what it says
     */
    record Claim(int line, String subject, ItemName name, boolean labelled, Status status) {

        static Claim labelled(int line, String subject, ItemName name, Status status) {
            return new Claim(line, subject, name, true, status);
        }

        static Claim mention(int line, String text, Status status) {
            return new Claim(line, text, ItemName.of(text), false, status);
        }

        State state() {
            return status.state();
        }

        /** True when both statements speak about the same item. */
        boolean sameItemAs(Claim other) {
            if (labelled && other.labelled) {
                return name.key().equals(other.name.key());
            }
            if (labelled) {
                return name.isMentionedIn(other.name.tokens());
            }
            return other.labelled && other.name.isMentionedIn(name.tokens());
        }
    }
}
