package dev.gonogo.chart;

import java.util.List;
import java.util.Objects;

/**
 * A chart ready for a page: the SVG plus the same data as a table for screen readers and print.
 *
 * @param id          stable id, unique on its page ({@code matrix}, {@code checklist}, {@code metrics}, {@code trend})
 * @param title       the chart's title (also the SVG {@code <title>})
 * @param description one or two sentences saying what the chart shows (also the SVG {@code <desc>})
 * @param columns     table header cells
 * @param rows        table rows, cells formatted with {@code Locale.ROOT}
 * @param svg         the SVG document (no XML declaration), produced by our renderer only
 */
public record RenderedChart(String id, String title, String description, List<String> columns,
                            List<List<String>> rows, String svg) {
    public RenderedChart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(svg, "svg");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
