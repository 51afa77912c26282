package dev.gonogo.chart;

import dev.gonogo.check.TargetOutcome;
import dev.gonogo.chart.ItemLabels.Cell;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws how many metrics meet, miss or state no target, one bar per outcome ("unknown" only when some
 * metric is). Met is blue, missed orange, the rest grey and outlined; each bar is labelled with its count.
 */
public final class MetricChartRenderer {

    static final String ID = "metrics";

    private static final int WIDTH = 640;
    private static final int ROW_HEIGHT = 34;
    private static final int FRAME_HEIGHT = 70;

    private final ChartText text;

    public MetricChartRenderer(Locale language) {
        this(new ChartText(language));
    }

    MetricChartRenderer(ChartText text) {
        this.text = text;
    }

    public RenderedChart render(MetricChartData data) {
        String title = text.get("metrics.title");
        String description = description(data);
        List<TargetOutcome> outcomes = shown(data);
        int height = FRAME_HEIGHT + ROW_HEIGHT * outcomes.size();
        return new RenderedChart(ID, title, description, columns(), rows(data),
                SvgExporter.export(chart(data, outcomes), WIDTH, height, ID, title, description));
    }

    String description(MetricChartData data) {
        Map<TargetOutcome, Integer> counts = data.counts();
        String description = text.get("metrics.desc", data.metrics().size(), counts.get(TargetOutcome.MET),
                counts.get(TargetOutcome.MISSED), counts.get(TargetOutcome.NO_TARGET));
        int unknown = counts.get(TargetOutcome.UNKNOWN);
        return unknown == 0 ? description
                : description + text.get("metrics.desc.unknown", unknown);
    }

    List<String> columns() {
        return List.of(text.get("metrics.column.outcome"), text.get("metrics.column.count"),
                text.get("metrics.column.names"));
    }

    List<List<String>> rows(MetricChartData data) {
        List<List<String>> rows = new ArrayList<>();
        for (TargetOutcome outcome : shown(data)) {
            List<String> labels = data.labels(outcome);
            rows.add(List.of(outcomeName(outcome), String.valueOf(labels.size()), String.join(", ", labels)));
        }
        return rows;
    }

    private String outcomeName(TargetOutcome outcome) {
        return text.get("metrics.outcome." + outcome.name());
    }

    /** Met, missed and no target always (a zero is news), unknown only when it happens. */
    private static List<TargetOutcome> shown(MetricChartData data) {
        int unknown = data.counts().get(TargetOutcome.UNKNOWN);
        return List.of(TargetOutcome.values()).stream()
                .filter(o -> o != TargetOutcome.UNKNOWN || unknown > 0)
                .toList();
    }

    private JFreeChart chart(MetricChartData data, List<TargetOutcome> outcomes) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Map<Cell, String> labels = new HashMap<>();
        Map<TargetOutcome, Integer> counts = data.counts();
        for (int i = 0; i < outcomes.size(); i++) {
            int count = counts.get(outcomes.get(i));
            dataset.addValue(count, "metrics", new CategoryKey(i, outcomeName(outcomes.get(i))));
            labels.put(new Cell(0, i), String.valueOf(count));
        }
        BarRenderer renderer = ChartTheme.bars(new OutcomeRenderer(outcomes));
        renderer.setDefaultItemLabelGenerator(new ItemLabels(labels));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setMaximumBarWidth(1.0);
        CategoryPlot plot = new CategoryPlot(dataset, ChartTheme.categoryAxis(0.3f),
                ChartTheme.valueAxis(text.get("metrics.axis"), true), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ChartTheme.style(plot);
        return ChartTheme.chart(plot, false);
    }

    /** Colours each bar by its outcome rather than by series. */
    private static final class OutcomeRenderer extends BarRenderer {
        private final List<TargetOutcome> outcomes;

        OutcomeRenderer(List<TargetOutcome> outcomes) {
            this.outcomes = List.copyOf(outcomes);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            TargetOutcome outcome = outcomes.get(column);
            return switch (outcome) {
                case MET -> ChartTheme.BLUE;
                case MISSED -> ChartTheme.ORANGE;
                case NO_TARGET, UNKNOWN -> ChartTheme.tint(ChartTheme.GREY);
            };
        }

        @Override
        public Paint getItemOutlinePaint(int row, int column) {
            Paint fill = getItemPaint(row, column);
            return fill instanceof Color c ? new Color(c.getRGB() & 0xffffff) : fill;
        }
    }
}
