package dev.gonogo.parse;

import dev.gonogo.model.Metric;
import dev.gonogo.model.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a table of metrics — one with a metric column and a value column ({@code | Metric | Value | Target |
 * Status |}, in any order, in any language of the vocabulary) — into {@link Metric}s, one per row.
 */
final class MetricTableReader {

    private final Vocabulary vocabulary;
    private final QuantityReader quantities;

    MetricTableReader(Vocabulary vocabulary, QuantityReader quantities) {
        this.vocabulary = vocabulary;
        this.quantities = quantities;
    }

    List<Metric> read(ParsedTable table) {
        List<ColumnKind> kinds = table.headers().stream().map(vocabulary::columnKind).toList();
        int metric = kinds.indexOf(ColumnKind.METRIC);
        int value = kinds.indexOf(ColumnKind.VALUE);
        if (metric < 0 || value < 0) {
            return List.of();
        }
        int target = kinds.indexOf(ColumnKind.TARGET);
        int status = kinds.indexOf(ColumnKind.STATUS);
        List<Metric> metrics = new ArrayList<>();
        for (ParsedTable.Row row : table.rows()) {
            String label = row.cell(metric).text();
            if (label.isBlank()) {
                continue;
            }
            String valueCell = row.cell(value).text();
            String cleanValue = vocabulary.withoutMarks(valueCell);
            String targetText = target < 0 || row.cell(target).text().isBlank() ? null
                    : vocabulary.withoutMarks(row.cell(target).text());
            Status rowStatus = status >= 0 ? vocabulary.statusIn(row.cell(status).text()) : Status.NONE;
            if (!rowStatus.isPresent()) {
                rowStatus = vocabulary.statusIn(valueCell);
            }
            metrics.add(new Metric(label, cleanValue, quantities.read(cleanValue).orElse(null), targetText,
                    targetText == null ? null : quantities.read(targetText).orElse(null), rowStatus, table.title(),
                    row.line()));
        }
        return metrics;
    }
}
