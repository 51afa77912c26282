package dev.gonogo.parse;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/** Reads a flexmark table into a {@link ParsedTable}. */
final class TableReader {

    private TableReader() {
    }

    static ParsedTable read(TableBlock table, LineIndex lines, String title, List<String> path) {
        List<String> headers = new ArrayList<>();
        int headerLine = lines.lineOf(table.getStartOffset());
        List<ParsedTable.Row> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableHead head && head.getFirstChild() instanceof TableRow row && headers.isEmpty()) {
                cells(row).forEach(cell -> headers.add(cell.text()));
                headerLine = lines.lineOf(row.getStartOffset());
            } else if (section instanceof TableBody body) {
                for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow tableRow) {
                        rows.add(new ParsedTable.Row(lines.lineOf(row.getStartOffset()), cells(tableRow)));
                    }
                }
            }
        }
        return new ParsedTable(headers, headerLine, rows, title, path);
    }

    private static List<ParsedTable.Cell> cells(TableRow row) {
        List<ParsedTable.Cell> cells = new ArrayList<>();
        for (Node child = row.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableCell cell) {
                String raw = cell.getText().toString();
                cells.add(new ParsedTable.Cell(InlineText.of(cell), raw, cell.getText().getStartOffset()));
            }
        }
        return cells;
    }
}
