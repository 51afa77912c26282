package dev.gonogo.parse;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Node;
import dev.gonogo.model.Entry;
import dev.gonogo.model.Problem;
import dev.gonogo.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Turns a Markdown list into {@link Entry} records: label and value, status, task box, date, lead-in group and
 * nested items. Nesting deeper than {@link #MAX_DEPTH} is cut (with a problem) so that no input can exhaust the
 * stack.
 */
final class EntryReader {

    static final int MAX_DEPTH = 24;
    private static final Pattern BACKTICK_BOX = Pattern.compile("^\\[[ xX]\\]\\s*");

    private final Vocabulary vocabulary;
    private final DateReader dates;
    private final LineIndex lines;
    private final Consumer<Problem> problems;

    EntryReader(Vocabulary vocabulary, DateReader dates, LineIndex lines, Consumer<Problem> problems) {
        this.vocabulary = vocabulary;
        this.dates = dates;
        this.lines = lines;
        this.problems = problems;
    }

    /** The items of a list; {@code group} is the lead-in paragraph it stands under (empty when none). */
    List<Entry> read(ListBlock list, String group, Integer contextYear) {
        return read(list, group, contextYear, 0);
    }

    private List<Entry> read(ListBlock list, String group, Integer contextYear, int depth) {
        List<Entry> entries = new ArrayList<>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListItem item) {
                entries.add(entry(item, group, list instanceof OrderedList, contextYear, depth));
            }
        }
        return entries;
    }

    private Entry entry(ListItem item, String group, boolean ordered, Integer contextYear, int depth) {
        Paragraph first = firstParagraph(item);
        InlineText.Labeled labeled = first == null ? new InlineText.Labeled("", "", "") : InlineText.labeled(first);
        // the item's text is its first paragraph's unless it holds more than that paragraph and nested lists
        String text = first != null && onlyParagraphAndLists(item, first) ? labeled.text() : InlineText.of(item);
        Boolean checked = checked(item);
        if (checked != null && !(item instanceof TaskListItem)) {
            text = BACKTICK_BOX.matcher(text).replaceFirst("");
            labeled = withoutBacktickBox(labeled);
        }
        String value = labeled.hasLabel() ? labeled.value() : text;
        LocalDate date = dates.firstDate(text, contextYear);
        int line = lines.lineOf(item.getStartOffset());
        List<Entry> children = children(item, labeled, contextYear, depth, line);
        return new Entry(labeled.label(), text, value, statusOf(labeled, text, value), checked, date, group, ordered,
                line, children);
    }

    private List<Entry> children(ListItem item, InlineText.Labeled labeled, Integer contextYear, int depth, int line) {
        List<Entry> children = new ArrayList<>();
        String childGroup = labeled.hasLabel() && labeled.value().isEmpty() ? labeled.label() : "";
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock nested) {
                if (depth + 1 >= MAX_DEPTH) {
                    problems.accept(new Problem(line, "list nested deeper than " + MAX_DEPTH
                            + " levels; the deeper items are ignored"));
                    break;
                }
                children.addAll(read(nested, childGroup, contextYear, depth + 1));
            }
        }
        return children;
    }

    /** The item's status: a mark written before its value (label included), else the value's own status. */
    Status statusOf(InlineText.Labeled labeled, String text, String value) {
        if (labeled.hasLabel()) {
            int valueStart = labeled.text().length() - labeled.value().length();
            Status beforeValue = vocabulary.firstMark(labeled.text())
                    .filter(mark -> mark.start() < valueStart)
                    .map(mark -> Status.of(mark.text(), mark.meaning()))
                    .orElse(Status.NONE);
            return beforeValue.isPresent() ? beforeValue : vocabulary.statusIn(value);
        }
        return vocabulary.statusIn(text);
    }

    private static boolean onlyParagraphAndLists(ListItem item, Paragraph paragraph) {
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child != paragraph && !(child instanceof ListBlock)) {
                return false;
            }
        }
        return true;
    }

    private static Paragraph firstParagraph(ListItem item) {
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph paragraph) {
                return paragraph;
            }
        }
        return null;
    }

    /**
     * Whether the item's box is ticked: a GFM task item, or a box written as code ({@code `[x]` text}), which
     * some documents use; {@code null} for a plain item.
     */
    private static Boolean checked(ListItem item) {
        if (item instanceof TaskListItem task) {
            return task.isItemDoneMarker();
        }
        Paragraph first = firstParagraph(item);
        Node lead = first == null ? null : first.getFirstChild();
        if (lead instanceof Code code) {
            String box = code.getText().toString().strip();
            if (box.equals("[x]") || box.equals("[X]")) {
                return Boolean.TRUE;
            }
            if (box.equals("[ ]")) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    private static InlineText.Labeled withoutBacktickBox(InlineText.Labeled labeled) {
        String text = BACKTICK_BOX.matcher(labeled.text()).replaceFirst("");
        return labeled.hasLabel() ? new InlineText.Labeled(labeled.label(), labeled.value(), text)
                : new InlineText.Labeled("", text, text);
    }
}
