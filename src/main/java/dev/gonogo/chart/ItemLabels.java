package dev.gonogo.chart;

import java.util.Map;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

/**
 * Item labels chosen cell by cell: a stacked bar shows one label at its end, whichever segment ends it, and the
 * label may say more than the segment's value ({@code 28.5 / 30}). Cells without a label draw none.
 */
final class ItemLabels implements CategoryItemLabelGenerator {

    /** A cell of a category dataset: series index and category index. */
    record Cell(int row, int column) {
    }

    private final Map<Cell, String> labels;

    ItemLabels(Map<Cell, String> labels) {
        this.labels = Map.copyOf(labels);
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
        return labels.get(new Cell(row, column));
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
        return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
        return dataset.getColumnKey(column).toString();
    }
}
