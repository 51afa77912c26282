package dev.gonogo.parse;

import java.util.List;

/**
 * A Markdown table as plain text cells with their positions, and the section it stands under.
 *
 * @param headers header cells as plain text
 * @param line    1-based line of the header row
 * @param rows    body rows
 * @param title   title of the section the table stands under (empty before any section)
 * @param path    titles of that section's enclosing sections, outermost first, the section itself included
 */
record ParsedTable(List<String> headers, int line, List<Row> rows, String title, List<String> path) {

    ParsedTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        path = List.copyOf(path);
    }

    /** A body row; a row with fewer cells than the header simply has fewer cells. */
    record Row(int line, List<Cell> cells) {
        Row {
            cells = List.copyOf(cells);
        }

        /** The cell in a column, or an empty cell when the row is short. */
        Cell cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : Cell.EMPTY;
        }
    }

    /**
     * A cell: its plain text, its source text and where that starts (a character offset in the document).
     *
     * @param text   the cell as plain text (emphasis removed)
     * @param raw    the cell's Markdown source
     * @param offset character offset of {@code raw} in the document, or -1 for a missing cell
     */
    record Cell(String text, String raw, int offset) {
        static final Cell EMPTY = new Cell("", "", -1);
    }
}
