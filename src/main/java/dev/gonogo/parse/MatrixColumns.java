package dev.gonogo.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Which column of a table holds what; -1 when the table has no such column.
 *
 * @param criterion     the criterion names (a named column, else the first column that is nothing else)
 * @param weight        the weights
 * @param score         the scores (of several score columns, the first that holds numbers)
 * @param status        the status marks
 * @param weightedScore weight × score per row, which some authors add
 */
record MatrixColumns(int criterion, int weight, int score, int status, int weightedScore) {

    static MatrixColumns of(ParsedTable table, Vocabulary vocabulary, ScoreText scores) {
        List<ColumnKind> kinds = table.headers().stream().map(vocabulary::columnKind).toList();
        int weight = kinds.indexOf(ColumnKind.WEIGHT);
        int score = numericScoreColumn(table, kinds, scores);
        if (score < 0 && weight >= 0) {
            score = kinds.indexOf(ColumnKind.SCORE);
        }
        int status = kinds.indexOf(ColumnKind.STATUS);
        int weightedScore = kinds.indexOf(ColumnKind.WEIGHTED_SCORE);
        int criterion = kinds.indexOf(ColumnKind.CRITERION);
        if (criterion < 0) {
            criterion = firstOther(kinds, weight, score, status, weightedScore);
        }
        return new MatrixColumns(criterion, weight, score, status, weightedScore);
    }

    /** The first score column in which at least half the rows hold a number. */
    private static int numericScoreColumn(ParsedTable table, List<ColumnKind> kinds, ScoreText scores) {
        for (int column = 0; column < kinds.size(); column++) {
            if (kinds.get(column) != ColumnKind.SCORE) {
                continue;
            }
            int column0 = column;
            long numeric = table.rows().stream()
                    .filter(row -> scores.find(row.cell(column0).text(), 0).isPresent()).count();
            if (numeric > 0 && numeric * 2 >= table.rows().size()) {
                return column;
            }
        }
        return -1;
    }

    private static int firstOther(List<ColumnKind> kinds, int... taken) {
        for (int column = 0; column < kinds.size(); column++) {
            boolean used = false;
            for (int t : taken) {
                used |= t == column;
            }
            if (!used && kinds.get(column) != ColumnKind.TARGET) {
                return column;
            }
        }
        return 0;
    }

    /** Where a total row's number is looked for: score, weighted score, then other columns right to left. */
    List<Integer> totalValueOrder(int cellCount) {
        List<Integer> order = new ArrayList<>();
        if (score >= 0) {
            order.add(score);
        }
        if (weightedScore >= 0) {
            order.add(weightedScore);
        }
        for (int column = cellCount - 1; column >= 0; column--) {
            if (column != weight && column != criterion && !order.contains(column)) {
                order.add(column);
            }
        }
        return order;
    }
}
