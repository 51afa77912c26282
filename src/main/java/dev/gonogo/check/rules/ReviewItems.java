package dev.gonogo.check.rules;

import dev.gonogo.model.ChecklistItem;
import dev.gonogo.model.Entry;
import dev.gonogo.model.Recommendation;
import dev.gonogo.model.Review;
import dev.gonogo.model.Risk;
import dev.gonogo.model.Section;
import dev.gonogo.model.State;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Views of a review that several rules share: every list entry flattened, which lines are criteria or risks. */
final class ReviewItems {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Review review;
    private final Set<Integer> conditionLines;
    private final Set<Integer> noGoLines;
    private final Set<Integer> riskLines;

    ReviewItems(Review review) {
        this.review = review;
        Recommendation recommendation = review.recommendation();
        this.conditionLines = lines(recommendation == null ? List.of() : recommendation.conditions());
        this.noGoLines = lines(recommendation == null ? List.of() : recommendation.noGoCriteria());
        this.riskLines = new HashSet<>(review.risks().stream().map(Risk::line).toList());
    }

    /** True for a state that says the work is not finished. */
    static boolean notDone(State state) {
        return state == State.IN_PROGRESS || state == State.ATTENTION || state == State.FAILED;
    }

    /**
     * True for a checklist item whose box is open, or whose symbol (⏳ ⚠️ ❌) says it is not finished. A ticked box
     * followed by a word ("- [x] **Webhook:** Running and functional") is done: the word describes, the box states.
     */
    static boolean notDone(ChecklistItem item) {
        return !item.checked() || (notDone(item.status().state()) && !isWord(item.status().mark()));
    }

    /** True for a status written as a word (RUNNING, Готово) rather than a symbol (⏳, ✅, [x]). */
    static boolean isWord(String mark) {
        return !mark.isEmpty() && Character.isLetter(mark.codePointAt(0));
    }

    /** A condition attached to the recommendation ({@code Условия для Go}): its mark says whether it holds. */
    boolean isCondition(int line) {
        return conditionLines.contains(line);
    }

    /** A no-go criterion: it states what would stop the release, not what happened. */
    boolean isNoGoCriterion(int line) {
        return noGoLines.contains(line);
    }

    boolean isRisk(int line) {
        return riskLines.contains(line);
    }

    /**
     * True for a heading whose mark grades a risk ({@code ### High Risk ⚠️}, {@code ### Low Risk ✅}) rather than
     * stating progress: everything listed directly under it is a risk.
     */
    boolean isRiskHeading(Section section) {
        return !section.entries().isEmpty() && section.entries().stream().allMatch(e -> isRisk(e.line()));
    }

    /** A text on one line, cut to a length that fits a message. */
    static String shorten(String text) {
        String flat = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        return flat.length() <= 60 ? flat : flat.substring(0, 59) + "…";
    }

    /** Every list entry of a section and its subsections, nested entries included, in document order. */
    static List<Entry> entriesUnder(Section section) {
        List<Entry> entries = new ArrayList<>();
        collect(section, entries);
        return entries;
    }

    /** Every list entry of the review, nested entries included. */
    List<Entry> allEntries() {
        List<Entry> entries = new ArrayList<>();
        review.sections().forEach(section -> collect(section, entries));
        return entries;
    }

    private static void collect(Section section, List<Entry> into) {
        section.entries().forEach(entry -> flatten(entry, into));
        section.children().forEach(child -> collect(child, into));
    }

    private static void flatten(Entry entry, List<Entry> into) {
        into.add(entry);
        entry.children().forEach(child -> flatten(child, into));
    }

    private static Set<Integer> lines(List<Entry> entries) {
        List<Entry> flat = new ArrayList<>();
        entries.forEach(entry -> flatten(entry, flat));
        return Set.copyOf(flat.stream().map(Entry::line).toList());
    }
}
