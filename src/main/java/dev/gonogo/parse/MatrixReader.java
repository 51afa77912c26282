package dev.gonogo.parse;

import dev.gonogo.model.Matrix;
import dev.gonogo.model.MatrixRow;
import dev.gonogo.model.Problem;
import dev.gonogo.model.ScoreStatement;
import dev.gonogo.model.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Recognises a table of scored criteria by its columns (a score column, and for a decision matrix a weight
 * column, in any order among others) and reads it into a {@link Matrix}. Cells that hold no number are recorded
 * as problems; the matrix keeps what could be read.
 */
final class MatrixReader {
    /** A minus sign (ASCII or typographic) before a digit: a number the score pattern refuses to read. */
    private static final Pattern NEGATIVE = Pattern.compile("\\s*[-\u2212–]\\s*\\d");
    private static final Pattern NOTE_LEAD = Pattern.compile("^[\\s\\-–—:,;~≈]+");

    private final Vocabulary vocabulary;
    private final ScoreText scores;
    private final LineIndex lines;
    private final Consumer<Problem> problems;

    MatrixReader(Vocabulary vocabulary, ScoreText scores, LineIndex lines, Consumer<Problem> problems) {
        this.vocabulary = vocabulary;
        this.scores = scores;
        this.lines = lines;
        this.problems = problems;
    }

    /** The table as a matrix, or empty when it has no score or weight column. */
    Optional<Matrix> read(ParsedTable table) {
        MatrixColumns columns = MatrixColumns.of(table, vocabulary, scores);
        if (columns.score() < 0 && columns.weight() < 0) {
            return Optional.empty();
        }
        if (columns.score() < 0) {
            problems.accept(new Problem(table.line(), "the table under '" + table.title()
                    + "' has a weight column but no score column; add a Score column"));
        }
        BigDecimal scale = MatrixScale.of(table, columns, scores);
        List<MatrixRow> rows = new ArrayList<>();
        Map<String, Integer> criterionLines = new HashMap<>();
        ScoreStatement total = null;
        for (ParsedTable.Row row : table.rows()) {
            String criterion = row.cell(columns.criterion()).text();
            if (row.cells().stream().allMatch(c -> c.text().isBlank())) {
                continue;
            }
            if (total == null && isTotal(criterion)) {
                total = totalStatement(row, criterion, columns, scale);
            } else {
                rows.add(row(row, criterion, columns));
                noteRepeated(criterion, row.line(), criterionLines);
            }
        }
        return Optional.of(MatrixArithmetic.matrix(table, columns, rows, scale, total));
    }

    /**
     * A criterion listed twice is kept twice — both rows are in the weights and the score, as written — but the
     * author most likely copied a row and forgot to rename it.
     */
    private void noteRepeated(String criterion, int line, Map<String, Integer> criterionLines) {
        String key = criterion.strip().toLowerCase(Locale.ROOT);
        Integer first = key.isEmpty() ? null : criterionLines.putIfAbsent(key, line);
        if (first != null) {
            problems.accept(new Problem(line, "the criterion '" + criterion + "' is listed twice (first on line "
                    + first + "); both rows count"));
        }
    }

    private boolean isTotal(String criterion) {
        return vocabulary.isTotalRow(criterion) || vocabulary.statedScoreLabels().at(criterion, 0).isPresent();
    }

    private MatrixRow row(ParsedTable.Row row, String criterion, MatrixColumns columns) {
        ParsedTable.Cell weightCell = row.cell(columns.weight());
        ParsedTable.Cell scoreCell = row.cell(columns.score());
        BigDecimal weight = null;
        if (columns.weight() >= 0) {
            boolean negative = NEGATIVE.matcher(weightCell.text()).lookingAt();
            // the score pattern skips a sign it does not know ("−5 %" would be read as 5): refuse negatives first
            weight = negative ? null
                    : scores.find(weightCell.text(), 0).map(w -> Numbers.plain(w.value())).orElse(null);
            if (negative) {
                problems.accept(new Problem(row.line(), "the weight '" + weightCell.text() + "' of '" + criterion
                        + "' is negative; a weight is a share of the whole, such as 20%"));
            } else if (weight == null) {
                problems.accept(new Problem(row.line(), "the weight '" + weightCell.text() + "' of '" + criterion
                        + "' is not a number; write it as a percentage such as 20%"));
            }
        }
        Optional<ScoreText.Written> score = scores.find(scoreCell.text(), 0);
        if (columns.score() >= 0 && score.isEmpty()) {
            problems.accept(new Problem(row.line(), "the score '" + scoreCell.text() + "' of '" + criterion
                    + "' is not a number"));
        }
        String note = score.map(s -> note(scoreCell.text(), s)).orElse("");
        Status status = columns.status() >= 0 ? vocabulary.statusIn(row.cell(columns.status()).text()) : Status.NONE;
        return new MatrixRow(criterion, status, weightCell.text(), weight, scoreCell.text(),
                score.map(w -> Numbers.plain(w.value())).orElse(null), note, row.line());
    }

    /** The words beside the number in a score cell: "85% (stability test running)" gives the parenthesis. */
    private String note(String cell, ScoreText.Written score) {
        String rest = cell.substring(0, score.start()) + " " + cell.substring(Math.min(cell.length(), score.end()));
        String note = vocabulary.withoutMarks(rest);
        if (note.startsWith("(") && note.endsWith(")")) {
            note = note.substring(1, note.length() - 1).strip();
        }
        return NOTE_LEAD.matcher(note).replaceAll("");
    }

    private ScoreStatement totalStatement(ParsedTable.Row row, String label, MatrixColumns columns, BigDecimal scale) {
        for (int column : columns.totalValueOrder(row.cells().size())) {
            ParsedTable.Cell cell = row.cell(column);
            Optional<ScoreText.Written> written = scores.find(cell.raw(), 0);
            if (written.isPresent() && cell.offset() >= 0) {
                ScoreText.Written w = written.get();
                int offset = cell.offset() + w.start();
                String verdict = columns.status() >= 0 ? row.cell(columns.status()).text() : note(cell.text(),
                        scores.find(cell.text(), 0).orElse(w));
                BigDecimal statedScale = w.outOf() != null ? w.outOf() : scale;
                return new ScoreStatement(label, w.valueText(), Numbers.plain(w.value()), w.decimals(),
                        w.approximate(), statedScale, verdict, row.line(), lines.columnOf(offset));
            }
        }
        return null;
    }
}
