package dev.gonogo.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Node;
import dev.gonogo.model.Entry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * Walks the document's blocks in order (block quotes opened in place, without recursion) and builds the
 * {@link Outline}: sections from headings, entries from lists (with the lead-in paragraph they stand under),
 * tables and labelled paragraph lines.
 */
final class OutlineBuilder {

    private static final int MAX_LEAD_IN_LENGTH = 120;

    private final Vocabulary vocabulary;
    private final LineIndex lines;
    private final EntryReader entryReader;
    private final DateReader dates;

    private final Deque<SectionBuilder> open = new ArrayDeque<>();
    private final List<SectionBuilder> roots = new ArrayList<>();
    private final List<Entry> preamble = new ArrayList<>();
    private final List<ParsedTable> tables = new ArrayList<>();
    private final List<Outline.LabeledLine> labeledLines = new ArrayList<>();
    private final List<Outline.CodeBlockAt> codeBlocks = new ArrayList<>();
    private final BitSet proseLines = new BitSet();
    private final BitSet codeLines = new BitSet();
    private String pendingGroup = "";

    OutlineBuilder(Vocabulary vocabulary, LineIndex lines, EntryReader entryReader, DateReader dates) {
        this.vocabulary = vocabulary;
        this.lines = lines;
        this.entryReader = entryReader;
        this.dates = dates;
    }

    /** The blocks of a document in reading order, block quotes opened in place. */
    static List<Node> blocks(Node document) {
        List<Node> blocks = new ArrayList<>();
        Deque<Node> pending = new ArrayDeque<>();
        pushChildren(document, pending);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof BlockQuote) {
                pushChildren(node, pending);
            } else {
                blocks.add(node);
            }
        }
        return blocks;
    }

    private static void pushChildren(Node node, Deque<Node> pending) {
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
            pending.push(child);
        }
    }

    Outline build(List<Node> blocks, Node titleHeading, Integer documentYear) {
        proseLines.set(1, lines.lineCount() + 1);
        for (Node block : blocks) {
            if (block == titleHeading) {
                pendingGroup = "";
            } else if (block instanceof Heading heading) {
                openSection(heading, documentYear);
            } else if (block instanceof Paragraph paragraph) {
                readParagraph(paragraph);
            } else if (block instanceof ListBlock list) {
                readList(list, documentYear);
            } else {
                readOther(block);
            }
        }
        closeSections(0, lines.lineCount());
        return new Outline(roots.stream().map(SectionBuilder::build).toList(), preamble, tables, labeledLines,
                codeBlocks, proseLines, codeLines);
    }

    private void openSection(Heading heading, Integer documentYear) {
        int line = lines.lineOf(heading.getStartOffset());
        closeSections(heading.getLevel(), line - 1);
        HeadingText text = HeadingText.read(InlineText.of(heading), vocabulary);
        SectionBuilder parent = open.peek();
        List<String> path = parent == null ? List.of() : parent.pathIncludingSelf();
        if (isRiskLevel(text)) {
            text = text.withoutStatus();
        }
        Integer headingYear = dates.find(text.title(), null)
                .filter(d -> d.date() != null).map(d -> d.date().getYear()).orElse(null);
        Integer year = headingYear != null ? headingYear : parent != null ? parent.year : documentYear;
        SectionBuilder section = new SectionBuilder(heading.getLevel(), text, line, path, year);
        if (parent == null) {
            roots.add(section);
        } else {
            parent.children.add(section);
        }
        open.push(section);
        pendingGroup = "";
    }

    /** A heading such as "High Risk ⚠️" under a risk section: its mark grades the risk, it is not a status. */
    private boolean isRiskLevel(HeadingText text) {
        boolean aboutRisks = vocabulary.headingIs(HeadingKind.RISKS, text.title())
                || open.stream().anyMatch(outer -> vocabulary.headingIs(HeadingKind.RISKS, outer.heading.title()));
        return aboutRisks && vocabulary.riskLevel(text.title()).isPresent();
    }

    private void closeSections(int level, int endLine) {
        while (!open.isEmpty() && open.peek().level >= level) {
            SectionBuilder closed = open.pop();
            closed.endLine = Math.max(closed.line, endLine);
            open.forEach(outer -> outer.endLine = Math.max(outer.endLine, closed.endLine));
        }
    }

    private void readParagraph(Paragraph paragraph) {
        List<String> path = open.isEmpty() ? List.of() : open.peek().pathIncludingSelf();
        for (List<Node> inline : InlineText.lines(paragraph)) {
            InlineText.Labeled labeled = InlineText.labeled(inline);
            if (labeled.hasLabel()) {
                int line = lines.lineOf(inline.get(0).getStartOffset());
                labeledLines.add(new Outline.LabeledLine(labeled.label(), labeled.value(), line, path));
            }
        }
        pendingGroup = leadIn(paragraph);
    }

    /** The lead-in a paragraph makes for the list after it ({@code **Условия для Go:**}), or empty. */
    private static String leadIn(Paragraph paragraph) {
        InlineText.Labeled labeled = InlineText.labeled(paragraph);
        if (labeled.hasLabel() && labeled.value().isEmpty()) {
            return labeled.label();
        }
        String text = labeled.text();
        boolean endsWithColon = text.endsWith(":") || text.endsWith("：");
        return endsWithColon && text.length() <= MAX_LEAD_IN_LENGTH ? text.substring(0, text.length() - 1).strip() : "";
    }

    private void readList(ListBlock list, Integer documentYear) {
        SectionBuilder section = open.peek();
        Integer year = section == null ? documentYear : section.year;
        List<Entry> entries = entryReader.read(list, pendingGroup, year);
        (section == null ? preamble : section.entries).addAll(entries);
        pendingGroup = "";
    }

    private void readOther(Node block) {
        int first = lines.lineOf(block.getStartOffset());
        int last = lines.lineOf(Math.max(block.getStartOffset(), block.getEndOffset() - 1));
        if (block instanceof TableBlock table) {
            SectionBuilder section = open.peek();
            String title = section == null ? "" : section.heading.title();
            List<String> path = section == null ? List.of() : section.pathIncludingSelf();
            tables.add(TableReader.read(table, lines, title, path));
            proseLines.clear(first, last + 1);
        } else if (block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock
                || block instanceof CodeBlock) {
            proseLines.clear(first, last + 1);
            codeLines.set(first, last + 1);
            codeBlocks.add(new Outline.CodeBlockAt(first, last, open.isEmpty() ? "" : open.peek().heading.title()));
        } else if (block instanceof HtmlBlockBase || block instanceof YamlFrontMatterBlock) {
            proseLines.clear(first, last + 1);
        }
        pendingGroup = "";
    }
}
