package dev.gonogo.site.page;

import dev.gonogo.chart.RenderedChart;
import java.util.List;
import java.util.Objects;

/**
 * The page of one system ({@code system.ftlh}): all its reviews by version, and the score trend when there is
 * more than one.
 *
 * @param frame    layout data
 * @param name     the system's name
 * @param versions its reviews, by version then date
 * @param totals   findings by severity over its reviews
 * @param charts   the trend chart (empty for a single version)
 */
public record SystemPage(PageFrame frame, String name, List<ReviewRow> versions, SeverityCounts totals,
                         List<RenderedChart> charts) {
    public SystemPage {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(name, "name");
        versions = List.copyOf(versions);
        charts = List.copyOf(charts);
    }
}
