package dev.gonogo.parse;

import dev.gonogo.model.Entry;
import dev.gonogo.model.Section;
import java.util.BitSet;
import java.util.List;

/**
 * The document's structure as the extractors need it: the section tree with its entries, the tables and the
 * labelled paragraph lines, each with the headings above it.
 *
 * @param sections      top-level sections (the title heading excluded)
 * @param preamble      list items standing before the first section
 * @param tables        every table, in document order
 * @param labeledLines  paragraph lines of the form {@code **Label:** value}, in document order
 * @param codeBlocks    fenced and indented code blocks, in document order
 * @param proseLines    lines that hold prose (not code, tables, HTML or front matter), by 1-based number
 * @param codeLines     lines inside code blocks, by 1-based number
 */
record Outline(List<Section> sections, List<Entry> preamble, List<ParsedTable> tables,
               List<LabeledLine> labeledLines, List<CodeBlockAt> codeBlocks, BitSet proseLines, BitSet codeLines) {

    Outline {
        sections = List.copyOf(sections);
        preamble = List.copyOf(preamble);
        tables = List.copyOf(tables);
        labeledLines = List.copyOf(labeledLines);
        codeBlocks = List.copyOf(codeBlocks);
    }

    /**
     * A code block (fence lines included) and the section it stands under.
     *
     * @param firstLine 1-based first line
     * @param lastLine  1-based last line
     * @param title     title of the section it stands under, empty before any section
     */
    record CodeBlockAt(int firstLine, int lastLine, String title) {
    }

    /**
     * One line of a paragraph that opens with a label.
     *
     * @param label the label without its colon
     * @param value the text after the label, as plain text
     * @param line  1-based line
     * @param path  titles of the sections above the line, outermost first
     */
    record LabeledLine(String label, String value, int line, List<String> path) {
        LabeledLine {
            path = List.copyOf(path);
        }
    }
}
